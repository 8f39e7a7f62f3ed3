// Variants of a corpus workbook that leave its truth as it is: the same document as another planner's Excel would hold
// it. The bench (bench/corpus-variants.bench.ts) checks every tuning workbook both ways and counts what reads worse.
import type { CorpusWorkbook } from "./schema";

export interface Variant {
  name: string;
  /** What the variant stands for, for the bench's printout. */
  about: string;
  apply: (w: CorpusWorkbook) => CorpusWorkbook;
}

const rowOf = (ref: string) => ref.replace(/^[A-Z]+/, "");

export const VARIANTS: Variant[] = [
  {
    name: "centred",
    about: "merges within one row dropped (captions, group headers centred across the selection instead)",
    // A merge over several rows is kept: dropping it would empty the cells below its first, which changes the truth.
    // So is one inside a measure row: a step merged across a matrix's programme columns is each programme's, and
    // centred across them instead it would read as the first programme's alone (the grid holds no alignment).
    apply: (w) => {
      const measureRows = new Set(w.truth.roadmaps.flatMap((r) => r.rows.map((x) => String(x.row))));
      const truthSheet = w.truth.sheet ?? w.sheets[0]?.name;
      return {
        ...w,
        sheets: w.sheets.map((sh) => ({
          ...sh,
          merges: (sh.merges ?? []).filter((m) => {
            const [a, b] = m.split(":");
            if (b === undefined) return false;
            return rowOf(a!) !== rowOf(b) || (sh.name === truthSheet && measureRows.has(rowOf(a!)));
          }),
        })),
      };
    },
  },
  {
    name: "text-dates",
    about: "Excel dates typed as text («29.12.2026»)",
    apply: (w) => ({
      ...w,
      sheets: w.sheets.map((sh) => ({
        ...sh,
        rows: sh.rows.map((r) =>
          r.map((c) =>
            c !== null && typeof c === "object" && "date" in c ? c.date.split("-").reverse().join(".") : c,
          ),
        ),
      })),
    }),
  },
];
