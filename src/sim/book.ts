import type { Workbook } from "exceljs";
import { cellAddress } from "../core/grid";
import { SimRangeBook, type XCell } from "./book-range";
import type { SimBookOptions, SimSheet } from "./book-sheets";
import { SimOfficeError } from "./errors";
import type { Journal } from "./journal";

/** The simulated document (see book-sheets.ts); this last layer holds notes and threaded comments. */

export { Journal } from "./journal";
export { SimSheet } from "./book-sheets";
export type { SimBookOptions, Visibility } from "./book-sheets";

export interface SimComment {
  id: string;
  content: string;
  authorName: string;
  authorEmail: string;
  creationDate: Date;
}

export class SimBook extends SimRangeBook {
  private readonly comments = new Map<SimSheet, Map<string, SimComment>>();
  private nextCommentId = 1;

  constructor(wb: Workbook, opts: SimBookOptions = {}) {
    super(wb, opts);
    for (const c of opts.comments ?? []) {
      const sheet = this.byKey(c.sheet);
      if (!sheet) throw new Error(`No sheet ${c.sheet} for a seeded comment`);
      this.commentMap(sheet).set(
        c.address.toUpperCase(),
        this.newComment(c.content, c.authorName ?? "Planner"),
      );
    }
  }

  private newComment(content: string, authorName: string): SimComment {
    const n = this.nextCommentId++;
    return {
      id: `{${String(n).padStart(8, "0")}-c0de-4000-8000-000000000000}`,
      content,
      authorName,
      authorEmail: "",
      creationDate: new Date(0),
    };
  }

  commentMap(s: SimSheet): Map<string, SimComment> {
    let m = this.comments.get(s);
    if (!m) this.comments.set(s, (m = new Map()));
    return m;
  }

  setNote(s: SimSheet, row: number, col: number, text: string | undefined, tx: Journal): void {
    const cell = this.touchCell(s, row, col, tx);
    if (text === undefined) {
      const x = cell as unknown as XCell & { _value: { model?: { comment?: unknown } } };
      x._comment = undefined;
      // exceljs leaves the note in the value's cached model (set when the file was read or last saved), and would
      // write it again on save: drop it there too.
      if (x._value.model) delete x._value.model.comment;
    } else cell.note = text;
  }

  noteOf(s: SimSheet, row: number, col: number): string | null {
    const note = this.cell(s, row, col)?.note as unknown;
    if (note === undefined || note === null) return null;
    if (typeof note === "string") return note;
    const texts = (note as { texts?: { text: string }[] }).texts;
    return texts ? texts.map((t) => t.text).join("") : "";
  }

  addComment(s: SimSheet, row: number, col: number, content: string, tx: Journal): SimComment {
    const key = cellAddress(row, col);
    const map = this.commentMap(s);
    if (map.has(key))
      throw new SimOfficeError("InvalidArgument", `The cell ${key} already has a comment thread.`);
    const c = this.newComment(content, "roadmap-checker");
    map.set(key, c);
    tx.record(() => map.delete(key));
    return c;
  }

  deleteComment(s: SimSheet, key: string, tx: Journal): void {
    const map = this.commentMap(s);
    const before = map.get(key);
    if (!before) throw new SimOfficeError("ItemNotFound", `No comment at ${key}.`);
    map.delete(key);
    tx.record(() => map.set(key, before));
  }

  setCommentContent(c: SimComment, content: string, tx: Journal): void {
    const before = c.content;
    c.content = content;
    tx.record(() => {
      c.content = before;
    });
  }

  findComment(id: string): { sheet: SimSheet; key: string; comment: SimComment } | null {
    for (const [sheet, map] of this.comments) {
      if (!this.alive(sheet)) continue;
      for (const [key, comment] of map) if (comment.id === id) return { sheet, key, comment };
    }
    return null;
  }

  /** All comments of a sheet (or of every live sheet), in sheet then address order. */
  commentsOf(s: SimSheet | null): { sheet: SimSheet; key: string; comment: SimComment }[] {
    const out: { sheet: SimSheet; key: string; comment: SimComment }[] = [];
    for (const sheet of s ? [s] : this.list()) {
      for (const [key, comment] of this.commentMap(sheet)) out.push({ sheet, key, comment });
    }
    return out;
  }
}
