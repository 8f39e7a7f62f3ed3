import { Field, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { Timeline, TimelineItem } from "../services";
import { useText } from "../context";
import { formatIsoDate, type MessageKey } from "../i18n";
import type { PaneModel } from "../usePane";
import { roadmapName } from "../labels";
import { Diamond, Row } from "./TimelineRow";
import { OK_COLOR, ROW, SEVERITY_COLOR, TOP, W, monthX, xOfDate } from "./timelineScale";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  svg: { width: "100%", height: "auto", display: "block", overflow: "visible" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    alignItems: "center",
  },
  legendItem: { display: "inline-flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  caption: { color: tokens.colorNeutralForeground3 },
});

const MONTH_KEYS: MessageKey[] = [
  "timeline.m1",
  "timeline.m2",
  "timeline.m3",
  "timeline.m4",
  "timeline.m5",
  "timeline.m6",
  "timeline.m7",
  "timeline.m8",
  "timeline.m9",
  "timeline.m10",
  "timeline.m11",
  "timeline.m12",
];

/** Items of one group share their number in the form («1. Утверждены: 1) …; 2) …»): drawn as 1.1, 1.2… */
function numberLabels(items: readonly TimelineItem[]): string[] {
  const total = new Map<string, number>();
  for (const it of items) total.set(it.number, (total.get(it.number) ?? 0) + 1);
  const seen = new Map<string, number>();
  return items.map((it) => {
    if ((total.get(it.number) ?? 0) < 2) return it.number;
    const k = (seen.get(it.number) ?? 0) + 1;
    seen.set(it.number, k);
    return `${it.number}.${k}`;
  });
}

/** The twelve months as alternating bands, each named above the axis. */
function MonthBands({ year, height }: { year: number; height: number }) {
  const { t } = useText();
  return (
    <>
      {MONTH_KEYS.map((key, i) => {
        const x0 = monthX(year, i + 1);
        const x1 = monthX(year, i + 2);
        return (
          <g key={key} aria-hidden>
            {i % 2 === 0 && (
              <rect
                x={x0}
                y={TOP}
                width={x1 - x0}
                height={height - TOP}
                style={{ fill: tokens.colorNeutralBackground3 }}
              />
            )}
            <text
              x={(x0 + x1) / 2}
              y={TOP - 7}
              textAnchor="middle"
              style={{ fontSize: 8.5, fill: tokens.colorNeutralForeground3 }}
            >
              {t(key)}
            </text>
          </g>
        );
      })}
    </>
  );
}

/** What the marks mean: template ◇, sheet ●, today's line (when in the year), the severity colours. */
function TimelineLegend({ showToday }: { showToday: boolean }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <div className={styles.legend} aria-hidden>
      <span className={styles.legendItem}>
        <svg width="12" height="12" viewBox="0 0 12 12">
          <Diamond x={6} y={6} color={tokens.colorNeutralForeground2} />
        </svg>
        {t("timeline.legendTemplate")}
      </span>
      <span className={styles.legendItem}>
        <svg width="12" height="12" viewBox="0 0 12 12">
          <circle cx={6} cy={6} r={3.5} style={{ fill: OK_COLOR }} />
        </svg>
        {t("timeline.legendSheet")}
      </span>
      {showToday && (
        <span className={styles.legendItem}>
          <svg width="12" height="12" viewBox="0 0 12 12">
            <line
              x1={6}
              x2={6}
              y1={0}
              y2={12}
              style={{ stroke: tokens.colorBrandForeground1, strokeWidth: 1.5, strokeDasharray: "3 2" }}
            />
          </svg>
          {t("timeline.legendToday")}
        </span>
      )}
      {(["error", "warning", "info"] as const).map((s) => (
        <span key={s} className={styles.legendItem}>
          <svg width="12" height="12" viewBox="0 0 12 12">
            <circle cx={6} cy={6} r={4} style={{ fill: SEVERITY_COLOR[s] }} />
          </svg>
          {t(`severityOne.${s}`)}
        </span>
      ))}
    </div>
  );
}

/** The target year's months across, one line per template item: template deadline ◇, sheet deadline ●. */
export function TimelineChart({
  timeline,
  onSelect,
}: {
  timeline: Timeline;
  onSelect: (sheet: string, address: string) => void;
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const { year, items } = timeline;
  const height = TOP + items.length * ROW + 6;
  const today = xOfDate(timeline.checkDate, year);
  const labels = numberLabels(items);

  return (
    <>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${height}`}
        role="group"
        aria-label={t("timeline.chart", { year, n: items.length })}
        data-testid="timeline"
      >
        <MonthBands year={year} height={height} />
        {items.map((item, i) => (
          <Row
            label={labels[i]!}
            key={item.itemId}
            item={item}
            index={i}
            year={year}
            sheet={timeline.sheet}
            onSelect={onSelect}
          />
        ))}
        {today.outside === 0 && (
          <line
            aria-hidden
            data-testid="today"
            x1={today.x}
            x2={today.x}
            y1={TOP - 4}
            y2={height}
            style={{ stroke: tokens.colorBrandForeground1, strokeWidth: 1.5, strokeDasharray: "4 2" }}
          />
        )}
      </svg>
      <TimelineLegend showToday={today.outside === 0} />
      {today.outside !== 0 && (
        <Text size={200} className={styles.caption}>
          {t(today.outside < 0 ? "timeline.todayBefore" : "timeline.todayAfter", {
            date: formatIsoDate(timeline.checkDate, lang),
            year,
          })}
        </Text>
      )}
    </>
  );
}

/** «Шкала»: pick a checked roadmap, see its deadlines on the calendar. */
export function TimelineView({ pane }: { pane: PaneModel }) {
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  const reports = pane.outcome?.reports ?? [];
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const report = reports.find((r) => r.roadmapId === selectedId) ?? reports[0];
  const loaded = report ? Object.prototype.hasOwnProperty.call(pane.timelines, report.roadmapId) : false;
  const timeline = report ? pane.timelines[report.roadmapId] : undefined;
  const { loadTimeline, busy } = pane;

  useEffect(() => {
    if (report && report.targetYear !== null && !loaded && busy === null) void loadTimeline(report);
  }, [report, loaded, busy, loadTimeline]);

  if (!report) {
    return <Text>{t("timeline.empty")}</Text>;
  }
  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {report.targetYear !== null ? t("timeline.heading", { year: report.targetYear }) : t("tabs.timeline")}
      </Subtitle2>
      {reports.length > 1 && (
        <Field label={t("timeline.roadmap")}>
          <Select value={report.roadmapId} onChange={(_, d) => setSelectedId(d.value)}>
            {reports.map((r) => (
              <option key={r.roadmapId} value={r.roadmapId}>
                {roadmapName(r.programme, r.title, lang)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {report.targetYear === null ? (
        <Text>{t("timeline.noYear")}</Text>
      ) : timeline === null ? (
        <Text>{t("timeline.noItems")}</Text>
      ) : timeline && timeline !== "pending" ? (
        timeline.items.length === 0 ? (
          <Text>{t("timeline.noItems")}</Text>
        ) : (
          <TimelineChart
            timeline={timeline}
            onSelect={(sheet, address) => void pane.select(sheet, address)}
          />
        )
      ) : null}
    </section>
  );
}
