import { vi } from "vitest";
import type { Finding, RoadmapReport } from "../../src/core/report";
import type {
  AddinServices,
  CheckOutcome,
  CheckRequest,
  DetectedRoadmap,
  InsertRequest,
  PaneSettings,
  TemplateFromSheetResult,
  TemplateMeta,
  EditionSummary,
  SheetReading,
  Timeline,
} from "../../src/taskpane/services";

/** Hand-written test data shaped like seed 000 (Smolensk 2024: three programmes in one matrix). */

export const SHEET = "Дорожная карта 2024";
/** One document title over the three programme columns of the matrix, as in seed 000. */
export const DOC_TITLE =
  "ДОРОЖНАЯ КАРТА ОСНОВНЫХ МЕРОПРИЯТИЙ В РАМКАХ НАЦИОНАЛЬНОГО ПРОЕКТА «ОБРАЗОВАНИЕ» на 2024 год";

export const EDITIONS: EditionSummary[] = [
  {
    id: "kvantorium-2024",
    programme: "kvantorium",
    title: { ru: "Кванториум, форма 2023–2024", en: "Kvantorium, 2023–2024 form" },
    confidence: "reconstructed",
  },
  {
    id: "kvantorium-2021",
    programme: "kvantorium",
    title: { ru: "Кванториум, форма 2020–2021", en: "Kvantorium, 2020–2021 form" },
    confidence: "reconstructed",
  },
  {
    id: "tochka-rosta-2024",
    programme: "tochka-rosta",
    title: { ru: "Точка роста, форма 2023–2024", en: "Tochka Rosta, 2023–2024 form" },
    confidence: "confirmed",
  },
  {
    id: "cos-2024",
    programme: "cos",
    title: { ru: "ЦОС, форма 2023–2024", en: "DEE, 2023–2024 form" },
    confidence: "unknown",
  },
];

function roadmap(
  id: string,
  programme: DetectedRoadmap["programme"],
  col: string,
  title: string,
): DetectedRoadmap {
  return {
    id,
    sheetName: SHEET,
    title,
    layout: "matrix",
    tableRange: `A20:${col}40`,
    rowCount: 12,
    programme,
    programmeEvidence: [`${col}11`],
    year: 2024,
    yearEvidence: ["на 2024 год"],
    suggestedEditionId: programme === "unknown" ? null : `${programme}-2024`,
  };
}

export const READING: SheetReading = {
  sheetName: SHEET,
  roadmaps: [
    roadmap(`${SHEET}!A20#B`, "kvantorium", "B", DOC_TITLE),
    roadmap(`${SHEET}!A20#C`, "tochka-rosta", "C", DOC_TITLE),
    roadmap(`${SHEET}!A20#D`, "cos", "D", DOC_TITLE),
  ],
  reason: null,
};

export const EMPTY_READING: SheetReading = {
  sheetName: "Лист1",
  roadmaps: [],
  reason: { ru: "На листе нет строки заголовков таблицы.", en: "The sheet has no table header row." },
};

export function finding(p: Partial<Finding> & Pick<Finding, "code" | "severity">): Finding {
  return {
    sheet: SHEET,
    address: null,
    marksCell: false,
    rowIndex: null,
    itemId: null,
    itemTitle: null,
    message: { ru: `Сообщение ${p.code}`, en: `Message ${p.code}` },
    expected: null,
    actual: null,
    rule: null,
    match: null,
    ...p,
  };
}

/** The Kvantorium column: two errors (a missing item, an overdue item), two warnings, one note. */
export const KVANT_FINDINGS: Finding[] = [
  finding({
    code: "missing-item",
    severity: "error",
    address: "B25",
    marksCell: false,
    itemId: "kv-3",
    itemTitle: { ru: "Подписание соглашения о предоставлении субсидии", en: "Signing the subsidy agreement" },
    message: { ru: "Нет пункта «Подписание соглашения»", en: "Item “Signing the agreement” is missing" },
    expected: { ru: "не позднее 30 декабря 2023 года", en: "no later than 30 December 2023" },
    rule: { source: "Ленинградская обл., 3537-р", confidence: "reconstructed" },
  }),
  finding({
    code: "overdue",
    severity: "error",
    address: "B31",
    marksCell: true,
    rowIndex: 6,
    itemId: "kv-7",
    itemTitle: { ru: "Начало работы Кванториумов", en: "Kvantoriums start work" },
    message: { ru: "Срок прошёл, отметки о выполнении нет", en: "Past due with no completion mark" },
    actual: "01.09.2024",
  }),
  finding({
    code: "late-vs-template",
    severity: "warning",
    address: "B27",
    marksCell: true,
    rowIndex: 3,
    itemId: "kv-4",
    itemTitle: { ru: "Объявление закупок", en: "Announcing procurement" },
    message: { ru: "Срок позже срока шаблона", en: "Deadline later than the template's" },
    expected: { ru: "не позднее 1 марта 2024 года", en: "no later than 1 March 2024" },
    actual: "31.03.2024",
    rule: { source: "Ленинградская обл., 3537-р", confidence: "reconstructed" },
    match: { score: 0.82, terms: ["закупк", "объявлен"] },
  }),
  finding({
    code: "responsible-missing",
    severity: "warning",
    address: "B29",
    marksCell: true,
    rowIndex: 5,
    message: { ru: "Не указан ответственный", en: "No responsible party" },
  }),
  finding({
    code: "numbering-gap",
    severity: "info",
    address: "A30",
    marksCell: true,
    rowIndex: 5,
    message: { ru: "После пункта 4 идёт пункт 6", en: "Item 6 follows item 4" },
  }),
];

export function report(
  p: Partial<RoadmapReport> & Pick<RoadmapReport, "roadmapId" | "title">,
): RoadmapReport {
  const findings = p.findings ?? [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return {
    sheet: SHEET,
    layout: "matrix",
    programme: "kvantorium",
    editionId: "kvantorium-2024",
    editionTitle: EDITIONS[0]!.title,
    editionConfidence: "reconstructed",
    editionGeneration: 2024,
    templateHash: "5eed0f1c2a3b",
    targetYear: 2024,
    checkDate: "2024-10-01",
    rowsRead: 12,
    matches: [],
    byCode: {},
    verdict: counts.error > 0 ? "has-errors" : "ready",
    notes: [],
    ...p,
    findings,
    counts,
  };
}

export const KVANT_REPORT = report({
  roadmapId: READING.roadmaps[0]!.id,
  title: DOC_TITLE,
  findings: KVANT_FINDINGS,
  matches: [{ itemId: "kv-4", rowIndex: 3, address: "B27", score: 0.82, terms: ["закупк"] }],
  notes: [
    {
      ru: "Шаблон восстановлен по региональным актам: федеральный текст формы не найден.",
      en: "The template was reconstructed from regional acts: the federal text was not found.",
    },
  ],
});

export const TOCHKA_REPORT = report({
  roadmapId: READING.roadmaps[1]!.id,
  title: DOC_TITLE,
  programme: "tochka-rosta",
  editionId: "tochka-rosta-2024",
  editionTitle: EDITIONS[2]!.title,
  editionConfidence: "confirmed",
  editionGeneration: 2024,
  templateHash: "70c4a2024aaa",
  findings: [],
});

export const COS_REPORT = report({
  roadmapId: READING.roadmaps[2]!.id,
  title: DOC_TITLE,
  programme: "cos",
  editionId: "cos-2024",
  editionTitle: EDITIONS[3]!.title,
  editionConfidence: "unknown",
  editionGeneration: 2024,
  templateHash: "c05202400bbb",
  findings: [
    finding({
      code: "deadline-unreadable",
      severity: "warning",
      address: "D33",
      marksCell: true,
      message: { ru: "Срок не распознан: «в течение года»", en: "Unreadable deadline: “в течение года”" },
      actual: "в течение года",
    }),
  ],
});

export const OUTCOME: CheckOutcome = {
  reading: READING,
  reports: [KVANT_REPORT, TOCHKA_REPORT, COS_REPORT],
  markedCells: 6,
};

export const KVANT_TIMELINE: Timeline = {
  roadmapId: KVANT_REPORT.roadmapId,
  sheet: SHEET,
  year: 2024,
  checkDate: "2024-10-01",
  items: [
    {
      itemId: "kv-1",
      number: "1",
      title: { ru: "Утверждение должностного лица", en: "Appointing the official" },
      templateDue: "2023-11-30",
      templateText: null,
      sheetDue: "2023-11-30",
      sheetText: "30.11.2023",
      address: "B21",
      severity: null,
      codes: [],
    },
    {
      itemId: "kv-3",
      number: "3",
      title: { ru: "Подписание соглашения", en: "Signing the agreement" },
      templateDue: "2023-12-30",
      templateText: null,
      sheetDue: null,
      sheetText: null,
      address: null,
      severity: "error",
      codes: ["missing-item"],
    },
    {
      itemId: "kv-4",
      number: "4",
      title: { ru: "Объявление закупок", en: "Announcing procurement" },
      templateDue: "2024-03-01",
      templateText: null,
      sheetDue: "2024-03-31",
      sheetText: "31.03.2024",
      address: "B27",
      severity: "warning",
      codes: ["late-vs-template"],
    },
    {
      itemId: "kv-7",
      number: "7",
      title: { ru: "Начало работы", en: "Start of work" },
      templateDue: "2024-09-01",
      templateText: null,
      sheetDue: "2024-09-01",
      sheetText: "01.09.2024",
      address: "B31",
      severity: "error",
      codes: ["overdue"],
    },
  ],
};

export interface FakeOptions {
  reading?: SheetReading;
  outcome?: CheckOutcome;
  failOn?: Partial<Record<keyof AddinServices, unknown>>;
  /** clearMarks finds no marks. */
  nothingToClear?: boolean;
}

/** Services that answer from the data above and record every call; `failOn` makes a call reject with a value. */
export function fakeServices(opts: FakeOptions = {}) {
  const reading = opts.reading ?? READING;
  const outcome = opts.outcome ?? OUTCOME;
  const fail = (name: keyof AddinServices) => {
    if (opts.failOn && name in opts.failOn) throw opts.failOn[name];
  };
  const services = {
    readSheet: vi.fn(async (_sheet?: string) => {
      fail("readSheet");
      return reading;
    }),
    listEditions: vi.fn(async () => EDITIONS),
    suggestEdition: vi.fn(
      async (programme: string, year: number) =>
        EDITIONS.find((e) => e.programme === programme && e.id.endsWith(String(year)))?.id ??
        EDITIONS.find((e) => e.programme === programme)?.id ??
        null,
    ),
    check: vi.fn(async (_request: CheckRequest) => {
      fail("check");
      return outcome;
    }),
    clearMarks: vi.fn(async () => {
      fail("clearMarks");
      return { nothing: opts.nothingToClear ?? false };
    }),
    selectCell: vi.fn(async (_sheet: string, _address: string) => {
      fail("selectCell");
    }),
    insertTemplate: vi.fn(async (_request: InsertRequest) => {
      fail("insertTemplate");
      return "Дорожная карта 2027 — Кванториум";
    }),
    listSheets: vi.fn(async () => [SHEET, "Шаблон"]),
    templateFromSheet: vi.fn(
      async (_sheet: string, _meta: TemplateMeta): Promise<TemplateFromSheetResult> => {
        fail("templateFromSheet");
        return {
          ok: false as const,
          errors: [
            { address: "E4", message: { ru: "Нет срока", en: "No deadline" } },
            { address: null, message: { ru: "Нет столбца «Ответственный»", en: "No “Responsible” column" } },
          ],
        };
      },
    ),
    templateFromJson: vi.fn(async (fileName: string, text: string): Promise<TemplateFromSheetResult> => {
      fail("templateFromJson");
      // Enough of the real rule for the pane: a JSON object with items is an edition, anything else is refused.
      const json = JSON.parse(text) as { id?: string; items?: unknown[] };
      return json.items
        ? {
            ok: true as const,
            edition: { ...EDITIONS[0]!, id: json.id ?? fileName, programme: "it-cube", custom: true },
            itemCount: json.items.length,
          }
        : { ok: false as const, errors: [{ address: null, message: { ru: "Нет пунктов", en: "No items" } }] };
    }),
    timeline: vi.fn(async () => KVANT_TIMELINE),
    loadSettings: vi.fn(async () => ({ checkDate: "2026-11-21", disabled: [] })),
    saveSettings: vi.fn(async (_settings: PaneSettings) => {
      fail("saveSettings");
    }),
    toUserError: vi.fn((e: unknown) => ({
      // An error that carries its code (the engine's Cancelled) keeps it, as the real adapter does.
      code:
        e instanceof Object && typeof (e as { code?: unknown }).code === "string"
          ? (e as { code: string }).code
          : "ItemNotFound",
      message: {
        ru: `Лист не найден: он мог быть удалён или переименован. (${String(e)})`,
        en: `The sheet was not found: it may have been deleted or renamed. (${String(e)})`,
      },
      debug: "debugInfo: ItemNotFound at Worksheet.getItem",
    })),
  } satisfies AddinServices;
  return services;
}
