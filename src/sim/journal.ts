import type { SimSheet } from "./book-sheets";

/** One batch's undo log and the cells and sheet it changed: a rejected batch is rolled back in reverse order. */
export class Journal {
  private readonly undos: (() => void)[] = [];
  private readonly touched = new Map<object, Set<number>>();
  /** Cells whose value was written and the sheet activated in this batch: what Excel's events report after it. */
  readonly changed: { sheet: SimSheet; row: number; col: number }[] = [];
  activated: SimSheet | null = null;

  record(undo: () => void): void {
    this.undos.push(undo);
  }

  /** True the first time a cell of a sheet is seen in this batch (snapshot once, restore once). */
  first(sheet: object, row: number, col: number): boolean {
    let set = this.touched.get(sheet);
    if (!set) this.touched.set(sheet, (set = new Set()));
    const k = row * 16_384 + col;
    if (set.has(k)) return false;
    set.add(k);
    return true;
  }

  rollback(): void {
    for (let i = this.undos.length - 1; i >= 0; i--) this.undos[i]!();
    this.undos.length = 0;
    this.changed.length = 0;
    this.activated = null;
  }
}
