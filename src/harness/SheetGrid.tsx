import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Cell } from "exceljs";
import { useEffect, useRef } from "react";
import { cellAddress, columnLetters } from "../core/grid";
import type { Lang } from "../core/lang";
import type { SimBook } from "../sim";
import type { Rect } from "../sim/address";
import { fillView } from "../sim/colors";
import { harnessText } from "./strings";

/** The simulated workbook's active sheet drawn as Excel would show it: values, fills, merges, notes, selection. */

const MAX_ROWS = 400;
const MAX_COLS = 40;

const ROW_HEAD_PX = 40;
/** Excel's default column: 8.43 characters, stored in the file as 9.140625 (padding included). */
const DEFAULT_COLUMN_WIDTH = 9.140625;
/** Calibri 11's widest digit, in pixels at 100 % zoom: the unit of Excel's column widths. */
const MAX_DIGIT_PX = 7;

/** A stored column width in pixels, by the Open XML rule (ECMA-376 §18.3.1.13) Excel draws with. */
export function excelColumnPixels(width: number | undefined): number {
  const w = width ?? DEFAULT_COLUMN_WIDTH;
  return Math.trunc(((256 * w + Math.trunc(128 / MAX_DIGIT_PX)) / 256) * MAX_DIGIT_PX);
}

const useStyles = makeStyles({
  // minHeight 0: a tall sheet scrolls inside the grid instead of squeezing the tab bar below it to nothing.
  wrap: { overflow: "auto", flexGrow: 1, minHeight: 0, backgroundColor: "#ffffff", color: "#000000" },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif",
    fontSize: "12px",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    color: "#444",
    fontWeight: 400,
    ...shorthands.border("1px", "solid", "#d4d4d4"),
    height: "20px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    color: "#444",
    fontWeight: 400,
    textAlign: "center",
    ...shorthands.border("1px", "solid", "#d4d4d4"),
    width: "40px",
    minWidth: "40px",
  },
  cell: {
    ...shorthands.border("1px", "solid", "#e1e1e1"),
    padding: "2px 4px",
    verticalAlign: "top",
    whiteSpace: "pre",
    overflow: "visible",
    position: "relative",
  },
  // As in Excel: text wraps only in cells formatted to wrap; otherwise it runs over the empty cells to its right.
  wrapped: { whiteSpace: "pre-wrap", wordBreak: "break-word", overflow: "hidden" },
  selected: { outline: `2px solid ${tokens.colorPaletteGreenBorder2}`, outlineOffset: "-2px" },
  note: {
    "::after": {
      content: '""',
      position: "absolute",
      top: 0,
      right: 0,
      ...shorthands.borderTop("6px", "solid", "#d13438"),
      ...shorthands.borderLeft("6px", "solid", "transparent"),
    },
  },
  empty: { padding: "24px", color: "#666" },
});

function utcDay(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}.${mm}.${d.getUTCFullYear()}`;
}

/** What Excel would display in the cell (dates as dd.mm.yyyy, formulas as their result). */
export function displayText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.type === 1 /* merge */ && cell.master !== cell) return "";
  const v = cell.value as unknown;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return utcDay(v);
  if (typeof v === "object" && v !== null && "result" in v) {
    const r = (v as { result: unknown }).result;
    return r instanceof Date ? utcDay(r) : r === undefined || r === null ? "" : String(r);
  }
  return cell.text ?? String(v);
}

/** The fill colour as "#RRGGBB", or null for no fill. */
export function fillColor(cell: Cell | undefined): string | null {
  if (!cell) return null;
  const view = fillView(cell.style?.fill);
  return view.pattern === "None" ? null : view.color.toUpperCase();
}

type Sheet = ReturnType<SimBook["activeSheet"]>;
type Span = { rows: number; cols: number };

/** Merged areas: the span of each top-left cell, and the cells a merge hides ("row:col"). */
function mergeLayout(book: SimBook, sheet: Sheet): { covered: Set<string>; spans: Map<string, Span> } {
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of book.merges(sheet)) {
    spans.set(`${m.top}:${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  return { covered, spans };
}

/** What every cell of the grid reads from: the book, its active sheet, the selection, the language and styles. */
interface GridView {
  book: SimBook;
  sheet: Sheet;
  selection: Rect | null;
  lang: Lang;
  styles: ReturnType<typeof useStyles>;
}

/** One visible cell: its value, fill, note and selection, spanning its merge. */
function GridCell({ view, r, c, span }: { view: GridView; r: number; c: number; span: Span | undefined }) {
  const { book, sheet, selection, lang, styles } = view;
  const cell = book.cell(sheet, r, c);
  const address = cellAddress(r, c);
  const fill = fillColor(cell);
  const note = book.noteOf(sheet, r, c);
  const isSelected =
    selection !== null &&
    r >= selection.top &&
    r <= selection.bottom &&
    c >= selection.left &&
    c <= selection.right;
  return (
    <td
      rowSpan={span?.rows}
      colSpan={span?.cols}
      className={mergeClasses(
        styles.cell,
        cell?.style?.alignment?.wrapText && styles.wrapped,
        isSelected && styles.selected,
        note !== null && styles.note,
      )}
      style={fill ? { backgroundColor: fill } : undefined}
      title={note !== null ? harnessText(lang, "note", { text: note }) : undefined}
      data-address={address}
      data-fill={fill ?? ""}
      data-selected={isSelected ? "true" : undefined}
    >
      {displayText(cell)}
    </td>
  );
}

export function SheetGrid({ book, lang, version }: { book: SimBook; lang: Lang; version: number }) {
  const styles = useStyles();
  const wrapRef = useRef<HTMLDivElement>(null);
  // Like Excel, bring the selected cell into view when the add-in selects one.
  useEffect(() => {
    wrapRef.current
      ?.querySelector("td[data-selected]")
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [version]);
  const sheet = book.activeSheet();
  const used = book.usedRect(sheet, false);
  if (!used) {
    return (
      <div className={styles.empty} data-sheet={sheet.name} data-version={version}>
        {harnessText(lang, "empty")}
      </div>
    );
  }
  const top = 1;
  const left = 1;
  const bottom = Math.min(used.bottom, MAX_ROWS);
  const right = Math.min(used.right, MAX_COLS);
  const selection = book.selectionOf(sheet);
  const view: GridView = { book, sheet, selection, lang, styles };
  const { covered, spans } = mergeLayout(book, sheet);
  const cols = Array.from({ length: right - left + 1 }, (_, i) => left + i);
  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  const width = (c: number) => excelColumnPixels(sheet.ws.getColumn(c).width);
  // A fixed-layout table takes its columns' widths only when it has a width itself (else column A stretched).
  const tableWidth = ROW_HEAD_PX + cols.reduce((sum, c) => sum + width(c), 0);

  return (
    <div className={styles.wrap} ref={wrapRef}>
      <table
        className={styles.table}
        style={{ width: tableWidth }}
        aria-label={harnessText(lang, "grid", {
          sheet: sheet.name,
          rows: `${top}–${bottom}`,
          cols: `A–${columnLetters(right)}`,
        })}
        data-sheet={sheet.name}
        data-version={version}
      >
        <colgroup>
          <col style={{ width: ROW_HEAD_PX }} />
          {cols.map((c) => (
            <col key={c} style={{ width: width(c) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.rowHead} />
            {cols.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r}
              </th>
              {cols.map((c) =>
                covered.has(`${r}:${c}`) ? null : (
                  <GridCell key={c} view={view} r={r} c={c} span={spans.get(`${r}:${c}`)} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
