// The matrix reader: «Дата | Кванториум | Точка роста | …», one roadmap per programme column, «Отв.» lines inside.
import type { Sheet } from "./grid-cache";
import { isRepeatedHeader, type Header } from "./header";
import { normalize } from "./normalize";
import { addSheetRow, extend, field, isFooter, NO_SUBITEMS } from "./row-cells";
import type { RoadmapRow } from "./types";

/** «Отв.», «Ответственные:» alone in the date column: a row naming each column's responsible. */
const OTV_LABEL_RE = /^(?:отв\.?|ответственн[а-я]*)\s*:?$/i;
import { DATEISH_RE, FOOTER_RE, NOT_THIS, OTV_LINE_RE, OTV_RE, OTV_TAIL_RE } from "./vocabulary";

export interface MatrixRead {
  perColumn: RoadmapRow[][];
  lastRow: number;
  end: number;
}

export function readMatrix(s: Sheet, h: Header): MatrixRead {
  const m = h.matrix!;
  const key = h.cols.deadline ?? h.cols.number!;
  const own = m.flatMap((x) => (x.responsible ? [x.responsible.col] : []));
  if (h.cols.status !== undefined) own.push(h.cols.status);
  const lo = Math.min(key, ...m.map((x) => x.col));
  const hi = Math.max(key, ...m.map((x) => x.col), ...own);
  const tableCols = new Set([key, ...m.map((x) => x.col), ...own]);
  const perColumn: RoadmapRow[][] = m.map(() => []);
  let current: (RoadmapRow | null)[] = m.map(() => null);
  let lastField: ("title" | "responsible")[] = m.map(() => "title");
  let date: number | null = null;
  let lastRow = h.last;
  let r = h.last + 1;
  const who = h.cols.responsible;
  const legend: (RoadmapRow["fields"]["responsible"] | undefined)[] = m.map(() => undefined);
  const newRow = (i: number, rr: number): RoadmapRow => {
    const fields: RoadmapRow["fields"] = date !== null ? { deadline: field(s, date, key) } : {};
    // The programme's own responsible column, or the one beside all programmes.
    const wc = m[i]!.responsible?.col ?? who;
    const at = wc === undefined ? undefined : (s.coveredBy(rr, wc) ?? { top: rr, left: wc });
    if (at && s.text(at.top, at.left) !== "") fields.responsible = field(s, at.top, at.left);
    // The completion mark beside the programmes is the row's, every programme's.
    const sc = h.cols.status;
    const mark = sc === undefined ? undefined : (s.coveredBy(rr, sc) ?? { top: rr, left: sc });
    if (mark && s.text(mark.top, mark.left) !== "") fields.status = field(s, mark.top, mark.left);
    const row: RoadmapRow = {
      index: perColumn[i]!.length,
      number: null,
      section: null,
      fields,
      subItems: NO_SUBITEMS, // set by finishRows
      address: s.addr(rr, m[i]!.col),
      sheetRows: [s.row0 + rr],
    };
    perColumn[i]!.push(row);
    current[i] = row;
    return row;
  };
  for (; r < s.nRows; r++) {
    if (s.blankRow(r, lo, hi)) {
      if (!s.blankRow(r) && isFooter(s, r, [key], tableCols)) break;
      continue;
    }
    if (isRepeatedHeader(s, r, h)) continue;
    const keyText = s.text(r, key);
    // A date label merged down over several rows dates each of them: every row under it is a step of its own.
    const underLabel = keyText === "" && date !== null && s.coveredBy(r, key) !== undefined;
    const filled = m.filter((x) => s.text(r, x.col) !== "");
    if (keyText !== "" && OTV_LABEL_RE.test(keyText.trim())) {
      // «Отв. | отдел … | отдел …»: the label in the date column, each column's responsible beside it.
      m.forEach((x, i) => {
        if (s.text(r, x.col) !== "") legend[i] = field(s, r, x.col);
      });
      lastRow = r;
      continue;
    }
    if (keyText !== "") {
      // «Ознакомлены:», «Prepared by» in the date column with names beside it: the list under the matrix.
      if (FOOTER_RE.test(keyText)) break;
      // «Начальник управления образования | | Т.Г. Климова»: the signature under the matrix, its name in a programme's column.
      const dateish = DATEISH_RE.test(normalize(keyText));
      if (!dateish && (filled.length === 0 || isFooter(s, r, [], tableCols))) break;
      if (filled.length === 0) {
        if (isFooter(s, r, [], tableCols)) break;
        continue;
      }
      date = r;
      current = m.map(() => null);
      lastField = m.map(() => "title");
    } else if (isFooter(s, r, [key], tableCols)) break;
    m.forEach((x, i) => {
      // A step written once for several programmes, merged across their columns: the merge's first cell holds it.
      const c = s.text(r, x.col) === "" ? (mergedFrom(s, r, x.col, m) ?? x.col) : x.col;
      const t = s.text(r, c);
      // «—», «х», «не предусмотрено»: the programme has no such step.
      if (t === "" || NOT_THIS.test(t.trim()) || (date === null && keyText === "")) return;
      const otv = OTV_RE.exec(t);
      if (otv) {
        const row = current[i] ?? newRow(i, r);
        row.fields.responsible = extend(undefined, s, r, c, t.slice(otv[0].length).trim());
        lastField[i] = "responsible";
        addSheetRow(row, s.row0 + r);
        return;
      }
      const row = current[i];
      if (keyText !== "" || underLabel || !row) {
        const nr = newRow(i, r);
        nr.fields.title = field(s, r, c);
        // Its marks go to the merged cell, the one the sheet shows.
        if (c !== x.col) nr.address = s.addr(r, c);
        const who = OTV_TAIL_RE.exec(t) ?? OTV_LINE_RE.exec(t);
        if (who) nr.fields.responsible = extend(undefined, s, r, c, who[1]!.trim());
        lastField[i] = "title";
        return;
      }
      // The cell continues on the next page (or the «Отв.» list runs on).
      const f = lastField[i]!;
      row.fields[f] = extend(row.fields[f], s, r, c);
      addSheetRow(row, s.row0 + r);
    });
    lastRow = r;
  }
  // The legend names the responsible of every step of its column that has none of its own.
  legend.forEach((f, i) => {
    if (f) for (const row of perColumn[i]!) row.fields.responsible ??= f;
  });
  return { perColumn, lastRow, end: r };
}

/** The programme column whose merge on row r covers column c (the step it holds is c's too), or undefined. */
function mergedFrom(s: Sheet, r: number, c: number, m: NonNullable<Header["matrix"]>): number | undefined {
  for (const y of m) {
    const a = y.col < c ? s.area(r, y.col) : undefined;
    if (a && a.right >= c) return y.col;
  }
  return undefined;
}
