import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  createFocusOutlineStyle,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { DocumentSearchRegular, SaveRegular } from "@fluentui/react-icons";
import { useEffect, useId, useState } from "react";
import type { ProgrammeId } from "../../core/programmes";
import { useText } from "../context";
import type { ParsedTemplate } from "../paneState";
import type { PaneModel } from "../usePane";
import { ConfidenceNote } from "./ConfidenceNote";
import { editionLabel } from "./RoadmapCard";
import { FormHeading, ProgrammeSelect, YearField, useFormStyles, useProgrammeYear } from "./TemplateForm";

const useStyles = makeStyles({
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  where: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
  cellLink: {
    flexShrink: 0,
    ...shorthands.borderStyle("none"),
    backgroundColor: "transparent",
    padding: 0,
    cursor: "pointer",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    ...createFocusOutlineStyle(),
  },
});

/** The template read: its item count and edition, «Использовать» and, where the workbook can keep it, «Сохранить». */
function TemplateRead({ pane, parsed }: { pane: PaneModel; parsed: ParsedTemplate & { ok: true } }) {
  const { t, lang } = useText();
  const styles = useFormStyles();
  const busy = pane.busy !== null;
  return (
    <>
      <MessageBar intent="success" layout="multiline" data-parse="ok">
        <MessageBarBody>
          <MessageBarTitle>{t("fromSheet.ok", { n: parsed.itemCount })}</MessageBarTitle>
          {editionLabel(parsed.edition, lang, t)}
        </MessageBarBody>
      </MessageBar>
      <ConfidenceNote confidence={parsed.edition.confidence} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => pane.chooseEdition(parsed.edition)}>
          {t("actions.useTemplate")}
        </Button>
        {pane.canStoreTemplates && (
          <Button
            icon={<SaveRegular />}
            disabled={busy}
            onClick={() => void pane.saveTemplate(parsed.edition)}
            data-save-template
          >
            {t("actions.saveTemplate")}
          </Button>
        )}
      </div>
    </>
  );
}

/** The template's errors, each with a link to its cell (or «весь лист/файл» when it has none). */
function TemplateErrors({ pane, parsed }: { pane: PaneModel; parsed: ParsedTemplate & { ok: false } }) {
  const { t, lang } = useText();
  const form = useFormStyles();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-parse="errors">
      <MessageBarBody>
        <MessageBarTitle>{t("fromSheet.failed", { n: parsed.errors.length })}</MessageBarTitle>
        <ul className={form.errors}>
          {parsed.errors.map((e, i) => (
            <li key={i} className={form.error} data-address={e.address ?? ""}>
              {e.address === null ? (
                <span className={styles.where}>
                  {t(parsed.file ? "fromFile.wholeFile" : "fromSheet.wholeSheet")}
                </span>
              ) : (
                <button
                  type="button"
                  className={styles.cellLink}
                  aria-label={t("fromSheet.goTo", { address: e.address })}
                  onClick={() => void pane.select(parsed.sheet, e.address!)}
                >
                  {e.address}
                </button>
              )}
              <span data-message>{e.message[lang]}</span>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** «или из файла JSON»: a template file chosen from disk. */
function TemplateFileInput({ pane }: { pane: PaneModel }) {
  const { t } = useText();
  const styles = useStyles();
  const fileId = useId();
  return (
    <div className={styles.file}>
      <label htmlFor={fileId}>{t("fromFile.label")}</label>
      <input
        id={fileId}
        type="file"
        accept=".json,application/json"
        disabled={pane.busy !== null}
        data-template-file
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) reads it again.
          e.currentTarget.value = "";
          if (file) void pane.parseTemplateFile(file);
        }}
      />
    </div>
  );
}

/** The workbook's sheets to read a template from (loaded on first show). */
function SheetSelect({
  sheets,
  value,
  disabled,
  onChange,
}: {
  sheets: readonly string[] | null;
  value: string;
  disabled: boolean;
  onChange: (sheet: string) => void;
}) {
  const { t } = useText();
  return (
    <Field
      label={t("fromSheet.sheet")}
      validationState={sheets && sheets.length === 0 ? "warning" : "none"}
      validationMessage={sheets && sheets.length === 0 ? t("fromSheet.noSheets") : undefined}
    >
      <Select
        value={value}
        disabled={disabled || !sheets || sheets.length === 0}
        onChange={(_, d) => onChange(d.value)}
      >
        {(sheets ?? []).map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** «Шаблон из листа»: read a planner-supplied template sheet, show its errors per row or use it. */
export function TemplateFromSheet({
  pane,
  programmeFor = null,
}: {
  pane: PaneModel;
  /** Set when the planner came from «Вставить шаблон» for a programme without a template: preselected, focused. */
  programmeFor?: ProgrammeId | null;
}) {
  const { t } = useText();
  const styles = useFormStyles();
  const headingId = useId();
  const busy = pane.busy !== null;
  const [sheet, setSheet] = useState("");
  const { programme, setProgramme, yearText, setYearText, year } = useProgrammeYear(pane, programmeFor);
  const [title, setTitle] = useState("");
  const { sheets, loadSheets, parsed } = pane;

  useEffect(() => {
    if (sheets === null) void loadSheets();
  }, [sheets, loadSheets]);

  const chosenSheet = sheet || sheets?.[0] || "";

  useEffect(() => {
    if (programmeFor === null) return;
    const heading = document.getElementById(headingId);
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  }, [programmeFor, headingId]);

  return (
    <section aria-labelledby={headingId} className={styles.form}>
      <FormHeading id={headingId} title={t("fromSheet.heading")} hint={t("fromSheet.hint")} focusable />
      <SheetSelect sheets={sheets} value={chosenSheet} disabled={busy} onChange={setSheet} />
      <ProgrammeSelect value={programme} disabled={busy} onChange={setProgramme} />
      <YearField text={yearText} disabled={busy} onChange={setYearText} />
      <Field label={t("fromSheet.title")}>
        <Input
          value={title}
          placeholder={chosenSheet}
          disabled={busy}
          onChange={(_, d) => setTitle(d.value)}
        />
      </Field>
      <div>
        <Button
          icon={<DocumentSearchRegular />}
          disabled={busy || !chosenSheet || year === null}
          onClick={() => {
            if (year === null) return;
            void pane.parseTemplate(chosenSheet, { programme, year, title: title.trim() || chosenSheet });
          }}
        >
          {t("actions.readTemplate")}
        </Button>
      </div>
      <TemplateFileInput pane={pane} />
      {parsed?.ok === true && <TemplateRead pane={pane} parsed={parsed} />}
      {parsed?.ok === false && <TemplateErrors pane={pane} parsed={parsed} />}
    </section>
  );
}
