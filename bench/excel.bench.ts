// Syncs, queued operations, payload and simulated time for read → check → mark (and clear) through the Office.js
// adapter on the simulated Excel (Excel on the web limits), for 10 / 1,000 / 10,000-row roadmap sheets.
import ExcelJS from "exceljs";
import { buildMarkPlan, checkSheet } from "../src/core";
import { capabilities, checkAndMark, clearMarks, settleSeparator } from "../src/excel";
import { createSimulatedOffice, installSimulatedOffice } from "../src/sim";

const CHECK_DATE = "2024-09-01";
const TITLES = [
  "Утверждение должностного лица, ответственного за создание и функционирование центров «Точка роста»",
  "Согласование типового дизайн-проекта и зонирования центров",
  "Закупка оборудования для оснащения центров",
  "Повышение квалификации педагогов центров",
  "Организация набора детей, обучающихся по программам центров",
  "Открытие центров в единый день открытий",
];

const DISTRICTS = [
  "Велижский",
  "Демидовский",
  "Дорогобужский",
  "Ельнинский",
  "Кардымовский",
  "Рославльский",
  "Сафоновский",
];

/** A roadmap table the core recognises: a title line, a header, numbered rows; some cells missing, some late. */
function roadmapBook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Дорожная карта");
  ws.getCell("A1").value = "Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2024 год";
  ws.getRow(3).values = [
    "№ п/п",
    "Наименование мероприятия",
    "Ответственный",
    "Результат",
    "Срок",
    "Отметка о выполнении",
  ];
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 27) + 1).padStart(2, "0");
    const month = String((i % 3) + 10).padStart(2, "0");
    ws.getRow(i + 3).values = [
      `${i}.`,
      `${TITLES[i % TITLES.length]} (${DISTRICTS[i % DISTRICTS.length]} район, школа № ${i})`,
      i % 7 === 0 ? null : "Министерство образования",
      i % 11 === 0 ? null : "Приказ",
      `до ${day}.${month}.2024`,
      i % 2 ? "Выполнено" : null,
    ];
  }
  return wb;
}

export async function run(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const table: string[][] = [];
  const runs: [number, "OfficeOnline" | "PC"][] = [
    [10, "OfficeOnline"],
    [1000, "OfficeOnline"],
    [10_000, "OfficeOnline"],
    [10_000, "PC"],
  ];
  for (const [rows, platform] of runs) {
    const wb = roadmapBook(rows);
    const sim = createSimulatedOffice(wb, { platform });
    const uninstall = installSimulatedOffice(sim);
    try {
      // The session's first marking command on a desktop probes the list separator (one more sync, once):
      // settled here so the counts are those of every later command.
      await Excel.run(async (context) => settleSeparator(context, await capabilities()));
      sim.stats.reset();
      const started = performance.now();
      let marked = 0;
      const r = await checkAndMark({}, (read) => {
        const result = checkSheet(read.grid, { checkDate: CHECK_DATE });
        const plan = buildMarkPlan(result.reports, "ru");
        marked = plan.sheets.reduce((n, s) => n + s.fills.reduce((m, g) => m + g.cells.length, 0), 0);
        return { plan, result };
      });
      const wall = performance.now() - started;
      if (!r.ok) throw new Error(r.error.debug);
      const mark = sim.stats.snapshot();
      sim.stats.reset();
      const c = await clearMarks();
      if (!c.ok) throw new Error(c.error.debug);
      const clear = sim.stats.snapshot();
      const p = `excel.${platform === "PC" ? "desktop" : "web"}.rows_${rows}`;
      Object.assign(out, {
        [`${p}.cells_marked`]: marked,
        [`${p}.check_mark.syncs`]: mark.syncs,
        [`${p}.check_mark.operations`]: mark.operations,
        [`${p}.check_mark.max_request_kb`]: Math.round(mark.maxRequestBytes / 1024),
        [`${p}.check_mark.max_response_kb`]: Math.round(mark.maxResponseBytes / 1024),
        [`${p}.check_mark.simulated_ms`]: Math.round(mark.modelMs),
        [`${p}.check_mark.wall_ms`]: Math.round(wall),
        [`${p}.clear.syncs`]: clear.syncs,
        [`${p}.clear.operations`]: clear.operations,
        [`${p}.clear.simulated_ms`]: Math.round(clear.modelMs),
      });
      table.push([
        platform === "PC" ? "desktop" : "web",
        String(rows),
        String(marked),
        String(mark.syncs),
        String(mark.operations),
        String(Math.round(mark.maxRequestBytes / 1024)),
        String(Math.round(mark.modelMs)),
        String(Math.round(wall)),
        String(clear.syncs),
        String(clear.operations),
      ]);
    } finally {
      uninstall();
    }
  }
  const head = [
    "excel",
    "rows",
    "marked",
    "syncs",
    "ops",
    "max req KB",
    "sim ms",
    "wall ms",
    "clear syncs",
    "clear ops",
  ];
  console.log(head.join("\t"));
  for (const t of table) console.log(t.join("\t"));
  console.log(
    "sim ms: modelled time (60 ms per round trip on the web, 15 ms on desktop, + 0.02 ms per operation + 0.05 ms per KB);",
    "wall ms: the simulator plus the check on this machine. The web splits writes that would pass 5 MB.",
  );
  return out;
}
