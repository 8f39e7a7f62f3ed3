// The grid cache: every cell's trimmed text read once, merged areas by their top-left cell, addresses on demand.
import {
  cellAddress,
  cellText,
  columnLetters,
  parseCell,
  parseRange,
  type CellValue,
  type Grid,
} from "../grid";

/** A merged area in grid coordinates (0-based, clipped to the grid). */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class Sheet {
  readonly nRows: number;
  readonly nCols: number;
  readonly row0: number;
  readonly col0: number;
  /** Trimmed text of every cell, row-major (r * nCols + c): one packed array, not an array per row. */
  private readonly texts: string[] = [];
  /** Whether any cell holds text. */
  readonly hasText: boolean;
  /** Merged areas by their top-left cell (r * nCols + c). */
  readonly areas = new Map<number, Area>();

  constructor(
    readonly grid: Grid,
    /** Per row, how many columns right of the table's columns its cells stand (pageShifts): read in the table's columns. */
    private readonly shift: Int16Array | null = null,
  ) {
    const o = parseCell(grid.origin);
    this.row0 = o.row;
    this.col0 = o.col;
    this.nRows = grid.values.length;
    this.nCols = grid.values.reduce((m, r) => Math.max(m, r.length), 0);
    let any = false;
    for (let r = 0; r < this.nRows; r++) {
      const src = grid.values[r] ?? [];
      for (let k = 0; k < this.nCols; k++) {
        const t = cellText(src[k] ?? null).trim();
        if (t !== "") any = true;
        this.texts.push(t);
      }
    }
    this.hasText = any;
    for (const m of grid.merges) {
      let g;
      try {
        g = parseRange(m);
      } catch {
        continue; // a malformed merge address says nothing about the table
      }
      const a = {
        top: Math.max(0, g.top - this.row0),
        left: Math.max(0, g.left - this.col0),
        bottom: Math.min(this.nRows - 1, g.bottom - this.row0),
        right: Math.min(this.nCols - 1, g.right - this.col0),
      };
      if (a.top > a.bottom || a.left > a.right) continue;
      if (g.top - this.row0 !== a.top || g.left - this.col0 !== a.left) continue; // its value lies outside the grid
      this.areas.set(a.top * this.nCols + a.left, a);
    }
  }
  /** The column a cell of row r really stands in. */
  private real(r: number, c: number): number {
    return this.shift === null ? c : c + (this.shift[r] ?? 0);
  }
  /** A merged area seen from row r's columns. */
  private seen(r: number, a: Area | undefined): Area | undefined {
    const k = this.shift === null || a === undefined ? 0 : (this.shift[r] ?? 0);
    return k === 0 ? a : { ...a!, left: a!.left - k, right: a!.right - k };
  }
  value(r: number, c: number): CellValue {
    return this.grid.values[r]?.[this.real(r, c)] ?? null;
  }
  text(r: number, c: number): string {
    if (this.shift !== null) c = this.real(r, c);
    if (c < 0 || c >= this.nCols || r < 0 || r >= this.nRows) return "";
    return this.texts[r * this.nCols + c]!;
  }
  area(r: number, c: number): Area | undefined {
    if (this.shift !== null) c = this.real(r, c);
    if (c < 0 || c >= this.nCols) return undefined;
    return this.seen(r, this.areas.get(r * this.nCols + c));
  }
  /** Cells of a merge other than its top-left (which holds the value), by r * nCols + c: built on first use. */
  private inside: Map<number, Area> | null = null;
  /** The merge a cell lies inside, across or down (not its top-left cell), or undefined. */
  mergedInto(r: number, c: number): Area | undefined {
    if (!this.inside) {
      this.inside = new Map();
      for (const a of this.areas.values())
        for (let rr = a.top; rr <= a.bottom; rr++)
          for (let cc = a.left; cc <= a.right; cc++)
            if (rr !== a.top || cc !== a.left) this.inside.set(rr * this.nCols + cc, a);
    }
    if (this.shift !== null) c = this.real(r, c);
    if (this.inside.size === 0 || c < 0 || c >= this.nCols) return undefined;
    return this.seen(r, this.inside.get(r * this.nCols + c));
  }
  /** The vertical merge a cell lies inside (below its top row), or undefined. */
  coveredBy(r: number, c: number): Area | undefined {
    const a = this.mergedInto(r, c);
    return a && r > a.top ? a : undefined;
  }
  private readonly letters: string[] = [];
  addr(r: number, c: number): string {
    c = this.real(r, c);
    if (c < 0) return cellAddress(this.row0 + r, this.col0 + c);
    const l = (this.letters[c] ??= columnLetters(this.col0 + c));
    return `${l}${this.row0 + r}`;
  }
  letter(c: number): string {
    return columnLetters(this.col0 + c);
  }
  blankRow(r: number, from = 0, to = this.nCols - 1): boolean {
    for (let c = Math.max(0, from); c <= Math.min(to, this.nCols - 1); c++)
      if (this.text(r, c) !== "") return false;
    return true;
  }
  /** How many cells of the row are non-blank (stops counting past max). */
  count(r: number, from = 0, to = this.nCols - 1, max = Infinity): number {
    let n = 0;
    for (let c = Math.max(0, from); c <= Math.min(to, this.nCols - 1) && n <= max; c++)
      if (this.text(r, c) !== "") n++;
    return n;
  }
  /** Non-blank cells of a row as [column, text]. */
  cells(r: number, from = 0, to = this.nCols - 1): [number, string][] {
    const out: [number, string][] = [];
    for (let c = Math.max(0, from); c <= Math.min(to, this.nCols - 1); c++) {
      const t = this.text(r, c);
      if (t !== "") out.push([c, t]);
    }
    return out;
  }
}
