import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  Text,
  Button,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular, CheckmarkRegular, ErrorCircleRegular } from "@fluentui/react-icons";
import { useId, useMemo, type Ref } from "react";
import type { Finding, Severity, RoadmapReport } from "../../core/report";
import { useText } from "../context";
import { formatIsoDate, formatMoment } from "../i18n";
import type { CheckOutcome } from "../services";
import { ConfidenceNote } from "./ConfidenceNote";
import { AcceptedList } from "./Accepted";
import { FindingGroups } from "./Findings";
import { Pill } from "./Pill";
import { roadmapName } from "../labels";

const useStyles = makeStyles({
  summary: {
    outlineStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusLarge,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
  },
  ready: {
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder2),
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  bad: {
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  // An out-of-date verdict loses its green or red: it no longer tells whether the file can be sent.
  stale: { ...shorthands.border("1px", "dashed", tokens.colorPaletteDarkOrangeBorder2) },
  verdict: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  verdictIcon: { fontSize: "24px" },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  reportHead: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { wordBreak: "break-word" },
  docTitle: {
    color: tokens.colorNeutralForeground3,
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

function totals(reports: readonly RoadmapReport[]) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const r of reports) {
    c.error += r.counts.error;
    c.warning += r.counts.warning;
    c.info += r.counts.info;
  }
  return c;
}

/** The verdict's counts of errors, warnings and notes as pills. */
function SummaryCounts({ c }: { c: ReturnType<typeof totals> }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <div className={styles.counts}>
      {/* A zero is good news, not an alarm: neutral. */}
      <Pill tone={c.error > 0 ? "danger" : "informative"} data-count="error">
        {t("summary.errors", { n: c.error })}
      </Pill>
      <Pill tone={c.warning > 0 ? "warning" : "informative"} data-count="warning">
        {t("summary.warnings", { n: c.warning })}
      </Pill>
      <Pill tone="informative" data-count="info">
        {t("summary.notes", { n: c.info })}
      </Pill>
    </div>
  );
}

/** The overall verdict: can the file be sent. */
export function Summary({
  outcome,
  checkDate,
  checkedAt,
  stale = false,
  activeSheet = null,
  ref,
}: {
  outcome: CheckOutcome;
  checkDate: string;
  /** When the check ran (ISO timestamp). */
  checkedAt: string | null;
  /** The checked sheet changed since. */
  stale?: boolean;
  /** The sheet the pane now follows, when it is not the checked one. */
  activeSheet?: string | null;
  ref?: Ref<HTMLElement>;
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  const c = totals(outcome.reports);
  const accepted = outcome.reports.reduce((n, r) => n + (r.accepted?.length ?? 0), 0);
  const ready = outcome.reports.length > 0 && c.error === 0;
  const verdict = ready ? "ready" : "has-errors";
  const sheet = outcome.reading.sheetName;
  if (outcome.reports.length === 0) {
    return (
      <MessageBar intent="warning" role="status">
        <MessageBarBody>{outcome.reading.reason?.[lang] ?? t("summary.noRoadmaps")}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      className={mergeClasses(styles.summary, stale ? styles.stale : ready ? styles.ready : styles.bad)}
      data-verdict={verdict}
      data-stale={stale}
      data-sheet={sheet}
    >
      <Text id={headingId} size={200} weight="semibold">
        {t("summary.heading")}
      </Text>
      <Text size={200} data-checked-about>
        {checkedAt
          ? t("summary.about", { sheet, time: formatMoment(checkedAt, lang) })
          : t("sheet.current", { sheet })}
      </Text>
      {(stale || activeSheet) && (
        <MessageBar
          intent="warning"
          layout="multiline"
          data-summary-warning={stale ? "stale" : "other-sheet"}
        >
          <MessageBarBody>
            {stale
              ? t("summary.stale", { sheet })
              : t("summary.otherSheet", { sheet, active: activeSheet ?? "" })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.verdict} role="status" aria-live="polite">
        {ready ? (
          <CheckmarkCircleRegular className={styles.verdictIcon} aria-hidden />
        ) : (
          <ErrorCircleRegular className={styles.verdictIcon} aria-hidden />
        )}
        <Subtitle1 as="h2">{t(`verdict.${verdict}`)}</Subtitle1>
      </div>
      {accepted > 0 && (
        <Text size={200} weight="semibold" data-accepted-total={accepted}>
          {t("accepted.inVerdict", { n: accepted })}
        </Text>
      )}
      <Text size={200}>{t(`verdict.explain.${verdict}`)}</Text>
      <SummaryCounts c={c} />
      <Text size={200} className={styles.meta}>
        {t("summary.marked", { n: outcome.markedCells })}
      </Text>
      {outcome.undo && (
        <Text size={200} className={styles.meta} data-undo={outcome.undo}>
          {t(`summary.undo.${outcome.undo}`)}
        </Text>
      )}
      <Text size={200} className={styles.meta}>
        {t("summary.checkDate", { date: formatIsoDate(checkDate, lang) })}
      </Text>
    </section>
  );
}

export function SeverityFilters({
  counts,
  shown,
  onToggle,
}: {
  counts: Record<Severity, number>;
  shown: Record<Severity, boolean>;
  onToggle: (s: Severity) => void;
}) {
  const { t } = useText();
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.filters} role="group" aria-labelledby={labelId}>
      <Text id={labelId} size={200}>
        {t("filters.label")}
      </Text>
      {SEVERITIES.map((s) => (
        <Button
          key={s}
          size="small"
          appearance={shown[s] ? "secondary" : "subtle"}
          aria-pressed={shown[s]}
          icon={shown[s] ? <CheckmarkRegular /> : undefined}
          onClick={() => onToggle(s)}
          data-filter={s}
        >
          {t("filters.toggle", { label: t(`severity.${s}`), n: counts[s] })}
        </Button>
      ))}
    </div>
  );
}

/** One checked roadmap: its verdict, the template's reliability and caveats, then its findings. */
export function ReportSection({
  report,
  shown,
  onSelect,
  acceptance,
}: {
  report: RoadmapReport;
  shown: Record<Severity, boolean>;
  onSelect: (sheet: string, address: string) => void;
  /** Accepting and withdrawing deviations; absent where the pane does not offer it. */
  acceptance?: {
    by: string;
    onAccept: (roadmapId: string, finding: Finding, reason: string, by: string) => void;
    onUndo: (key: string) => void;
  };
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  // 20,000 findings on a 10,000-row sheet: filtered once per result or filter change, not on every pane render.
  const visible = useMemo(() => report.findings.filter((f) => shown[f.severity]), [report.findings, shown]);
  return (
    <section aria-labelledby={headingId} className={styles.report} data-report={report.roadmapId}>
      <div className={styles.reportHead}>
        <Subtitle2 as="h3" id={headingId} className={styles.title}>
          {t("findings.heading", { title: roadmapName(report.programme, report.title, lang) })}
        </Subtitle2>
        <div className={styles.counts}>
          <Pill tone={report.verdict === "ready" ? "success" : "danger"}>
            {t(`verdict.${report.verdict}`)}
          </Pill>
          {(report.accepted?.length ?? 0) > 0 && (
            <Text size={200} data-accepted-count={report.accepted!.length}>
              {t("accepted.inVerdict", { n: report.accepted!.length })}
            </Text>
          )}
          <Text size={200}>
            {t("summary.countsLine", {
              e: report.counts.error,
              w: report.counts.warning,
              i: report.counts.info,
            })}
          </Text>
        </div>
        <Text size={200} className={styles.docTitle}>
          {report.title}
        </Text>
        {report.editionTitle && <Text size={200}>{report.editionTitle[lang]}</Text>}
        {report.editionId && report.templateHash && (
          // Which form judged the sheet, exactly: two reviewers compare this line.
          <Text size={200} className={styles.meta} data-template-hash={report.templateHash}>
            {t("summary.template", {
              id: report.editionId,
              generation: report.editionGeneration ?? "—",
              hash: report.templateHash,
            })}
          </Text>
        )}
        <Text size={200} className={styles.meta}>
          {t("summary.rows", {
            rows: report.rowsRead,
            matched: new Set(report.matches.map((m) => m.itemId)).size,
          })}
        </Text>
      </div>
      {report.editionConfidence && <ConfidenceNote confidence={report.editionConfidence} />}
      {report.notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("summary.caveats")}</MessageBarTitle>
            <ul className={styles.notes}>
              {report.notes.map((n, i) => (
                <li key={i}>{n[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {report.findings.length === 0 ? (
        <Text>{t("findings.none")}</Text>
      ) : visible.length === 0 ? (
        <Text>{t("findings.hidden")}</Text>
      ) : (
        <FindingGroups
          findings={visible}
          onSelect={onSelect}
          accept={
            acceptance && {
              by: acceptance.by,
              onAccept: (f, reason, by) => acceptance.onAccept(report.roadmapId, f, reason, by),
            }
          }
        />
      )}
      {acceptance && <AcceptedList report={report} onUndo={acceptance.onUndo} />}
    </section>
  );
}
