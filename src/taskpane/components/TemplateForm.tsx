import { Field, Input, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PROGRAMME_IDS, PROGRAMME_NAMES, type ProgrammeId } from "../../core/programmes";
import { useState } from "react";
import type { Lang } from "../../core/lang";
import { useText } from "../context";
import { plainList } from "./findingListStyles";
import type { PaneModel } from "../usePane";

/** The pieces the «Шаблон» tab's forms share: styles, heading, programme and year fields, their defaults. */

export const useFormStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  errors: plainList(tokens.spacingVerticalXS),
  error: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
});

export function validYear(text: string): number | null {
  const n = Number(text);
  return /^\d{4}$/.test(text) && n >= 2000 && n <= 2100 ? n : null;
}

/** The year a new template is for: the one after the check date's. */
export function nextYearText(pane: PaneModel): string {
  return String(Number(pane.checkDate.slice(0, 4)) + 1);
}

export function defaultProgramme(pane: PaneModel): ProgrammeId {
  const first = pane.reading?.roadmaps.find((r) => r.programme !== "unknown");
  return first && first.programme !== "unknown" ? first.programme : "tochka-rosta";
}

/** The programme and plan year both template forms start from (`preset`, else the sheet's), the year validated. */
export function useProgrammeYear(pane: PaneModel, preset: ProgrammeId | null = null) {
  const [programme, setProgramme] = useState<ProgrammeId>(() => preset ?? defaultProgramme(pane));
  const [yearText, setYearText] = useState(() => nextYearText(pane));
  return { programme, setProgramme, yearText, setYearText, year: validYear(yearText) };
}

/** A form's heading (its section's label) and the one-line hint under it. */
export function FormHeading({
  id,
  title,
  hint,
  focusable = false,
}: {
  id: string;
  title: string;
  hint: string;
  /** Focused from code (tabIndex -1) when the planner is led to this form. */
  focusable?: boolean;
}) {
  const styles = useFormStyles();
  return (
    <>
      <Subtitle2 as="h2" id={id} tabIndex={focusable ? -1 : undefined}>
        {title}
      </Subtitle2>
      <Text size={200} className={styles.hint}>
        {hint}
      </Text>
    </>
  );
}

/** One <option> a programme, by its name in `lang`: the programme pickers of the forms and of a roadmap card. */
export function programmeOptions(lang: Lang) {
  return PROGRAMME_IDS.map((id) => (
    <option key={id} value={id}>
      {PROGRAMME_NAMES[id][lang]}
    </option>
  ));
}

export function ProgrammeSelect({
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
        {programmeOptions(lang)}
      </Select>
    </Field>
  );
}

/** The plan year of both template forms: four digits, 2000–2100 (validYear), an error shown otherwise. */
export function YearField({
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
