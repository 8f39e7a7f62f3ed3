import { makeStyles, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import { useText } from "../context";
import { formatIsoDate } from "../i18n";
import type { TimelineItem } from "../services";
import { LEFT, OK_COLOR, RIGHT, ROW, SEVERITY_COLOR, TOP, W, xOfDate } from "./timelineScale";

const useStyles = makeStyles({
  row: {
    cursor: "pointer",
    outlineStyle: "none",
    ":focus-visible": { outlineStyle: "none" },
    ":focus-visible > rect.rowbg": { stroke: tokens.colorStrokeFocus2, strokeWidth: "1.5px" },
    ":hover > rect.rowbg": { fill: tokens.colorSubtleBackgroundHover },
  },
});

/** The template's deadline: a hollow diamond, large enough to show the sheet's dot inside when they agree. */
export function Diamond({ x, y, color }: { x: number; y: number; color: string }) {
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

/** A row's marks on the axis: the lateness bar, the template's ◇ (or arrow) and the sheet's ● (or arrow). */
function RowMarks({ item, y, year }: { item: TimelineItem; y: number; year: number }) {
  const color = item.severity ? SEVERITY_COLOR[item.severity] : OK_COLOR;
  const tpl = item.templateDue ? xOfDate(item.templateDue, year) : null;
  const sh = item.sheetDue ? xOfDate(item.sheetDue, year) : null;
  return (
    <>
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
    </>
  );
}

/** The row's accessible name: number, title, the sheet's deadline and the template's. */
function useRowLabel(item: TimelineItem, numberLabel: string): string {
  const { t, lang } = useText();
  const sheetText = item.sheetDue
    ? formatIsoDate(item.sheetDue, lang)
    : item.address === null
      ? t("timeline.missing")
      : (item.sheetText ?? t("timeline.noDate"));
  const templateText = item.templateDue
    ? formatIsoDate(item.templateDue, lang)
    : (item.templateText?.[lang] ?? t("timeline.noDate"));
  return t("timeline.row", {
    number: numberLabel,
    title: item.title[lang],
    sheet: sheetText,
    template: templateText,
  });
}

/** One template item on the chart; a row with a cell in the sheet is a button that selects that cell. */
export function Row({
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
  const styles = useStyles();
  const y = TOP + index * ROW + ROW / 2;
  const label = useRowLabel(item, numberLabel);
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
      <RowMarks item={item} y={y} year={year} />
    </g>
  );
}
