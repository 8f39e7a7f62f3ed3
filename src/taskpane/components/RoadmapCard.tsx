import { Field, Select, Subtitle2, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { FundingBasis, KnownFunding } from "../../core/funding";
import type { ProgrammeId } from "../../core/programmes";
import { useText } from "../context";
import type { DetectedRoadmap, EditionSummary, RoadmapChoice } from "../services";
import type { ColumnChange } from "../columnChoices";
import { ColumnRoles } from "./ColumnRoles";
import { ConfidenceNote } from "./ConfidenceNote";
import { programmeOptions } from "./TemplateForm";
import { roadmapName } from "../labels";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  title: { wordBreak: "break-word" },
  docTitle: {
    color: tokens.colorNeutralForeground2,
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
});

export interface RoadmapCardProps {
  roadmap: DetectedRoadmap;
  choice: RoadmapChoice | undefined;
  editions: EditionSummary[];
  /** Years offered by the year picker. */
  years: number[];
  disabled: boolean;
  onChange: (patch: RoadmapChoice) => void;
  /** A column's role set or reset by the planner (absent: the roles are shown without pickers' effect). */
  onColumn?: (change: ColumnChange) => void;
}

export function editionLabel(
  e: EditionSummary,
  lang: "ru" | "en",
  t: ReturnType<typeof useText>["t"],
): string {
  if (e.saved) return t("roadmap.savedEdition", { title: e.title[lang] });
  if (e.custom) return t("roadmap.customEdition", { title: e.title[lang] });
  return e.historical ? t("roadmap.historicalEdition", { title: e.title[lang] }) : e.title[lang];
}

/** The bases a planner can choose (core/funding FUNDING_BASES; the pane's first bundle takes only types from core). */
export const FUNDING_CHOICES: readonly KnownFunding[] = ["federal", "regional", "municipal", "other"];
/** No federal form was found for 2025 or later (core/checks FIRST_YEAR_WITHOUT_FORMS). */
export const FIRST_YEAR_WITHOUT_FORMS = 2025;

const fundingName = (b: FundingBasis, t: ReturnType<typeof useText>["t"]) => t(`funding.${b}`);

/** The editions the card offers for `programme`: all of them, the one core suggests, and the one in effect. */
function editionsInEffect(
  roadmap: DetectedRoadmap,
  choice: RoadmapChoice | undefined,
  editions: EditionSummary[],
  programme: ProgrammeId | "unknown",
) {
  const forProgramme = editions.filter((e) => e.programme === programme);
  const suggested =
    programme === roadmap.programme && roadmap.suggestedEditionId
      ? editions.find((e) => e.id === roadmap.suggestedEditionId)
      : undefined;
  const chosen = choice?.editionId ? editions.find((e) => e.id === choice.editionId) : undefined;
  const effective = chosen ?? suggested ?? (forProgramme.length === 1 ? forProgramme[0] : undefined);
  return { forProgramme, suggested, effective };
}

/** The programme as detected (with the words that told it) or as the planner chose it. */
function ProgrammeField({
  roadmap,
  choice,
  programme,
  disabled,
  onChange,
}: FieldProps & { programme: ProgrammeId | "unknown" }) {
  const { t, lang } = useText();
  return (
    <Field
      label={t("roadmap.programme")}
      hint={
        choice?.programme === undefined && roadmap.programmeEvidence.length > 0
          ? t("roadmap.evidence", { words: roadmap.programmeEvidence.join(", ") })
          : undefined
      }
    >
      <Select
        value={programme === "unknown" ? "" : programme}
        disabled={disabled}
        onChange={(_, d) => {
          if (d.value) onChange({ programme: d.value as ProgrammeId, editionId: undefined });
        }}
      >
        {programme === "unknown" && <option value="">{t("roadmap.programmeUnknown")}</option>}
        {programmeOptions(lang)}
      </Select>
    </Field>
  );
}

/** The template edition: automatic (core's suggestion) or one of the programme's, its full name wrapped below. */
function EditionField({
  choice,
  programme,
  year,
  disabled,
  onChange,
  forProgramme,
  suggested,
  effective,
}: Pick<FieldProps, "choice" | "disabled" | "onChange"> &
  ReturnType<typeof editionsInEffect> & { programme: ProgrammeId | "unknown"; year: number | null }) {
  const { t, lang } = useText();
  // From 2025 no federal form is known: the newest generation is named as the latest known, not as the year's form.
  const latest = Math.max(...forProgramme.map((e) => e.generation ?? 0));
  const afterForms = year !== null && year >= FIRST_YEAR_WITHOUT_FORMS;
  const optionLabel = (e: EditionSummary) =>
    afterForms && !e.custom && e.generation === latest && latest < year
      ? t("roadmap.latestKnown", { title: editionLabel(e, lang, t), generation: latest })
      : editionLabel(e, lang, t);
  const editionHint = effective
    ? [
        editionLabel(effective, lang, t),
        afterForms && !effective.custom && effective.generation !== undefined && effective.generation < year
          ? t("roadmap.noFederalForm", { generation: effective.generation, year })
          : null,
        afterForms && effective.historical ? effective.historical[lang] : null,
      ]
        .filter((x): x is string => x !== null)
        .join(" ")
    : undefined;
  return (
    <Field
      label={t("roadmap.edition")}
      validationState={forProgramme.length === 0 && programme !== "unknown" ? "warning" : "none"}
      validationMessage={
        forProgramme.length === 0 && programme !== "unknown" ? t("roadmap.editionNone") : undefined
      }
      // A native option is cut to the select's width, hiding «поколение 2021/2024 года»: the full name wraps here.
      hint={editionHint}
    >
      <Select
        value={choice?.editionId ?? ""}
        disabled={disabled || forProgramme.length === 0}
        onChange={(_, d) => onChange({ editionId: d.value || undefined })}
      >
        <option value="">
          {suggested
            ? t("roadmap.editionAutoNamed", { title: optionLabel(suggested) })
            : t("roadmap.editionAuto")}
        </option>
        {forProgramme.map((e) => (
          <option key={e.id} value={e.id}>
            {optionLabel(e)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The plan year as detected or chosen; the picker offers `years` and the year itself. */
function YearField({ roadmap, choice, years, disabled, onChange }: FieldProps & { years: number[] }) {
  const { t } = useText();
  const year = choice?.targetYear ?? roadmap.year;
  const yearOptions = year !== null && !years.includes(year) ? [...years, year].sort((a, b) => a - b) : years;
  return (
    <Field
      label={t("roadmap.year")}
      validationState={year === null ? "warning" : "none"}
      validationMessage={year === null ? t("roadmap.yearUnknown") : undefined}
      hint={
        choice?.targetYear === undefined && roadmap.yearEvidence.length > 0
          ? t("roadmap.evidence", { words: roadmap.yearEvidence.join(", ") })
          : undefined
      }
    >
      <Select
        value={year === null ? "" : String(year)}
        disabled={disabled}
        onChange={(_, d) => {
          if (d.value) onChange({ targetYear: Number(d.value) });
        }}
      >
        {year === null && <option value="">{t("roadmap.yearNone")}</option>}
        {yearOptions.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The funding basis: as the sheet names it (with the cell) or as the planner chose it. */
function FundingField({ roadmap, choice, disabled, onChange }: FieldProps) {
  const { t } = useText();
  const sheetFunding = roadmap.funding;
  const fundingHint =
    choice?.funding !== undefined
      ? t("roadmap.fundingChosen", { federal: fundingName("federal", t) })
      : sheetFunding && sheetFunding.basis !== "unknown" && sheetFunding.words
        ? t("roadmap.fundingEvidence", { address: sheetFunding.address ?? "", words: sheetFunding.words })
        : t("roadmap.fundingUnknown");
  return (
    <Field label={t("roadmap.funding")} hint={fundingHint}>
      <Select
        value={choice?.funding ?? ""}
        disabled={disabled}
        onChange={(_, d) => onChange({ funding: (d.value || undefined) as KnownFunding | undefined })}
      >
        <option value="">
          {t("roadmap.fundingAuto", { basis: fundingName(sheetFunding?.basis ?? "unknown", t) })}
        </option>
        {FUNDING_CHOICES.map((b) => (
          <option key={b} value={b}>
            {fundingName(b, t)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

type FieldProps = Pick<RoadmapCardProps, "roadmap" | "choice" | "disabled" | "onChange">;

/** One detected roadmap: what was found, and pickers to correct programme, edition and target year. */
export function RoadmapCard({
  roadmap,
  choice,
  editions,
  years,
  disabled,
  onChange,
  onColumn,
}: RoadmapCardProps) {
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  const programme: ProgrammeId | "unknown" = choice?.programme ?? roadmap.programme;
  const year = choice?.targetYear ?? roadmap.year;
  const inEffect = editionsInEffect(roadmap, choice, editions, programme);
  const fieldProps = { roadmap, choice, disabled, onChange };

  return (
    <section className={styles.card} aria-labelledby={headingId} data-roadmap-id={roadmap.id}>
      <Subtitle2 as="h3" id={headingId} className={styles.title}>
        {roadmapName(programme, roadmap.title, lang)}
      </Subtitle2>
      <Text size={200} className={styles.docTitle} title={roadmap.title}>
        {roadmap.title}
      </Text>
      <Text size={200} className={styles.meta}>
        {t("roadmap.range", {
          range: roadmap.tableRange,
          rows: roadmap.rowCount,
          layout: t(`roadmap.layout.${roadmap.layout}`),
        })}
      </Text>

      <ProgrammeField {...fieldProps} programme={programme} />
      <EditionField {...fieldProps} {...inEffect} programme={programme} year={year} />
      <YearField {...fieldProps} years={years} />
      <FundingField {...fieldProps} />

      {inEffect.effective && <ConfidenceNote confidence={inEffect.effective.confidence} />}

      <ColumnRoles
        roadmap={roadmap}
        choice={choice}
        disabled={disabled || !onColumn}
        onColumn={(change) => onColumn?.(change)}
      />
    </section>
  );
}
