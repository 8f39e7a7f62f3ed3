import type { ConditionalFormattingOptions, PageSetup, Worksheet, WorksheetView } from "exceljs";
import { parseAddress, rectAddress } from "./address";
import type { SimSheet } from "./book";
import { type CellSet, live, single } from "./cells";
import { parseOfficeColor } from "./colors";
import { SimOfficeError, invalidArgument } from "./errors";
import { SimObject, defineClass } from "./proxy";

/**
 * Sheet layout of the simulated Excel, backed by the exceljs worksheet so a saved file shows it: freeze panes (1.7),
 * autofilter and page layout (1.9), and custom conditional formats (1.6). Only what the adapter uses is simulated.
 */

// exceljs worksheet fields the typings mark read-only or omit.
type XSheet = Worksheet & {
  views: Partial<WorksheetView>[];
  autoFilter?: string;
  pageSetup: Partial<PageSetup>;
  conditionalFormattings: ConditionalFormattingOptions[];
};

function xs(s: SimSheet): XSheet {
  return s.ws as XSheet;
}

// ------------------------------------------------------------------ freeze panes

export class SimWorksheetFreezePanes extends SimObject<SimSheet> {
  freezeRows(count?: number): void {
    this._action("WorksheetFreezePanes.freezeRows", "1.7", [count], (s, tx, env) => {
      const n = count ?? 1;
      if (!Number.isInteger(n) || n < 0) throw invalidArgument(`Invalid row count ${String(count)}`);
      const ws = xs(live(env, s));
      const before = ws.views;
      ws.views = [{ state: "frozen", xSplit: 0, ySplit: n }];
      tx.record(() => (ws.views = before));
    });
  }
}
defineClass<SimSheet>(SimWorksheetFreezePanes, { kind: "WorksheetFreezePanes", navs: {}, props: {} });

// ------------------------------------------------------------------ autofilter

function rangeOnSheet(s: SimSheet, range: unknown): string {
  if (typeof range === "string") {
    const p = parseAddress(range);
    if (p.sheet !== null && p.sheet.toLowerCase() !== s.name.toLowerCase())
      throw invalidArgument("The range is on another sheet.");
    return rectAddress(p.rect);
  }
  if (range instanceof SimObject) {
    const t = range._require("AutoFilter.apply") as CellSet;
    if (t.sheet !== s) throw invalidArgument("The range is on another sheet.");
    return rectAddress(single(t));
  }
  throw invalidArgument("AutoFilter.apply needs a range or an address.");
}

export class SimAutoFilter extends SimObject<SimSheet> {
  apply(range: unknown, columnIndex?: number, criteria?: unknown): void {
    if (columnIndex !== undefined || criteria !== undefined)
      throw new SimOfficeError("NotImplemented", "simulator: filter criteria are not simulated");
    this._action("AutoFilter.apply", "1.9", [], (s, tx, env) => {
      const ws = xs(live(env, s));
      const before = ws.autoFilter;
      ws.autoFilter = rangeOnSheet(s, range);
      tx.record(() => (ws.autoFilter = before));
    });
  }
}
defineClass<SimSheet>(SimAutoFilter, {
  kind: "AutoFilter",
  navs: {},
  props: { enabled: { api: "1.9", get: (s, env) => !!xs(live(env, s)).autoFilter } },
});

// ------------------------------------------------------------------ page layout

function patchSetup(s: SimSheet, patch: Partial<PageSetup>, tx: { record(u: () => void): void }): void {
  const ws = xs(s);
  const before = { ...ws.pageSetup };
  ws.pageSetup = { ...ws.pageSetup, ...patch };
  tx.record(() => (ws.pageSetup = before));
}

export class SimPageLayout extends SimObject<SimSheet> {
  setPrintTitleRows(rows: string): void {
    this._action("PageLayout.setPrintTitleRows", "1.9", [rows], (s, tx, env) => {
      // The range must span entire rows: "$3:$3" or "3:4".
      const m = /^\$?(\d+):\$?(\d+)$/.exec(String(rows));
      if (!m) throw invalidArgument(`'${String(rows)}' is not a range of whole rows.`);
      patchSetup(live(env, s), { printTitlesRow: `${m[1]}:${m[2]}` }, tx);
    });
  }
}
defineClass<SimSheet>(SimPageLayout, {
  kind: "PageLayout",
  navs: {},
  props: {
    orientation: {
      api: "1.9",
      get: (s, env) => (xs(live(env, s)).pageSetup.orientation === "landscape" ? "Landscape" : "Portrait"),
      set: (s, v, tx, env) => {
        if (v !== "Landscape" && v !== "Portrait") throw invalidArgument(`Invalid orientation ${String(v)}`);
        patchSetup(live(env, s), { orientation: v === "Landscape" ? "landscape" : "portrait" }, tx);
      },
    },
    zoom: {
      api: "1.9",
      get: (s, env) => {
        const p = xs(live(env, s)).pageSetup;
        return p.fitToPage
          ? { horizontalFitToPages: p.fitToWidth ?? 1, verticalFitToPages: p.fitToHeight ?? 1 }
          : { scale: p.scale ?? 100 };
      },
      set: (s, v, tx, env) => {
        const z = v as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
        if (!z || typeof z !== "object") throw invalidArgument("Invalid zoom options.");
        const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
        if (fit && z.scale !== undefined)
          throw invalidArgument("Zoom takes a scale or pages to fit, not both.");
        patchSetup(
          live(env, s),
          fit
            ? {
                fitToPage: true,
                fitToWidth: z.horizontalFitToPages ?? 0,
                fitToHeight: z.verticalFitToPages ?? 0,
              }
            : { fitToPage: false, scale: z.scale ?? 100 },
          tx,
        );
      },
    },
  },
});

// ------------------------------------------------------------------ conditional formats

interface CfTarget {
  sheet: SimSheet;
  cf: ConditionalFormattingOptions;
}

type ExpressionRule = { formulae: string[]; style: Record<string, unknown> };
const ruleOf = (t: CfTarget) => t.cf.rules[0] as unknown as ExpressionRule;

export class SimConditionalRangeFill extends SimObject<CfTarget> {}
defineClass<CfTarget>(SimConditionalRangeFill, {
  kind: "ConditionalRangeFill",
  navs: {},
  props: {
    color: {
      api: "1.6",
      set: (t, v) => {
        // A conditional format's solid fill is the dxf's background colour.
        ruleOf(t).style.fill = {
          type: "pattern",
          pattern: "solid",
          bgColor: { argb: `FF${parseOfficeColor(v)}` },
        };
      },
    },
  },
});

export class SimConditionalRangeFont extends SimObject<CfTarget> {}
defineClass<CfTarget>(SimConditionalRangeFont, {
  kind: "ConditionalRangeFont",
  navs: {},
  props: {
    color: {
      api: "1.6",
      set: (t, v) => {
        ruleOf(t).style.font = { color: { argb: `FF${parseOfficeColor(v)}` } };
      },
    },
  },
});

export class SimConditionalRangeFormat extends SimObject<CfTarget> {}
defineClass<CfTarget>(SimConditionalRangeFormat, {
  kind: "ConditionalRangeFormat",
  navs: {
    fill: (self) => new SimConditionalRangeFill(self.context, self, (p) => p as CfTarget),
    font: (self) => new SimConditionalRangeFont(self.context, self, (p) => p as CfTarget),
  },
  props: {},
});

export class SimConditionalFormatRule extends SimObject<CfTarget> {}
defineClass<CfTarget>(SimConditionalFormatRule, {
  kind: "ConditionalFormatRule",
  navs: {},
  props: {
    formula: {
      api: "1.6",
      get: (t) => `=${ruleOf(t).formulae[0] ?? ""}`,
      set: (t, v) => {
        if (typeof v !== "string" || !v.startsWith("="))
          throw invalidArgument(`A conditional format formula starts with '=': ${JSON.stringify(v)}`);
        // The file keeps the formula without its '='.
        ruleOf(t).formulae = [v.slice(1)];
      },
    },
  },
});

export class SimCustomConditionalFormat extends SimObject<CfTarget> {}
defineClass<CfTarget>(SimCustomConditionalFormat, {
  kind: "CustomConditionalFormat",
  navs: {
    rule: (self) => new SimConditionalFormatRule(self.context, self, (p) => p as CfTarget),
    format: (self) => new SimConditionalRangeFormat(self.context, self, (p) => p as CfTarget),
  },
  props: {},
});

export class SimConditionalFormat extends SimObject<CfTarget> {}
defineClass<CfTarget>(SimConditionalFormat, {
  kind: "ConditionalFormat",
  navs: { custom: (self) => new SimCustomConditionalFormat(self.context, self, (p) => p as CfTarget) },
  props: {
    type: { api: "1.6", get: () => "Custom" },
    priority: { api: "1.6", get: (t) => t.cf.rules[0]?.priority ?? 0 },
  },
});

export class SimConditionalFormatCollection extends SimObject<CellSet> {
  add(type: string): SimConditionalFormat {
    return this._method(
      "ConditionalFormatCollection.add",
      "1.6",
      [type],
      new SimConditionalFormat(this.context),
      (t, env, tx) => {
        if (type !== "Custom")
          throw new SimOfficeError("NotImplemented", `simulator: conditional format type ${type}`);
        const ws = xs(live(env, t.sheet));
        const list = (ws.conditionalFormattings ??= []);
        const cf: ConditionalFormattingOptions = {
          ref: rectAddress(single(t)),
          rules: [{ type: "expression", priority: list.length + 1, formulae: [], style: {} }],
        };
        list.push(cf);
        tx.record(() => list.splice(list.indexOf(cf), 1));
        return { sheet: t.sheet, cf } satisfies CfTarget;
      },
    );
  }
}
defineClass<CellSet>(SimConditionalFormatCollection, {
  kind: "ConditionalFormatCollection",
  navs: {},
  props: {},
});
