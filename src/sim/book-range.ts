import type { Cell, DataValidation, Style } from "exceljs";
import { cellAddress } from "../core/grid";
import { type Rect, rectAddress } from "./address";
import { SimSheets, type SimSheet } from "./book-sheets";
import { invalidArgument } from "./errors";
import type { Journal } from "./journal";

/** Ranges and formats of the simulated document: values, styles, validation, sizes and merges (journaled). */

export interface XCell {
  _value: unknown;
  _comment: unknown;
  style: Partial<Style>;
}

export class SimRangeBook extends SimSheets {
  touchCell(s: SimSheet, row: number, col: number, tx: Journal): Cell {
    const cell = s.ws.getCell(row, col);
    if (tx.first(s, row, col)) {
      const x = cell as unknown as XCell;
      const saved = { v: x._value, st: x.style, c: x._comment };
      tx.record(() => {
        x._value = saved.v;
        x.style = saved.st;
        x._comment = saved.c;
      });
    }
    return cell;
  }

  /** Replaces the cell's style with a copy carrying `patch` (undefined deletes a key). */
  patchStyle(
    s: SimSheet,
    row: number,
    col: number,
    patch: Partial<Record<keyof Style, unknown>>,
    tx: Journal,
  ): void {
    const cell = this.touchCell(s, row, col, tx);
    const next: Record<string, unknown> = { ...(cell.style as Record<string, unknown>) };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete next[k];
      else next[k] = v;
    }
    (cell as unknown as XCell).style = next as Partial<Style>;
  }

  setValue(s: SimSheet, row: number, col: number, value: unknown, tx: Journal): void {
    const cell = this.touchCell(s, row, col, tx);
    if (cell.type === 1 && cell.master !== cell) return; // Excel ignores writes to the hidden cells of a merge
    cell.value = value as Cell["value"];
    tx.changed.push({ sheet: s, row, col });
  }

  setValidation(s: SimSheet, row: number, col: number, dv: DataValidation | undefined, tx: Journal): void {
    const addr = cellAddress(row, col);
    const dvs = (
      s.ws as unknown as { dataValidations: { model: Record<string, DataValidation | undefined> } }
    ).dataValidations;
    const before = dvs.model[addr];
    tx.record(() => {
      if (before) dvs.model[addr] = before;
      else delete dvs.model[addr];
    });
    if (dv) dvs.model[addr] = dv;
    else delete dvs.model[addr];
  }

  validationOf(s: SimSheet, row: number, col: number): DataValidation | undefined {
    const dvs = (
      s.ws as unknown as { dataValidations: { model: Record<string, DataValidation | undefined> } }
    ).dataValidations;
    return dvs.model[cellAddress(row, col)];
  }

  setColumnWidth(s: SimSheet, col: number, chars: number | undefined, tx: Journal): void {
    // exceljs columns and rows, not Office proxies (the office-addins lint rules cannot tell them apart).
    const columns = (n: number) => s.ws.getColumn(n) as { width?: number };
    const before = columns(col).width;
    tx.record(() => {
      columns(col).width = before;
    });
    columns(col).width = chars;
  }

  setRowHeight(s: SimSheet, row: number, points: number | undefined, tx: Journal): void {
    const rows = (n: number) => s.ws.getRow(n) as { height?: number };
    const before = rows(row).height;
    tx.record(() => {
      rows(row).height = before;
    });
    rows(row).height = points;
  }

  merge(s: SimSheet, rect: Rect, tx: Journal): void {
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) this.touchCell(s, r, c, tx);
    const addr = rectAddress(rect);
    try {
      s.ws.mergeCells(addr);
    } catch (e) {
      throw invalidArgument(`Cannot merge ${addr}: ${(e as Error).message}`);
    }
    tx.record(() => s.ws.unMergeCells(addr));
  }

  unmerge(s: SimSheet, rect: Rect, tx: Journal): void {
    for (const m of this.merges(s)) {
      if (m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right) {
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) this.touchCell(s, r, c, tx);
        const addr = rectAddress(m);
        s.ws.unMergeCells(addr);
        tx.record(() => s.ws.mergeCells(addr));
      }
    }
  }
}
