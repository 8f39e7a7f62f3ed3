import { Button, Field, Select, Textarea } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { useEffect, useId, useState } from "react";
import type { ProgrammeId } from "../../core/programmes";
import { useText } from "../context";
import type { EditionSummary } from "../services";
import type { PaneModel } from "../usePane";
import { ConfidenceNote } from "./ConfidenceNote";
import { editionLabel } from "./RoadmapCard";
import { FormHeading, ProgrammeSelect, YearField, useFormStyles, useProgrammeYear } from "./TemplateForm";

/** The edition core suggests for a programme and year (null while unknown or when the year is invalid). */
function useSuggestedEdition(pane: PaneModel, programme: ProgrammeId, year: number | null): string | null {
  const [suggested, setSuggested] = useState<string | null>(null);
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
  return suggested;
}

/** The edition picker; with none for the programme (IT-куб), a warning and the way to «Шаблон из листа». */
function EditionField({
  editions,
  value,
  effective,
  disabled,
  onChange,
  onNeedTemplate,
}: {
  editions: readonly EditionSummary[];
  value: string;
  effective: EditionSummary | undefined;
  disabled: boolean;
  onChange: (id: string) => void;
  onNeedTemplate: () => void;
}) {
  const { t, lang } = useText();
  return (
    <>
      <Field
        label={t("roadmap.edition")}
        validationState={editions.length === 0 ? "warning" : "none"}
        validationMessage={editions.length === 0 ? t("insert.noEdition") : undefined}
        hint={effective ? editionLabel(effective, lang, t) : undefined}
      >
        <Select
          value={value}
          disabled={disabled || editions.length === 0}
          onChange={(_, d) => onChange(d.value)}
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
          <Button appearance="secondary" onClick={onNeedTemplate} data-to-from-sheet>
            {t("insert.toFromSheet")}
          </Button>
        </div>
      )}
    </>
  );
}

/** The responsible people typed one per line, blank lines dropped. */
function namesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
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
  const { t } = useText();
  const styles = useFormStyles();
  const headingId = useId();
  const busy = pane.busy !== null;
  const { programme, setProgramme, yearText, setYearText, year } = useProgrammeYear(pane);
  const [editionId, setEditionId] = useState("");
  const [responsible, setResponsible] = useState("");
  const editions = pane.editions.filter((e) => e.programme === programme);
  const suggested = useSuggestedEdition(pane, programme, year);

  const effectiveId =
    editionId || (suggested && editions.some((e) => e.id === suggested) ? suggested : editions[0]?.id) || "";
  const effective = pane.editions.find((e) => e.id === effectiveId);

  return (
    <section aria-labelledby={headingId} className={styles.form}>
      <FormHeading id={headingId} title={t("insert.heading")} hint={t("insert.hint")} />
      <ProgrammeSelect
        value={programme}
        disabled={busy}
        onChange={(p) => {
          setProgramme(p);
          setEditionId("");
        }}
      />
      <EditionField
        editions={editions}
        value={effectiveId}
        effective={effective}
        disabled={busy}
        onChange={setEditionId}
        onNeedTemplate={() => onNeedTemplate(programme)}
      />
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
            void pane.insert(effective.id, year, namesOf(responsible));
          }}
        >
          {t("actions.insert")}
        </Button>
      </div>
    </section>
  );
}
