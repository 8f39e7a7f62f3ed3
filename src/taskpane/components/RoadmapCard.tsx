import { Field, Select, Subtitle2, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { PROGRAMME_IDS, PROGRAMME_NAMES, type ProgrammeId } from "../../core/programmes";
import { useText } from "../context";
import type { DetectedRoadmap, EditionSummary, RoadmapChoice } from "../services";
import { ConfidenceNote } from "./ConfidenceNote";
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
}

export function editionLabel(
  e: EditionSummary,
  lang: "ru" | "en",
  t: ReturnType<typeof useText>["t"],
): string {
  if (e.saved) return t("roadmap.savedEdition", { title: e.title[lang] });
  return e.custom ? t("roadmap.customEdition", { title: e.title[lang] }) : e.title[lang];
}

/** One detected roadmap: what was found, and pickers to correct programme, edition and target year. */
export function RoadmapCard({ roadmap, choice, editions, years, disabled, onChange }: RoadmapCardProps) {
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  const programme: ProgrammeId | "unknown" = choice?.programme ?? roadmap.programme;
  const year = choice?.targetYear ?? roadmap.year;
  const yearOptions = year !== null && !years.includes(year) ? [...years, year].sort((a, b) => a - b) : years;
  const forProgramme = editions.filter((e) => e.programme === programme);
  const suggested =
    programme === roadmap.programme && roadmap.suggestedEditionId
      ? editions.find((e) => e.id === roadmap.suggestedEditionId)
      : undefined;
  const chosen = choice?.editionId ? editions.find((e) => e.id === choice.editionId) : undefined;
  const effective = chosen ?? suggested ?? (forProgramme.length === 1 ? forProgramme[0] : undefined);

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
          {PROGRAMME_IDS.map((id) => (
            <option key={id} value={id}>
              {PROGRAMME_NAMES[id][lang]}
            </option>
          ))}
        </Select>
      </Field>

      <Field
        label={t("roadmap.edition")}
        validationState={forProgramme.length === 0 && programme !== "unknown" ? "warning" : "none"}
        validationMessage={
          forProgramme.length === 0 && programme !== "unknown" ? t("roadmap.editionNone") : undefined
        }
        // A native option is cut to the select's width, hiding «поколение 2021/2024 года»: the full name wraps here.
        hint={effective ? editionLabel(effective, lang, t) : undefined}
      >
        <Select
          value={choice?.editionId ?? ""}
          disabled={disabled || forProgramme.length === 0}
          onChange={(_, d) => onChange({ editionId: d.value || undefined })}
        >
          <option value="">
            {suggested
              ? t("roadmap.editionAutoNamed", { title: editionLabel(suggested, lang, t) })
              : t("roadmap.editionAuto")}
          </option>
          {forProgramme.map((e) => (
            <option key={e.id} value={e.id}>
              {editionLabel(e, lang, t)}
            </option>
          ))}
        </Select>
      </Field>

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

      {effective && <ConfidenceNote confidence={effective.confidence} />}
    </section>
  );
}
