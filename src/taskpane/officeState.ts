import type { Bilingual } from "../core/lang";
import type { RoadmapReport } from "../core/report";
import type { Edition } from "../core/templates/schema";
import type { Roadmap } from "../core/reader/types";
import type { Outcome } from "../excel/types";
import type { SavedTemplate } from "../core/store";
import { createCoreEngine } from "./worker/engine";
import type {
  DetectedRoadmap,
  EditionSummary,
  SheetReading,
  TemplateFromSheetResult,
  UserError,
} from "./services";

/** What the real services share between calls: the lazily loaded engine, the planner's editions, the last check. */

export type Core = typeof import("../core");
export type ExcelApi = typeof import("../excel");

/** An Excel operation that came back as { ok: false }: carries the adapter's plain-language error. */
export class ServiceError extends Error {
  constructor(readonly user: UserError) {
    super(user.debug || user.code);
    this.name = "ServiceError";
  }
}

export interface OfficeState {
  engine: ReturnType<typeof createCoreEngine>;
  /** Both modules, loaded on first use so the pane paints before the checker has been downloaded. */
  load: () => Promise<[Core, ExcelApi]>;
  /** The Excel adapter once loaded: errors are explained by it when it is there. */
  loadedExcel: () => ExcelApi | null;
  extraEditions: Edition[];
  /** Where each loaded edition came from (for saving it), and the editions saved in the workbook. */
  sources: Map<string, { kind: "sheet" | "file"; name: string }>;
  saved: Map<string, SavedTemplate>;
  /** The roadmaps of the last check, for the timeline's sheet deadlines. */
  lastRoadmaps: Map<string, Roadmap>;
  lastReports: Map<string, RoadmapReport>;
  notices: Bilingual[];
}

export function createOfficeState(options: { worker?: boolean }): OfficeState {
  const engine = createCoreEngine(options);
  let modules: Promise<[Core, ExcelApi]> | null = null;
  let loadedExcel: ExcelApi | null = null;
  const load = () =>
    (modules ??= Promise.all([
      import(/* webpackChunkName: "engine" */ "../core"),
      import(/* webpackChunkName: "engine" */ "../excel"),
    ]).then((m) => {
      loadedExcel = m[1];
      return m;
    }));
  return {
    engine,
    load,
    loadedExcel: () => loadedExcel,
    extraEditions: [],
    sources: new Map(),
    saved: new Map(),
    lastRoadmaps: new Map(),
    lastReports: new Map(),
    notices: [],
  };
}

export function unwrap<T>(st: OfficeState, o: Outcome<T>): T {
  st.notices.push(...o.notices);
  if (!o.ok) throw new ServiceError(o.error);
  return o.value;
}

function savedInfo(t: SavedTemplate): NonNullable<EditionSummary["saved"]> {
  return { at: t.savedAt, source: t.source.kind, sourceName: t.source.name };
}

/** Makes a planner's edition available to checks (replacing one of the same id). */
export function addEdition(st: OfficeState, edition: Edition): TemplateFromSheetResult {
  const i = st.extraEditions.findIndex((e) => e.id === edition.id);
  if (i >= 0) st.extraEditions.splice(i, 1);
  st.extraEditions.unshift(edition);
  return { ok: true, edition: toSummary(st, edition), itemCount: edition.items.length };
}

function toSummary(st: OfficeState, e: Edition | ReturnType<Core["listEditions"]>[number]): EditionSummary {
  return {
    id: e.id,
    programme: e.programme,
    title: e.title,
    confidence: e.confidence,
    custom: e.origin === "planner",
    generation: e.generation,
    historical: e.historical,
    // A planner's edition is summarised from its data; the hash is computed once the engine is loaded.
    ...("templateHash" in e ? { templateHash: e.templateHash } : {}),
    ...(st.saved.has(e.id) ? { saved: savedInfo(st.saved.get(e.id)!) } : {}),
  };
}

/** Takes the workbook's saved templates as the editions in effect (replacing what was saved before). */
export function adopt(st: OfficeState, core: Core, list: SavedTemplate[]): void {
  for (const id of st.saved.keys()) {
    const i = st.extraEditions.findIndex((e) => e.id === id);
    if (i >= 0 && !list.some((t) => t.id === id)) st.extraEditions.splice(i, 1);
  }
  st.saved.clear();
  for (const { edition, saved: t } of core.savedEditions({ templates: list })) {
    st.saved.set(t.id, t);
    addEdition(st, edition);
  }
}

export async function editions(st: OfficeState, core: Core): Promise<EditionSummary[]> {
  return [
    ...st.extraEditions.map((e) => toSummary(st, e)),
    ...core.listEditions().map((e) => toSummary(st, e)),
  ];
}

function detected(st: OfficeState, core: Core, r: Roadmap): DetectedRoadmap {
  const year = r.year.value;
  const forEdition = core.editionYear(year, r.documentYear);
  return {
    id: r.id,
    sheetName: r.sheetName,
    title: r.title,
    layout: r.layout,
    tableRange: r.tableRange,
    rowCount: r.rows.length,
    programme: r.programme.value,
    programmeEvidence: r.programme.evidence,
    year,
    yearEvidence: r.year.evidence,
    suggestedEditionId: core.suggestEdition(r.programme.value, forEdition, st.extraEditions),
    funding: r.funding
      ? { basis: r.funding.basis, words: r.funding.words, address: r.funding.address }
      : undefined,
    columns: r.columnRoles,
    planResponsible: r.planResponsible,
  };
}

export function reading(
  st: OfficeState,
  core: Core,
  sheetName: string,
  roadmaps: Roadmap[],
  reason: Bilingual | null,
): SheetReading {
  return { sheetName, roadmaps: roadmaps.map((r) => detected(st, core, r)), reason };
}
