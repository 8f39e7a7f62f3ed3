import { cellAddress } from "../core/grid";
import { parseAddress, rectCells, wholeSheet } from "./address";
import type { SimComment, SimSheet } from "./book";
import type { SimEnv } from "./env";
import { SimObject, defineClass } from "./proxy";
import { SimOfficeError, invalidArgument } from "./errors";
import { type CellSet, live, single } from "./cells";
import { SimRange } from "./range";

/** Notes (ExcelApi 1.18) and threaded comments (1.10) in the simulated Excel. */

// ------------------------------------------------------------------ notes (ExcelApi 1.18) and comments (1.10)

interface NoteTarget {
  sheet: SimSheet;
  row: number;
  col: number;
}
interface NotesOwner {
  sheet: SimSheet | null;
}

function cellRef(env: SimEnv, owner: NotesOwner, address: unknown): NoteTarget {
  let sheet = owner.sheet;
  if (address instanceof SimRange) {
    const t = address._require("cell address");
    const r = single(t);
    if (rectCells(r) !== 1)
      throw new SimOfficeError("InvalidArgument", "InvalidCellAddress: the range is not a single cell.");
    return { sheet: t.sheet, row: r.top, col: r.left };
  }
  if (typeof address !== "string") throw invalidArgument("InvalidCellAddress");
  const parsed = parseAddress(address);
  if (parsed.sheet !== null) {
    const s = env.book.byKey(parsed.sheet);
    if (!s) throw new SimOfficeError("ItemNotFound", `No sheet '${parsed.sheet}'.`);
    if (sheet && s !== sheet) throw invalidArgument("InvalidCellAddress: the cell is on another sheet.");
    sheet = s;
  }
  if (!sheet) throw invalidArgument("InvalidCellAddress: a workbook-level address needs a sheet name.");
  if (rectCells(parsed.rect) !== 1)
    throw new SimOfficeError("InvalidArgument", "InvalidCellAddress: not a single cell.");
  return { sheet: live(env, sheet), row: parsed.rect.top, col: parsed.rect.left };
}

export class SimNote extends SimObject<NoteTarget> {
  delete(): void {
    this._action("Note.delete", "1.18", [], (t, tx, env) => {
      if (env.book.noteOf(t.sheet, t.row, t.col) === null)
        throw new SimOfficeError("ItemNotFound", "The note no longer exists.");
      env.book.checkCellsWritable(t.sheet);
      env.book.setNote(t.sheet, t.row, t.col, undefined, tx);
    });
  }
  getLocation(): SimRange {
    return this._method("Note.getLocation", "1.18", [], new SimRange(this.context), (t) => ({
      sheet: t.sheet,
      rects: [{ top: t.row, left: t.col, bottom: t.row, right: t.col }],
    }));
  }
}
function noteText(env: SimEnv, t: NoteTarget): string {
  const v = env.book.noteOf(live(env, t.sheet), t.row, t.col);
  if (v === null) throw new SimOfficeError("ItemNotFound", "The note no longer exists.");
  return v;
}
defineClass<NoteTarget>(SimNote, {
  kind: "Note",
  navs: {},
  props: {
    content: {
      api: "1.18",
      get: (t, env) => noteText(env, t),
      set: (t, v, tx, env) => {
        noteText(env, t);
        env.book.checkCellsWritable(t.sheet);
        env.book.setNote(t.sheet, t.row, t.col, String(v), tx);
      },
    },
    authorName: { api: "1.18", get: () => "" },
  },
});

export class SimNoteCollection extends SimObject<NotesOwner> {
  add(cellAddress: unknown, content: unknown): SimNote {
    return this._method(
      "NoteCollection.add",
      "1.18",
      [cellAddress instanceof SimRange ? "range" : cellAddress, content],
      new SimNote(this.context),
      (o, env, tx) => {
        const t = cellRef(env, o, cellAddress);
        if (env.book.noteOf(t.sheet, t.row, t.col) !== null) {
          throw new SimOfficeError("InvalidArgument", `The cell ${cellAddress} already has a note.`);
        }
        env.book.checkCellsWritable(t.sheet);
        env.book.setNote(t.sheet, t.row, t.col, String(content), tx);
        return t;
      },
    );
  }
  getItem(key: string): SimNote {
    return this._method("NoteCollection.getItem", "1.18", [key], new SimNote(this.context), (o, env) => {
      const t = cellRef(env, o, key);
      if (env.book.noteOf(t.sheet, t.row, t.col) === null)
        throw new SimOfficeError("ItemNotFound", `No note at ${key}.`);
      return t;
    });
  }
  getItemOrNullObject(key: string): SimNote {
    return this._method(
      "NoteCollection.getItemOrNullObject",
      "1.18",
      [key],
      new SimNote(this.context),
      (o, env) => {
        const t = cellRef(env, o, key);
        if (env.book.noteOf(t.sheet, t.row, t.col) === null)
          throw new SimOfficeError("ItemNotFound", `No note at ${key}.`);
        return t;
      },
      true,
    );
  }
  getCount(): { value: number } {
    return this._result("NoteCollection.getCount", "1.18", [], (o, env) => notesOf(env, o).length);
  }
}
function notesOf(env: SimEnv, o: NotesOwner): NoteTarget[] {
  const out: NoteTarget[] = [];
  for (const sheet of o.sheet ? [o.sheet] : env.book.list()) {
    env.book.eachCell(sheet, wholeSheet(), (cell, row, col) => {
      if (cell.note !== undefined && env.book.noteOf(sheet, row, col) !== null) out.push({ sheet, row, col });
    });
  }
  return out;
}
defineClass<NotesOwner>(SimNoteCollection, {
  kind: "NoteCollection",
  navs: {},
  props: {},
  items: (t, env) => notesOf(env, t as NotesOwner),
  makeItem: (ctx) => new SimNote(ctx),
});

interface CommentTarget {
  id: string;
}
function commentOf(env: SimEnv, t: CommentTarget): { sheet: SimSheet; key: string; comment: SimComment } {
  const found = env.book.findComment(t.id);
  if (!found) throw new SimOfficeError("ItemNotFound", "The comment no longer exists.");
  return found;
}

export class SimComment_ extends SimObject<CommentTarget> {
  delete(): void {
    this._action("Comment.delete", "1.10", [], (t, tx, env) => {
      const f = commentOf(env, t);
      env.book.checkCellsWritable(f.sheet);
      env.book.deleteComment(f.sheet, f.key, tx);
    });
  }
  getLocation(): SimRange {
    return this._method("Comment.getLocation", "1.10", [], new SimRange(this.context), (t, env) => {
      const f = commentOf(env, t);
      const { rect } = parseAddress(f.key);
      return { sheet: f.sheet, rects: [rect] } satisfies CellSet;
    });
  }
}
defineClass<CommentTarget>(SimComment_, {
  kind: "Comment",
  navs: {},
  props: {
    id: { api: "1.10", get: (t, env) => commentOf(env, t).comment.id },
    content: {
      api: "1.10",
      get: (t, env) => commentOf(env, t).comment.content,
      set: (t, v, tx, env) => {
        const f = commentOf(env, t);
        env.book.checkCellsWritable(f.sheet);
        env.book.setCommentContent(f.comment, String(v), tx);
      },
    },
    authorName: { api: "1.10", get: (t, env) => commentOf(env, t).comment.authorName },
    authorEmail: { api: "1.10", get: (t, env) => commentOf(env, t).comment.authorEmail },
  },
});

export class SimCommentCollection extends SimObject<NotesOwner> {
  add(cellAddress: unknown, content: unknown): SimComment_ {
    return this._method(
      "CommentCollection.add",
      "1.10",
      [cellAddress instanceof SimRange ? "range" : cellAddress, content],
      new SimComment_(this.context),
      (o, env, tx) => {
        if (typeof content !== "string")
          throw new SimOfficeError("NotImplemented", "simulator: only plain-text comments");
        const t = cellRef(env, o, cellAddress);
        env.book.checkCellsWritable(t.sheet);
        return { id: env.book.addComment(t.sheet, t.row, t.col, content, tx).id } satisfies CommentTarget;
      },
    );
  }
  getItem(commentId: string): SimComment_ {
    return this._method(
      "CommentCollection.getItem",
      "1.10",
      [commentId],
      new SimComment_(this.context),
      (_o, env) => {
        commentOf(env, { id: commentId });
        return { id: commentId };
      },
    );
  }
  getItemOrNullObject(commentId: string): SimComment_ {
    return this._method(
      "CommentCollection.getItemOrNullObject",
      "1.14",
      [commentId],
      new SimComment_(this.context),
      (_o, env) => {
        commentOf(env, { id: commentId });
        return { id: commentId };
      },
      true,
    );
  }
  getItemByCell(cellAddress: unknown): SimComment_ {
    return this._method(
      "CommentCollection.getItemByCell",
      "1.10",
      [cellAddress instanceof SimRange ? "range" : cellAddress],
      new SimComment_(this.context),
      (o, env) => {
        const t = cellRef(env, o, cellAddress);
        const c = env.book.commentMap(t.sheet).get(cellAddress_(t));
        if (!c) throw new SimOfficeError("ItemNotFound", `No comment at ${cellAddress_(t)}.`);
        return { id: c.id };
      },
    );
  }
  getCount(): { value: number } {
    return this._result(
      "CommentCollection.getCount",
      "1.10",
      [],
      (o, env) => env.book.commentsOf(o.sheet).length,
    );
  }
}
function cellAddress_(t: NoteTarget): string {
  return cellAddress(t.row, t.col);
}
defineClass<NotesOwner>(SimCommentCollection, {
  kind: "CommentCollection",
  navs: {},
  props: {},
  items: (t, env) => env.book.commentsOf((t as NotesOwner).sheet).map((c) => ({ id: c.comment.id })),
  makeItem: (ctx) => new SimComment_(ctx),
});
