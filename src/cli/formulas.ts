import { columnNumber, type CellValue } from "../core/grid";
import type { SparseCells } from "../core/sparse-grid";

/**
 * Formulas saved without a cached value (written by a script, or a workbook never recalculated) must not read as empty:
 * the safe cases are evaluated (a reference to a cell of the same sheet, DATE of three numbers, a string literal, a
 * concatenation of those with & or CONCATENATE); anything else is carried as its formula text «=…», so the checker
 * sees something written there and says it cannot read it, instead of calling the cell empty.
 */

export interface PendingFormula {
  row: number;
  col: number;
  formula: string;
}

type Lookup = (row: number, col: number) => CellValue | undefined;

class Unsafe extends Error {}

const TOKEN_RE =
  /\s*(?:("(?:[^"]|"")*")|(\$?[A-Za-z]{1,3}\$?\d{1,7})(?![\w(!])|(\d+(?:\.\d+)?)|([A-Za-z]+)\s*\(|([&,)]))/y;

interface Tok {
  kind: "str" | "ref" | "num" | "fn" | "op";
  text: string;
}

function tokens(src: string): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    TOKEN_RE.lastIndex = at;
    const m = TOKEN_RE.exec(src);
    if (!m) throw new Unsafe();
    at = TOKEN_RE.lastIndex;
    if (m[1] !== undefined) out.push({ kind: "str", text: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[2] !== undefined) out.push({ kind: "ref", text: m[2].replace(/\$/g, "") });
    else if (m[3] !== undefined) out.push({ kind: "num", text: m[3] });
    else if (m[4] !== undefined) out.push({ kind: "fn", text: m[4].toUpperCase() });
    else out.push({ kind: "op", text: m[5]! });
  }
  return out;
}

function evaluate(formula: string, lookup: Lookup): CellValue | undefined {
  const toks = tokens(formula.replace(/^=/, ""));
  let i = 0;
  const peek = () => toks[i];
  const expect = (text: string) => {
    if (peek()?.text !== text || peek()?.kind !== "op") throw new Unsafe();
    i++;
  };
  const args = (): CellValue[] => {
    const out = [concat()];
    while (peek()?.kind === "op" && peek()!.text === ",") {
      i++;
      out.push(concat());
    }
    expect(")");
    return out;
  };
  const term = (): CellValue => {
    const t = toks[i++];
    if (!t) throw new Unsafe();
    if (t.kind === "str") return t.text;
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "ref") {
      const m = /^([A-Za-z]+)(\d+)$/.exec(t.text)!;
      const v = lookup(Number(m[2]), columnNumber(m[1]!));
      if (v === undefined) throw new Unsafe(); // a reference still waiting for its own value
      return v;
    }
    if (t.kind === "fn" && t.text === "DATE") {
      const [y, mo, d, ...rest] = args();
      if (rest.length || ![y, mo, d].every((x) => typeof x === "number" && Number.isInteger(x)))
        throw new Unsafe();
      const yy = y as number;
      // Excel's DATE reads years 0–1899 as 1900 + year; the safe case is a full four-digit year.
      if (yy < 1900 || yy > 9999) throw new Unsafe();
      return new Date(Date.UTC(yy, (mo as number) - 1, d as number));
    }
    if (t.kind === "fn" && (t.text === "CONCATENATE" || t.text === "CONCAT")) return joined(args());
    throw new Unsafe();
  };
  const concat = (): CellValue => {
    const parts = [term()];
    while (peek()?.kind === "op" && peek()!.text === "&") {
      i++;
      parts.push(term());
    }
    return parts.length === 1 ? parts[0]! : joined(parts);
  };
  const value = concat();
  if (i !== toks.length) throw new Unsafe();
  return value;
}

/** Excel joins numbers and texts as written; a date or an error inside a join is not a safe case. */
function joined(parts: CellValue[]): string {
  return parts
    .map((p) => {
      if (p === null) return "";
      if (typeof p === "string") return p;
      if (typeof p === "number") return String(p);
      if (typeof p === "boolean") return p ? "TRUE" : "FALSE";
      throw new Unsafe();
    })
    .join("");
}

/** The value a formula without a cached result stands for, or its text «=…» when that is not safely known. */
export function resolveFormulas(sheet: SparseCells, pending: readonly PendingFormula[]): void {
  if (pending.length === 0) return;
  const known = new Map<number, CellValue>();
  const key = (r: number, c: number) => r * 16_385 + c;
  for (const c of sheet.cells) known.set(key(c.row, c.col), c.value);
  const waiting = new Set(pending.map((p) => key(p.row, p.col)));
  const lookup: Lookup = (r, c) => {
    const k = key(r, c);
    return waiting.has(k) ? undefined : (known.get(k) ?? null);
  };
  let left = [...pending];
  // References between formulas resolve in passes; a chain longer than this is carried as text.
  for (let pass = 0; pass < 4 && left.length > 0; pass++) {
    const next: PendingFormula[] = [];
    for (const p of left) {
      try {
        const v = evaluate(p.formula, lookup);
        waiting.delete(key(p.row, p.col));
        if (v !== null && v !== undefined && v !== "") {
          known.set(key(p.row, p.col), v);
          sheet.add(p.row, p.col, v);
        }
      } catch {
        next.push(p);
      }
    }
    if (next.length === left.length) break;
    left = next;
  }
  for (const p of left) sheet.add(p.row, p.col, `=${p.formula.replace(/^=/, "")}`);
}
