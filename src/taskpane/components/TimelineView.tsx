import { Field, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { Severity } from "../../core/report";
import { useText } from "../context";
import { formatIsoDate, type MessageKey } from "../i18n";
import type { Timeline, TimelineItem } from "../services";
import type { PaneModel } from "../usePane";
import { roadmapName } from "../labels";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  svg: { width: "100%", height: "auto", display: "block", overflow: "visible" },
  row: {
    cursor: "pointer",
    outlineStyle: "none",
    ":focus-visible": { outlineStyle: "none" },
    ":focus-visible > rect.rowbg": { stroke: tokens.colorStrokeFocus2, strokeWidth: "1.5px" },
    ":hover > rect.rowbg": { fill: tokens.colorSubtleBackgroundHover },
  },
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

const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
};
const OK_COLOR = tokens.colorPaletteGreenForeground1;

const W = 320;
const LEFT = 40;
const RIGHT = 8;
const TOP = 20;
const ROW = 18;

function dayIndex(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
}

/** x of an ISO day on the target year's axis, clamped to the axis; `outside` says which way it fell off. */
export function xOfDate(iso: string, year: number): { x: number; outside: -1 | 0 | 1 } {
  const start = dayIndex(`${year}-01-01`);
  const end = dayIndex(`${year + 1}-01-01`);
  const d = dayIndex(iso);
  const width = W - LEFT - RIGHT;
  if (d < start) return { x: LEFT, outside: -1 };
  if (d >= end) return { x: W - RIGHT, outside: 1 };
  return { x: LEFT + ((d - start + 0.5) / (end - start)) * width, outside: 0 };
}

function monthX(year: number, month: number): number {
  return xOfDate(
    `${month === 13 ? year + 1 : year}-${String(month === 13 ? 1 : month).padStart(2, "0")}-01`,
    year,
  ).x;
}

/** The template's deadline: a hollow diamond, large enough to show the sheet's dot inside when they agree. */
function Diamond({ x, y, color }: { x: number; y: number; color: string }) {
  return (
    <path
      d={`M ${x} ${y - 6} L ${x + 6} ${y} L ${x} ${y + 6} L ${x - 6} ${y} Z`}
      style={{ stroke: color, fill: "none", strokeWidth: 1.5 }}
    />
  );
}

/** A deadline outside the target year, pointing the way it fell off: hollow for the template, filled for the sheet. */
function Arrow({
  x,
  y,
  dir,
  color,
  hollow,
}: {
  x: number;
  y: number;
  dir: -1 | 1;
  color: string;
  hollow?: boolean;
}) {
  const tip = x + dir * 6;
  return (
    <path
      d={`M ${tip} ${y} L ${x} ${y - 5} L ${x} ${y + 5} Z`}
      style={hollow ? { stroke: color, fill: "none", strokeWidth: 1.2 } : { fill: color }}
    />
  );
}

function Row({
  item,
  label: numberLabel,
  index,
  year,
  onSelect,
  sheet,
}: {
  item: TimelineItem;
  /** The item's number as drawn («1.2» for the second item sharing number 1). */
  label: string;
  index: number;
  year: number;
  sheet: string;
  onSelect: (sheet: string, address: string) => void;
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const y = TOP + index * ROW + ROW / 2;
  const color = item.severity ? SEVERITY_COLOR[item.severity] : OK_COLOR;
  const tpl = item.templateDue ? xOfDate(item.templateDue, year) : null;
  const sh = item.sheetDue ? xOfDate(item.sheetDue, year) : null;
  const sheetText = item.sheetDue
    ? formatIsoDate(item.sheetDue, lang)
    : item.address === null
      ? t("timeline.missing")
      : (item.sheetText ?? t("timeline.noDate"));
  const templateText = item.templateDue
    ? formatIsoDate(item.templateDue, lang)
    : (item.templateText?.[lang] ?? t("timeline.noDate"));
  const label = t("timeline.row", {
    number: numberLabel,
    title: item.title[lang],
    sheet: sheetText,
    template: templateText,
  });
  const address = item.address;
  const activate = () => {
    if (address) onSelect(sheet, address);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      activate();
    }
  };

  return (
    <g
      className={address ? styles.row : undefined}
      role={address ? "button" : "img"}
      tabIndex={address ? 0 : undefined}
      onClick={address ? activate : undefined}
      onKeyDown={address ? onKey : undefined}
      data-item={item.itemId}
      data-severity={item.severity ?? "ok"}
    >
      {/* The row's accessible name: an aria-label would not contain the visible number (label-content-name-mismatch). */}
      <title>{label}</title>
      <rect
        className="rowbg"
        x={0}
        y={y - ROW / 2}
        width={W}
        height={ROW}
        rx={3}
        style={{ fill: "transparent" }}
      />
      <text
        x={LEFT - 10}
        y={y + 4}
        textAnchor="end"
        style={{ fontSize: 10, fill: tokens.colorNeutralForeground2 }}
      >
        {numberLabel}
      </text>
      <line
        x1={LEFT}
        x2={W - RIGHT}
        y1={y}
        y2={y}
        style={{
          stroke: tokens.colorNeutralStroke2,
          strokeWidth: 0.5,
          strokeDasharray: item.address ? undefined : "2 2",
        }}
      />
      {tpl && sh && sh.x > tpl.x && (
        <line x1={tpl.x} x2={sh.x} y1={y} y2={y} style={{ stroke: color, strokeWidth: 3, opacity: 0.6 }} />
      )}
      {tpl &&
        (tpl.outside ? (
          <Arrow
            x={tpl.x}
            y={y}
            dir={tpl.outside}
            color={item.address ? tokens.colorNeutralForeground2 : color}
            hollow
          />
        ) : (
          <Diamond x={tpl.x} y={y} color={item.address ? tokens.colorNeutralForeground2 : color} />
        ))}
      {sh &&
        (sh.outside ? (
          // Drawn a step inside the axis so that it does not hide the template's arrow.
          <Arrow x={sh.x - sh.outside * 9} y={y} dir={sh.outside} color={color} />
        ) : (
          <circle cx={sh.x} cy={y} r={3.5} style={{ fill: color }} data-sheet-date />
        ))}
    </g>
  );
}

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
  // Items of one group share their number in the form («1. Утверждены: 1) …; 2) …»): drawn as 1.1, 1.2…
  const total = new Map<string, number>();
  for (const it of items) total.set(it.number, (total.get(it.number) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = items.map((it) => {
    if ((total.get(it.number) ?? 0) < 2) return it.number;
    const k = (seen.get(it.number) ?? 0) + 1;
    seen.set(it.number, k);
    return `${it.number}.${k}`;
  });

  return (
    <>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${height}`}
        role="group"
        aria-label={t("timeline.chart", { year, n: items.length })}
        data-testid="timeline"
      >
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
        {today.outside === 0 && (
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
