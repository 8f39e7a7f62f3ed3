import {
  Button,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Text,
  Textarea,
  createFocusOutlineStyle,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular, DocumentAddRegular, DocumentSearchRegular, SaveRegular } from "@fluentui/react-icons";
import { useEffect, useId, useState } from "react";
import { PROGRAMME_IDS, PROGRAMME_NAMES, type ProgrammeId } from "../../core/programmes";
import type { DiffItem, DiffPair, EditionDiff } from "../../core/templates/diff";
import type { EditionSummary } from "../services";
import { useText } from "../context";
import { formatMoment } from "../i18n";
import type { PaneModel } from "../usePane";
import { ConfidenceNote } from "./ConfidenceNote";
import { editionLabel } from "./RoadmapCard";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  errors: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  error: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  diffList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  diffItem: { display: "flex", flexDirection: "column", wordBreak: "break-word" },
  diffMeta: { color: tokens.colorNeutralForeground2 },
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

function validYear(text: string): number | null {
  const n = Number(text);
  return /^\d{4}$/.test(text) && n >= 2000 && n <= 2100 ? n : null;
}

function ProgrammeSelect({
  value,
  onChange,
  disabled,
}: {
  value: ProgrammeId;
  onChange: (p: ProgrammeId) => void;
  disabled: boolean;
}) {
  const { t, lang } = useText();
  return (
    <Field label={t("roadmap.programme")}>
      <Select value={value} disabled={disabled} onChange={(_, d) => onChange(d.value as ProgrammeId)}>
        {PROGRAMME_IDS.map((id) => (
          <option key={id} value={id}>
            {PROGRAMME_NAMES[id][lang]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The plan year of both template forms: four digits, 2000–2100 (validYear), an error shown otherwise. */
function YearField({
  text,
  onChange,
  disabled,
}: {
  text: string;
  onChange: (text: string) => void;
  disabled: boolean;
}) {
  const { t } = useText();
  const invalid = validYear(text) === null;
  return (
    <Field
      label={t("roadmap.year")}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? t("roadmap.yearUnknown") : undefined}
    >
      <Input
        type="number"
        inputMode="numeric"
        min={2000}
        max={2100}
        value={text}
        disabled={disabled}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}

function defaultProgramme(pane: PaneModel): ProgrammeId {
  const first = pane.reading?.roadmaps.find((r) => r.programme !== "unknown");
  return first && first.programme !== "unknown" ? first.programme : "tochka-rosta";
}

/** «Вставить шаблон»: a new sheet with the template's items for a year, then checked. */
export function InsertTemplate({
  pane,
  onNeedTemplate,
}: {
  pane: PaneModel;
  /** No edition for the programme (IT-куб): lead to «Шаблон из листа» for it. */
  onNeedTemplate: (programme: ProgrammeId) => void;
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  const busy = pane.busy !== null;
  const [programme, setProgramme] = useState<ProgrammeId>(() => defaultProgramme(pane));
  const [yearText, setYearText] = useState(() => String(Number(pane.checkDate.slice(0, 4)) + 1));
  const [editionId, setEditionId] = useState("");
  const [suggested, setSuggested] = useState<string | null>(null);
  const [responsible, setResponsible] = useState("");
  const year = validYear(yearText);
  const editions = pane.editions.filter((e) => e.programme === programme);
  const { suggestEdition } = pane;

  useEffect(() => {
    let live = true;
    if (year === null) return;
    suggestEdition(programme, year).then(
      (id) => live && setSuggested(id),
      () => live && setSuggested(null),
    );
    return () => {
      live = false;
    };
  }, [programme, year, suggestEdition]);

  const effectiveId =
    editionId || (suggested && editions.some((e) => e.id === suggested) ? suggested : editions[0]?.id) || "";
  const effective = pane.editions.find((e) => e.id === effectiveId);

  return (
    <section aria-labelledby={headingId} className={styles.form}>
      <Subtitle2 as="h2" id={headingId}>
        {t("insert.heading")}
      </Subtitle2>
      <Text size={200} className={styles.hint}>
        {t("insert.hint")}
      </Text>
      <ProgrammeSelect
        value={programme}
        disabled={busy}
        onChange={(p) => {
          setProgramme(p);
          setEditionId("");
        }}
      />
      <Field
        label={t("roadmap.edition")}
        validationState={editions.length === 0 ? "warning" : "none"}
        validationMessage={editions.length === 0 ? t("insert.noEdition") : undefined}
        hint={effective ? editionLabel(effective, lang, t) : undefined}
      >
        <Select
          value={effectiveId}
          disabled={busy || editions.length === 0}
          onChange={(_, d) => setEditionId(d.value)}
        >
          {editions.map((e) => (
            <option key={e.id} value={e.id}>
              {editionLabel(e, lang, t)}
            </option>
          ))}
        </Select>
      </Field>
      {editions.length === 0 && (
        <div>
          <Button appearance="secondary" onClick={() => onNeedTemplate(programme)} data-to-from-sheet>
            {t("insert.toFromSheet")}
          </Button>
        </div>
      )}
      <YearField text={yearText} disabled={busy} onChange={setYearText} />
      <Field label={t("insert.responsible")} hint={t("insert.responsibleHint")}>
        <Textarea
          value={responsible}
          disabled={busy}
          resize="vertical"
          onChange={(_, d) => setResponsible(d.value)}
        />
      </Field>
      {effective && <ConfidenceNote confidence={effective.confidence} />}
      <div>
        <Button
          appearance="primary"
          icon={<DocumentAddRegular />}
          disabled={busy || !effective || year === null}
          onClick={() => {
            if (!effective || year === null) return;
            const names = responsible
              .split(/\r?\n/)
              .map((s) => s.trim())
              .filter(Boolean);
            void pane.insert(effective.id, year, names);
          }}
        >
          {t("actions.insert")}
        </Button>
      </div>
    </section>
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
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  const fileId = useId();
  const busy = pane.busy !== null;
  const [sheet, setSheet] = useState("");
  const [programme, setProgramme] = useState<ProgrammeId>(() => programmeFor ?? defaultProgramme(pane));
  const [yearText, setYearText] = useState(() => String(Number(pane.checkDate.slice(0, 4)) + 1));
  const [title, setTitle] = useState("");
  const year = validYear(yearText);
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
      <Subtitle2 as="h2" id={headingId} tabIndex={-1}>
        {t("fromSheet.heading")}
      </Subtitle2>
      <Text size={200} className={styles.hint}>
        {t("fromSheet.hint")}
      </Text>
      <Field
        label={t("fromSheet.sheet")}
        validationState={sheets && sheets.length === 0 ? "warning" : "none"}
        validationMessage={sheets && sheets.length === 0 ? t("fromSheet.noSheets") : undefined}
      >
        <Select
          value={chosenSheet}
          disabled={busy || !sheets || sheets.length === 0}
          onChange={(_, d) => setSheet(d.value)}
        >
          {(sheets ?? []).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
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
      <div className={styles.file}>
        <label htmlFor={fileId}>{t("fromFile.label")}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          data-template-file
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            e.currentTarget.value = "";
            if (file) void pane.parseTemplateFile(file);
          }}
        />
      </div>
      {parsed?.ok === true && (
        <MessageBar intent="success" layout="multiline" data-parse="ok">
          <MessageBarBody>
            <MessageBarTitle>{t("fromSheet.ok", { n: parsed.itemCount })}</MessageBarTitle>
            {editionLabel(parsed.edition, lang, t)}
          </MessageBarBody>
        </MessageBar>
      )}
      {parsed?.ok === true && <ConfidenceNote confidence={parsed.edition.confidence} />}
      {parsed?.ok === true && (
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
      )}
      {parsed?.ok === false && (
        <MessageBar intent="error" layout="multiline" data-parse="errors">
          <MessageBarBody>
            <MessageBarTitle>{t("fromSheet.failed", { n: parsed.errors.length })}</MessageBarTitle>
            <ul className={styles.errors}>
              {parsed.errors.map((e, i) => (
                <li key={i} className={styles.error} data-address={e.address ?? ""}>
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
      )}
    </section>
  );
}

/** A programme's editions, oldest generation first (a planner's own, without a generation, last). */
function byGeneration(editions: readonly EditionSummary[]): EditionSummary[] {
  return [...editions].sort((a, b) => (a.generation ?? 9999) - (b.generation ?? 9999));
}

function DiffItemText({ item }: { item: DiffItem }) {
  const { t, lang } = useText();
  const styles = useStyles();
  return (
    <li className={styles.diffItem} data-item-id={item.id}>
      <Text weight="semibold">
        {item.number}. {item.title[lang]}
      </Text>
      <Text size={200}>{t("diff.deadline", { deadline: item.deadline[lang] })}</Text>
      <Text size={200} className={styles.diffMeta}>
        {t("diff.source", { source: item.source })}
      </Text>
    </li>
  );
}

function DiffPairText({ pair, kind }: { pair: DiffPair; kind: "renamed" | "moved" }) {
  const { t, lang } = useText();
  const styles = useStyles();
  const sources =
    pair.from.source === pair.to.source
      ? t("diff.source", { source: pair.to.source })
      : t("diff.sources", { from: pair.from.source, to: pair.to.source });
  return (
    <li className={styles.diffItem} data-item-id={pair.to.id} data-from-id={pair.from.id}>
      {kind === "renamed" ? (
        <Text weight="semibold">
          «{pair.from.title[lang]}» → «{pair.to.title[lang]}»
        </Text>
      ) : (
        <>
          <Text weight="semibold">
            {pair.to.number}. {pair.to.title[lang]}
          </Text>
          <Text size={200}>
            {pair.from.deadline[lang]} → {pair.to.deadline[lang]}
          </Text>
        </>
      )}
      {kind === "renamed" && pair.matchedBy === "title" && (
        <Text size={200}>{t("diff.byTitle", { similarity: pair.similarity })}</Text>
      )}
      <Text size={200} className={styles.diffMeta}>
        {sources}
      </Text>
    </li>
  );
}

/** «Что изменилось между редакциями»: two editions of one programme, their items added, removed, renamed, moved. */
export function EditionDiffView({ pane }: { pane: PaneModel }) {
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  const busy = pane.busy !== null;
  const [programme, setProgramme] = useState<ProgrammeId>(() => defaultProgramme(pane));
  const [fromId, setFromId] = useState("");
  const [toId, setToId] = useState("");
  const [diff, setDiff] = useState<EditionDiff | null>(null);
  const editions = byGeneration(pane.editions.filter((e) => e.programme === programme));
  // By default the two latest generations: what changed most recently.
  const from = fromId || editions[editions.length - 2]?.id || "";
  const to = toId || editions[editions.length - 1]?.id || "";
  const enough = editions.length >= 2;
  const same = enough && from === to;
  const pick = (set: (id: string) => void) => (id: string) => {
    set(id);
    setDiff(null);
  };
  const options = editions.map((e) => (
    <option key={e.id} value={e.id}>
      {editionLabel(e, lang, t)}
    </option>
  ));
  const side = (r: EditionDiff["from"]) => `${r.id} (${t("diff.hash", { hash: r.templateHash })})`;

  return (
    <section aria-labelledby={headingId} className={styles.form} data-edition-diff>
      <Subtitle2 as="h2" id={headingId}>
        {t("diff.heading")}
      </Subtitle2>
      <Text size={200} className={styles.hint}>
        {t("diff.hint")}
      </Text>
      <ProgrammeSelect
        value={programme}
        disabled={busy}
        onChange={(p) => {
          setProgramme(p);
          setFromId("");
          setToId("");
          setDiff(null);
        }}
      />
      <Field
        label={t("diff.from")}
        validationState={!enough ? "warning" : same ? "error" : "none"}
        validationMessage={!enough ? t("diff.needTwo") : same ? t("diff.same") : undefined}
      >
        <Select value={from} disabled={busy || !enough} onChange={(_, d) => pick(setFromId)(d.value)}>
          {options}
        </Select>
      </Field>
      <Field label={t("diff.to")}>
        <Select value={to} disabled={busy || !enough} onChange={(_, d) => pick(setToId)(d.value)}>
          {options}
        </Select>
      </Field>
      <div>
        <Button
          disabled={busy || !enough || same}
          onClick={() => {
            void pane.compareEditions(from, to).then((d) => setDiff(d ?? null));
          }}
        >
          {t("diff.compare")}
        </Button>
      </div>
      {diff && (
        <div className={styles.form} data-diff-result>
          <Text weight="semibold">{t("diff.result", { from: side(diff.from), to: side(diff.to) })}</Text>
          {(
            [
              ["added", diff.added],
              ["removed", diff.removed],
              ["renamed", diff.renamed],
              ["moved", diff.moved],
            ] as const
          ).map(([kind, list]) => (
            <div key={kind} data-diff-group={kind}>
              <Text as="h3" weight="semibold" size={300}>
                {t(`diff.${kind}`, { n: list.length })}
              </Text>
              {list.length > 0 && (
                <ul className={styles.diffList}>
                  {kind === "added" || kind === "removed"
                    ? (list as readonly DiffItem[]).map((it) => <DiffItemText key={it.id} item={it} />)
                    : (list as readonly DiffPair[]).map((p) => (
                        <DiffPairText key={`${p.from.id}>${p.to.id}`} pair={p} kind={kind} />
                      ))}
                </ul>
              )}
            </div>
          ))}
          <Text size={200}>{t("diff.unchanged", { n: diff.unchanged })}</Text>
        </div>
      )}
    </section>
  );
}

/** Which template the workbook carries (in effect for every check of it, in the add-in and the CLI), and its removal. */
export function SavedTemplates({ pane }: { pane: PaneModel }) {
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  const saved = pane.editions.filter((e) => e.saved);
  return (
    <section aria-labelledby={headingId} className={styles.form} data-saved-templates>
      <Subtitle2 as="h2" id={headingId}>
        {t("saved.heading")}
      </Subtitle2>
      <Text size={200} className={styles.hint}>
        {t("saved.hint")}
      </Text>
      {saved.length === 0 ? (
        <Text data-saved-none>{t("saved.none")}</Text>
      ) : (
        <ul className={styles.errors}>
          {saved.map((e) => (
            <li key={e.id} className={styles.error} data-saved-id={e.id}>
              <Text>{t("saved.item", { title: e.title[lang], date: formatMoment(e.saved!.at, lang) })}</Text>
              <Button
                size="small"
                icon={<DeleteRegular />}
                disabled={pane.busy !== null}
                onClick={() => void pane.removeSavedTemplate(e)}
              >
                {t("actions.removeSaved")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TemplateView({ pane }: { pane: PaneModel }) {
  const styles = useStyles();
  const [programmeFor, setProgrammeFor] = useState<ProgrammeId | null>(null);
  return (
    <div className={styles.view}>
      {pane.canStoreTemplates && (
        <>
          <SavedTemplates pane={pane} />
          <Divider />
        </>
      )}
      <InsertTemplate pane={pane} onNeedTemplate={setProgrammeFor} />
      <Divider />
      {/* Mounted again for the programme asked for, so its form starts from it. */}
      <TemplateFromSheet key={programmeFor ?? ""} pane={pane} programmeFor={programmeFor} />
      {pane.canCompare && (
        <>
          <Divider />
          <EditionDiffView pane={pane} />
        </>
      )}
    </div>
  );
}
