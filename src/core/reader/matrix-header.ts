// The header of a date × programme matrix: a title header over one column per programme, merged or centred across.
import type { Sheet } from "./grid-cache";
import type { Located } from "./guess";
import type { Cols, Header, How } from "./header";
import { centredAcross } from "./centred";
import { classifyHeader } from "./header-words";
import type { ProgrammeId } from "../programmes";
import { programmeMentions } from "./guess";
import type { FieldKey } from "./types";

/** A header as found, before its entries are counted (header.ts withEntries). */
export type HeaderParts = Pick<Header, "row" | "last" | "cols" | "matrix" | "how">;

/** A matrix column: one title column per programme, with the header labels above it. */
export interface MatrixColumn {
  col: number;
  labels: Located[];
  label: Located;
  /** «мероприятие | ответственный» under the programme's label: its own responsible column and sub-header. */
  responsible?: { col: number; header: Located };
}

/** A title header merged across several programme columns: each column's labels, and the last sub-header row. */
export function matrixUnder(
  s: Sheet,
  r: number,
  last: number,
  cols: Cols,
): { columns: MatrixColumn[]; sub: number } | null {
  const span = s.area(r, cols.title!) ?? centredAcross(s, r, cols.title!, cols);
  const key = cols.deadline ?? cols.number;
  if (!span || span.right <= span.left || key === undefined) return null;
  // Sub-header rows under the title header: the rows before the first date.
  let sub = last;
  for (let rr = r + 1, n = 0; rr < s.nRows && n < 3; rr++) {
    if (s.blankRow(rr, span.left, span.right)) continue;
    if (s.text(rr, key) !== "") break;
    sub = Math.max(sub, rr);
    n++;
  }
  const columns: MatrixColumn[] = [];
  for (let c = span.left; c <= span.right; c++) {
    const labels: Located[] = [];
    for (let rr = sub; rr > r; rr--) {
      let t = s.text(rr, c);
      let at = c;
      if (t === "") {
        // A label merged over several programme columns sits in its area's first cell.
        for (const [k, a] of s.areas) {
          if (a.top === rr && a.left < c && a.right >= c) {
            at = k - rr * s.nCols;
            t = s.text(rr, at);
          }
        }
      }
      if (t !== "") labels.push({ text: t, address: s.addr(rr, at) });
    }
    if (labels.length && labels[0]!.address === s.addr(sub, c))
      columns.push({ col: c, labels, label: labels[0]! });
  }
  return columns.length >= 2 ? { columns, sub } : null;
}

/** «Дата | Кванториум | Точка роста | ЦОС»: a date column and two or more columns named by programme. */
export function programmeColumnsAt(s: Sheet, r: number): HeaderParts | null {
  const cells = s.cells(r);
  if (cells.length < 3 || cells.length > 12) return null;
  let date: number | undefined;
  let responsible: number | undefined;
  let status: number | undefined;
  const progs: MatrixColumn[] = [];
  const seen = new Set<ProgrammeId>();
  for (const [c, t] of cells) {
    if (t.length > 300) return null;
    if (date === undefined && classifyHeader(t) === "deadline") {
      date = c;
      continue;
    }
    // «Ответственный» beside the programmes: every programme's responsible for the row.
    if (responsible === undefined && classifyHeader(t) === "responsible") {
      responsible = c;
      continue;
    }
    // «Отметка об исполнении» beside the programmes (a progress copy): every programme's mark for the row.
    if (status === undefined && classifyHeader(t) === "status") {
      status = c;
      continue;
    }
    const l = { text: t, address: s.addr(r, c) };
    const m = programmeMentions(l);
    if (m.length > 0 && !seen.has(m[0]!.id)) {
      seen.add(m[0]!.id);
      progs.push({ col: c, labels: [l], label: l });
    }
  }
  if (date === undefined || progs.length < 2) return null;
  const how: Partial<Record<FieldKey, How>> = {
    deadline: { by: "header", header: s.text(r, date), group: null },
    title: { by: "header", header: progs[0]!.label.text, group: null },
  };
  const cols: Cols = { deadline: date, title: progs[0]!.col };
  if (responsible !== undefined) {
    cols.responsible = responsible;
    how.responsible = { by: "header", header: s.text(r, responsible), group: null };
  }
  if (status !== undefined) {
    cols.status = status;
    how.status = { by: "header", header: s.text(r, status), group: null };
  }
  const own = responsible === undefined && ownResponsibles(s, r + 1, progs);
  return { row: r, last: own ? r + 1 : r, cols, matrix: progs, how };
}

/**
 * «Центры «Точка роста» | | Школьные Кванториумы |» over «мероприятие | ответственный | мероприятие | ответственный»:
 * each programme's measures under its label and its own responsible beside them (merged over the pair or not). Sets
 * each column's responsible when every programme has one; whether it did.
 */
function ownResponsibles(s: Sheet, sub: number, progs: MatrixColumn[]): boolean {
  if (sub >= s.nRows) return false;
  const found = progs.map((x, i) => {
    if (classifyHeader(s.text(sub, x.col)) !== "title") return undefined;
    const next = progs[i + 1]?.col ?? s.nCols;
    for (let c = x.col + 1; c < next && c <= x.col + 3; c++)
      if (classifyHeader(s.text(sub, c)) === "responsible") return c;
    return undefined;
  });
  if (found.some((c) => c === undefined)) return false;
  progs.forEach((x, i) => {
    const c = found[i]!;
    x.responsible = { col: c, header: { text: s.text(sub, c), address: s.addr(sub, c) } };
  });
  return true;
}
