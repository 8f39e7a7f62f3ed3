import { cellAddress } from "../core/grid";
import { type Rect, parseAddress, wholeSheet } from "./address";
import type { SimBook, SimSheet, Visibility } from "./book";
import type { SimEnv } from "./env";
import { SimObject, defineClass } from "./proxy";
import { SimOfficeError, invalidArgument } from "./errors";
import { type CellSet, live } from "./cells";
import { SimCommentCollection, SimNoteCollection } from "./notes";
import { SimRange, SimRangeAreas } from "./range";
import { SimEventHandlers } from "./events";
import { SimAutoFilter, SimPageLayout, SimWorksheetFreezePanes } from "./layout";

/** Worksheet, its protection and collection, and the workbook of the simulated Excel. */

// ------------------------------------------------------------------ worksheet

export class SimWorksheetProtection extends SimObject<SimSheet> {}
defineClass<SimSheet>(SimWorksheetProtection, {
  kind: "WorksheetProtection",
  navs: {},
  props: { protected: { api: "1.2", get: (s, env) => live(env, s).protected } },
});

function rangeOn(env: SimEnv, s: SimSheet, address: string | undefined): CellSet {
  live(env, s);
  if (address === undefined) return { sheet: s, rects: [wholeSheet()] };
  const p = parseAddress(address);
  if (p.sheet !== null && p.sheet.toLowerCase() !== s.name.toLowerCase()) {
    throw invalidArgument(`The address '${address}' is on another sheet.`);
  }
  return { sheet: s, rects: [p.rect] };
}

export class SimWorksheet extends SimObject<SimSheet> {
  get onChanged(): SimEventHandlers<SimSheet> {
    return new SimEventHandlers(this, "Worksheet.onChanged", (s, bus, h) => bus.onChanged(s, h));
  }
  getRange(address?: string): SimRange {
    return this._method("Worksheet.getRange", "1.1", [address], new SimRange(this.context), (s, env) =>
      rangeOn(env, s, address),
    );
  }
  getRanges(address: string): SimRangeAreas {
    return this._method(
      "Worksheet.getRanges",
      "1.9",
      [address],
      new SimRangeAreas(this.context),
      (s, env) => {
        live(env, s);
        if (typeof address !== "string" || address.length === 0)
          throw invalidArgument("getRanges needs an address.");
        // Longer strings are truncated by Excel and rejected as invalid (office-js #5198); reject them here.
        if (address.length > 8192)
          throw invalidArgument(`The address has ${address.length} characters: more than 8,192.`);
        const sep = env.limits.listSeparator;
        const other = sep === "," ? ";" : ",";
        const parts = address.split(sep);
        const rects: Rect[] = [];
        for (const part of parts) {
          if (part.includes(other))
            throw invalidArgument(`Invalid address '${part}': this Excel separates areas with '${sep}'.`);
          const p = parseAddress(part);
          if (p.sheet !== null && p.sheet.toLowerCase() !== s.name.toLowerCase())
            throw invalidArgument("An area is on another sheet.");
          rects.push(p.rect);
        }
        return { sheet: s, rects } satisfies CellSet;
      },
    );
  }
  getCell(row: number, column: number): SimRange {
    return this._method("Worksheet.getCell", "1.1", [row, column], new SimRange(this.context), (s, env) =>
      rangeOn(env, s, cellAddress(row + 1, column + 1)),
    );
  }
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._method(
      "Worksheet.getUsedRange",
      valuesOnly === undefined ? "1.1" : "1.2",
      [valuesOnly],
      new SimRange(this.context),
      (s, env) => {
        const used = env.book.usedRect(live(env, s), !!valuesOnly);
        // A blank sheet's used range is its top-left cell.
        return { sheet: s, rects: [used ?? { top: 1, left: 1, bottom: 1, right: 1 }] } satisfies CellSet;
      },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._method(
      "Worksheet.getUsedRangeOrNullObject",
      "1.4",
      [valuesOnly],
      new SimRange(this.context),
      (s, env) => {
        const used = env.book.usedRect(live(env, s), !!valuesOnly);
        if (!used) throw new SimOfficeError("ItemNotFound", "The sheet is blank.");
        return { sheet: s, rects: [used] } satisfies CellSet;
      },
      true,
    );
  }
  activate(): void {
    this._action("Worksheet.activate", "1.1", [], (s, tx, env) => env.book.setActive(live(env, s), tx));
  }
  delete(): void {
    this._action("Worksheet.delete", "1.1", [], (s, tx, env) => env.book.deleteSheet(live(env, s), tx));
  }
}
defineClass<SimSheet>(SimWorksheet, {
  kind: "Worksheet",
  navs: {
    protection: (self) => new SimWorksheetProtection(self.context, self, (p) => p as SimSheet),
    notes: (self) => new SimNoteCollection(self.context, self, (p) => ({ sheet: p as SimSheet })),
    comments: (self) => new SimCommentCollection(self.context, self, (p) => ({ sheet: p as SimSheet })),
    freezePanes: (self) => new SimWorksheetFreezePanes(self.context, self, (p) => p as SimSheet),
    autoFilter: (self) => new SimAutoFilter(self.context, self, (p) => p as SimSheet),
    pageLayout: (self) => new SimPageLayout(self.context, self, (p) => p as SimSheet),
  },
  props: {
    name: {
      get: (s, env) => live(env, s).name,
      set: (s, v, tx, env) => env.book.renameSheet(live(env, s), String(v), tx),
    },
    id: { get: (s, env) => live(env, s).id },
    position: { get: (s, env) => env.book.list().indexOf(live(env, s)) },
    visibility: {
      get: (s, env) => live(env, s).visibility,
      set: (s, v, tx, env) => env.book.setVisibility(live(env, s), v as Visibility, tx),
    },
  },
});

export class SimWorksheetCollection extends SimObject<SimBook> {
  get onActivated(): SimEventHandlers<SimBook> {
    return new SimEventHandlers(this, "WorksheetCollection.onActivated", (_b, bus, h) => bus.onActivated(h));
  }
  getActiveWorksheet(): SimWorksheet {
    return this._method(
      "WorksheetCollection.getActiveWorksheet",
      "1.1",
      [],
      new SimWorksheet(this.context),
      (b) => b.activeSheet(),
    );
  }
  getItem(key: string): SimWorksheet {
    return this._method("WorksheetCollection.getItem", "1.1", [key], new SimWorksheet(this.context), (b) => {
      const s = b.byKey(key);
      if (!s)
        throw new SimOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet '${key}'.`);
      return s;
    });
  }
  getItemOrNullObject(key: string): SimWorksheet {
    return this._method(
      "WorksheetCollection.getItemOrNullObject",
      "1.4",
      [key],
      new SimWorksheet(this.context),
      (b) => {
        const s = b.byKey(key);
        if (!s) throw new SimOfficeError("ItemNotFound", `No worksheet '${key}'.`);
        return s;
      },
      true,
    );
  }
  add(name?: string): SimWorksheet {
    return this._method(
      "WorksheetCollection.add",
      "1.1",
      [name],
      new SimWorksheet(this.context),
      (b, _env, tx) => {
        let n = name;
        if (n === undefined) for (let i = b.list().length + 1; b.byKey((n = `Sheet${i}`)); i++);
        return b.addSheet(n!, tx);
      },
    );
  }
  getCount(): { value: number } {
    return this._result("WorksheetCollection.getCount", "1.4", [], (b) => b.list().length);
  }
}
defineClass<SimBook>(SimWorksheetCollection, {
  kind: "WorksheetCollection",
  navs: {},
  props: {},
  items: (b) => (b as SimBook).list(),
  makeItem: (ctx) => new SimWorksheet(ctx),
});

// ------------------------------------------------------------------ workbook

export class SimWorkbookProtection extends SimObject<SimBook> {}
defineClass<SimBook>(SimWorkbookProtection, {
  kind: "WorkbookProtection",
  navs: {},
  props: { protected: { api: "1.7", get: (b) => b.structureProtected } },
});

export class SimWorkbook extends SimObject<SimBook> {
  getSelectedRange(): SimRange {
    return this._method("Workbook.getSelectedRange", "1.1", [], new SimRange(this.context), (b) => {
      const s = b.activeSheet();
      return {
        sheet: s,
        rects: [b.selectionOf(s) ?? { top: 1, left: 1, bottom: 1, right: 1 }],
      } satisfies CellSet;
    });
  }
}
defineClass<SimBook>(SimWorkbook, {
  kind: "Workbook",
  navs: {
    worksheets: (self) => new SimWorksheetCollection(self.context, self, (p) => p as SimBook),
    protection: (self) => new SimWorkbookProtection(self.context, self, (p) => p as SimBook),
    notes: (self) => new SimNoteCollection(self.context, self, () => ({ sheet: null })),
    comments: (self) => new SimCommentCollection(self.context, self, () => ({ sheet: null })),
  },
  props: {},
});
