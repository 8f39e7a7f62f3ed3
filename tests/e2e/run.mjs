// Browser tests of the task pane in the demo harness. Build it first (CI does):
//   npx webpack --mode production --env demo
// Then: npm run test:e2e. Serves dist-demo/ on 127.0.0.1, drives Debian's /usr/bin/chromium with playwright-core,
// compares what the pane and the drawn workbook show with the core's own report computed here in Node, saves
// screenshots to test-results/screenshots/, and fails if any request leaves the machine.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { register } from "tsx/esm/api";
import { serveStatic } from "./server.mjs";
import {
  describeCheck,
  findingsDom,
  gridSnapshot,
  timedCheck as timedCheckAt,
  writeBigWorkbook,
} from "./responsiveness.mjs";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const DEMO = join(root, "dist-demo");
const SHOTS = join(root, "test-results", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);

/** The counts for `npm run test:all`, which reads this file rather than piping our output (a pipe can outlive us). */
function writeE2eCounts(passed, failed) {
  mkdirSync(join(root, "test-results"), { recursive: true });
  writeFileSync(join(root, "test-results", "e2e.json"), JSON.stringify({ passed, failed }) + "\n");
}

if (!existsSync(join(DEMO, "index.html"))) {
  console.error("dist-demo/ is missing: run `npx webpack --mode production --env demo` first.");
  console.log("e2e: 0 passed, 1 failed");
  writeE2eCounts(0, 1);
  process.exit(1);
}

// The core and the CLI's xlsx reader, straight from the TypeScript sources: the expected side of every comparison.
register();
const core = await import("../../src/core/index.ts");
const { worksheetToGrid } = await import("../../src/cli/xlsx-grid.ts");
const { templateWorkbook } = await import("../../src/cli/template-book.ts");
const { FIXTURES } = await import("../fixtures/index.ts");
const { catalogs } = await import("../../src/taskpane/i18n.ts");
const ExcelJS = (await import("exceljs")).default;

const results = [];
/** `E2E_ONLY=words` runs only the tests whose name contains them (a quicker loop while working on one part). */
const ONLY = process.env.E2E_ONLY ?? "";
/** axe-core's violation counts (nodes) per audited pane state, for the closing summary. */
const axeTotals = [];
async function test(name, fn) {
  if (ONLY && !name.includes(ONLY)) return;
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: e });
    console.log(
      `  FAIL ${name}\n       ${String(e?.stack ?? e)
        .split("\n")
        .slice(0, 6)
        .join("\n       ")}`,
    );
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function assertSameList(actual, expected, what) {
  const a = [...actual].sort();
  const e = [...expected].sort();
  const missing = e.filter((x) => !a.includes(x));
  const extra = a.filter((x) => !e.includes(x));
  assert(
    a.length === e.length && missing.length === 0 && extra.length === 0,
    `${what}: ${a.length} shown vs ${e.length} expected; missing ${JSON.stringify(missing.slice(0, 8))}; extra ${JSON.stringify(extra.slice(0, 8))}`,
  );
}

function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const findingKey = (f) => `${f.code}|${f.severity}|${f.address ?? ""}`;

async function domFindings(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("[data-testid=pane] li[data-finding-code]")].map((li) => ({
      code: li.dataset.findingCode,
      severity: li.dataset.severity,
      sheet: li.dataset.sheet,
      address: li.dataset.address || null,
      jumps: li.querySelector(":scope > button") !== null,
    })),
  );
}

async function summaryCounts(page) {
  return page.evaluate(() => {
    const n = (s) =>
      Number(/(\d+)/.exec(document.querySelector(`[data-count=${s}]`)?.textContent ?? "")?.[1] ?? NaN);
    return { error: n("error"), warning: n("warning"), info: n("info") };
  });
}

async function waitForVersionAbove(page, version) {
  await page.waitForFunction(
    (v) => Number(document.querySelector("table[data-sheet]")?.dataset.version) > v,
    version,
  );
}

/** The pane as the planner sees it (its visible 360 × 850 px), optionally scrolled to an element; or the whole page. */
async function shot(page, name, { whole = false, scrollTo = null } = {}) {
  const path = join(SHOTS, `${name}.png`);
  const aside = page.getByTestId("pane");
  await aside.evaluate((el, selector) => {
    const target = selector ? el.querySelector(selector) : null;
    el.scrollTop = target
      ? target.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop - 110
      : 0;
  }, scrollTo);
  if (whole) await page.screenshot({ path });
  else await aside.screenshot({ path });
  return path;
}

/** The expected reports for a fixture's sheet: the CLI's exceljs reading + core.checkSheet, as the add-in defaults. */
async function expectedFor(fixture, checkDate) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(root, "tests/fixtures", fixture.file));
  const grid = worksheetToGrid(wb.getWorksheet(fixture.sheet));
  const result = core.checkSheet(grid, { checkDate });
  const plan = core.buildMarkPlan(result.reports, "ru");
  return { result, plan };
}

/** What «Вставить шаблон» should produce, checked the CLI's way: the same plan written by exceljs, then read back. */
function expectedTemplateCheck(editionId, year, checkDate) {
  const plan = core.templateSheetFor(editionId, year, "ru");
  const wb = templateWorkbook(plan);
  const grid = worksheetToGrid(wb.getWorksheet(plan.sheetName));
  return core.checkSheet(grid, { checkDate });
}

/**
 * A workbook the browser tests write themselves: an IT-куб roadmap for 2025 (no federal template exists) with
 * item 3 left out, and beside it the planner's own template sheet with deadlines written relative to year Y.
 */
const IT_CUBE = (() => {
  const file = "it-cube-2025-with-template.xlsx";
  const templateSheet = "Шаблон IT-куб";
  const RK = "Региональный координатор";
  const header = ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
  const items = [
    [
      "Утверждён комплекс мер (дорожная карта) по созданию и функционированию центра «IT-куб»",
      "Распорядительный акт",
      "27 ноября года, предшествующего году Y",
      "27.11.2024",
    ],
    [
      "Сформирован и согласован инфраструктурный лист центра",
      "Письмо федерального оператора",
      "согласно графику, направляемому федеральным оператором",
      "согласно графику, направляемому федеральным оператором",
    ],
    [
      "Объявлены закупки оборудования для центра «IT-куб»",
      "Извещения о проведении закупок",
      "до 1 марта года Y",
      null,
    ],
    [
      "Проведено повышение квалификации педагогов центра",
      "Удостоверения о повышении квалификации",
      "в течение года Y",
      "в течение 2025 года",
    ],
    ["Начало работы центра «IT-куб»", "Информация в СМИ", "1 сентября года Y", "1 сентября 2025 года"],
  ];
  const book = () => {
    const wb = new ExcelJS.Workbook();
    const roadmap = wb.addWorksheet("Дорожная карта 2025");
    roadmap.addRow([
      "Комплекс мер (дорожная карта) по созданию и функционированию центров «IT-куб» на 2025 год",
    ]);
    roadmap.addRow([]);
    roadmap.addRow(header);
    let n = 0;
    for (const [title, result, , dated] of items)
      if (dated !== null) roadmap.addRow([String(++n), title, RK, result, dated]);
    const template = wb.addWorksheet(templateSheet);
    template.addRow(["Комплекс мер (дорожная карта) по созданию центров «IT-куб» на год Y"]);
    template.addRow([]);
    template.addRow(header);
    items.forEach(([title, result, rule], i) => template.addRow([String(i + 1), title, RK, result, rule]));
    return wb;
  };
  const edition = () => {
    const parsed = core.parseTemplateGrid(worksheetToGrid(book().getWorksheet(templateSheet)), {
      programme: "it-cube",
      year: 2025,
      name: templateSheet,
    });
    if (!parsed.ok)
      throw new Error(`the planner's template does not parse: ${JSON.stringify(parsed.errors)}`);
    return parsed.edition;
  };
  const check = (ed) => {
    const grid = worksheetToGrid(book().getWorksheet("Дорожная карта 2025"));
    const ids = core.readRoadmaps(grid).roadmaps.map((r) => r.id);
    const overrides = Object.fromEntries(ids.map((id) => [id, { editionId: ed.id }]));
    return core.checkSheet(grid, { checkDate, overrides, extraEditions: [ed] });
  };
  return { file, templateSheet, book, edition, check };
})();

const checkDate = todayIso();
rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });
const generated = mkdtempSync(join(tmpdir(), "roadmap-e2e-books-"));
await IT_CUBE.book().xlsx.writeFile(join(generated, IT_CUBE.file));
/** The issue's 3,000-row roadmap: the benchmark's consolidated regional sheet (bench/sheets.ts), as a workbook. */
const BIG_ROWS = 3000;
const BIG = await writeBigWorkbook(generated, BIG_ROWS);

const server = await serveStatic(DEMO, 0, { "/workbooks/e2e/": generated });
const profile = mkdtempSync(join(tmpdir(), "roadmap-e2e-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1360, height: 900 },
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const requests = [];
const blocked = [];
const pageErrors = [];
context.on("request", (r) => requests.push(r.url()));
const page = context.pages()[0] ?? (await context.newPage());
page.on("console", (m) => {
  if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
});
page.on("pageerror", (e) => pageErrors.push(e.message));
const pane = page.getByTestId("pane");

try {
  for (const fixture of FIXTURES) {
    const name = fixture.file.replace(/\.xlsx$/, "");
    console.log(`\n${fixture.file}`);
    const { result, plan } = await expectedFor(fixture, checkDate);
    let before = null;

    await test(`${name}: on open the roadmaps are listed`, async () => {
      await page.goto(`${server.url}/?wb=fixtures/${fixture.file}`);
      await page.waitForSelector("table[data-sheet]");
      await pane.locator("[data-roadmap-id]").first().waitFor();
      // The matrix of seed 000 holds three roadmaps: all are listed.
      const n = await pane.locator("[data-roadmap-id]").count();
      assert(n === result.roadmaps.length, `${n} roadmaps listed, the core reads ${result.roadmaps.length}`);
      before = await gridSnapshot(page);
      assert(before.sheet === fixture.sheet, `the grid shows ${before.sheet}, expected ${fixture.sheet}`);
      await shot(page, `${name}-1-opened`);
    });

    await test(`${name}: «Проверить» shows the core's findings and marks the same cells`, async () => {
      await pane.getByRole("button", { name: "Проверить", exact: true }).click();
      await pane.locator("[data-verdict]").waitFor();
      await waitForVersionAbove(page, before.version);
      const expected = result.reports.flatMap((r) => r.findings);
      const shown = await domFindings(page);
      assertSameList(shown.map(findingKey), expected.map(findingKey), "findings");
      const counts = await summaryCounts(page);
      const total = { error: 0, warning: 0, info: 0 };
      for (const r of result.reports) for (const s of ["error", "warning", "info"]) total[s] += r.counts[s];
      assert(
        JSON.stringify(counts) === JSON.stringify(total),
        `counts ${JSON.stringify(counts)} vs ${JSON.stringify(total)}`,
      );
      const verdict = await pane.locator("[data-verdict]").getAttribute("data-verdict");
      assert(
        verdict === (total.error > 0 ? "has-errors" : "ready"),
        `verdict ${verdict} with ${total.error} errors`,
      );

      const after = await gridSnapshot(page);
      assert(after.sheet === fixture.sheet, `after the check the grid shows ${after.sheet}`);
      const planned = new Map();
      for (const g of plan.sheets.find((s) => s.sheet === fixture.sheet)?.fills ?? []) {
        for (const c of g.cells) planned.set(c, g.color.toUpperCase());
      }
      const wrong = [];
      for (const [address, color] of planned) {
        if (after.fills[address] !== color)
          wrong.push(`${address}: ${after.fills[address] ?? "not drawn"} ≠ ${color}`);
      }
      for (const [address, fill] of Object.entries(after.fills)) {
        if (!planned.has(address) && fill !== (before.fills[address] ?? ""))
          wrong.push(`${address}: unplanned ${fill}`);
      }
      assert(wrong.length === 0, `marked cells differ from the mark plan: ${wrong.slice(0, 8).join("; ")}`);
      assert(
        planned.size === 0 || Object.values(after.fills).some((f) => f !== ""),
        "no cell drawn with a fill",
      );
      console.log(
        `       ${shown.length} findings (${total.error} errors, ${total.warning} warnings, ${total.info} notes), ${planned.size} cells marked`,
      );
      await shot(page, `${name}-2-checked`);
      await shot(page, `${name}-2-checked-findings`, { scrollTo: "[data-report]" });
      await shot(page, `${name}-2-checked-finding-details`, { scrollTo: "[data-group]" });
      if (fixture.seed === "002") await shot(page, `${name}-2-checked-page`, { whole: true });
    });

    await test(`${name}: a click on a finding selects its cell`, async () => {
      const shown = await domFindings(page);
      const target = shown.find((f) => f.jumps && f.sheet === fixture.sheet && f.address);
      assert(target, "no finding with a cell to jump to");
      const v = (await gridSnapshot(page)).version;
      await pane
        .locator(`li[data-finding-code="${target.code}"][data-address="${target.address}"] > button`)
        .first()
        .click();
      await waitForVersionAbove(page, v);
      const snap = await gridSnapshot(page);
      assert(snap.sheet === target.sheet, `selection went to sheet ${snap.sheet}`);
      assert(
        snap.selected.length === 1 && snap.selected[0] === target.address,
        `selected ${JSON.stringify(snap.selected)}, expected ${target.address}`,
      );
      await shot(page, `${name}-3-finding-selected`, { whole: true });
    });

    await test(`${name}: «Шкала» draws the template items of the checked roadmap`, async () => {
      const report = result.reports.find((r) => r.targetYear !== null && r.editionId !== null);
      await pane.getByRole("tab", { name: "Шкала" }).click();
      if (!report) {
        await pane
          .getByText(/Год плана не определён|нет пунктов|после проверки/)
          .first()
          .waitFor();
      } else {
        const svg = pane.locator("svg[data-testid=timeline]");
        await svg.waitFor();
        const rows = await svg.locator("g[data-item]").count();
        const first = result.reports.find((r) => r.targetYear !== null) ?? result.reports[0];
        const edition = core.getEdition(first.editionId);
        assert(
          edition && rows === edition.items.length,
          `${rows} timeline rows, edition has ${edition?.items.length}`,
        );
      }
      await shot(page, `${name}-4-timeline`);
      await pane.getByRole("tab", { name: "Проверка" }).click();
    });

    await test(`${name}: «Снять отметки» restores every fill`, async () => {
      const v = (await gridSnapshot(page)).version;
      await pane.getByRole("button", { name: "Снять отметки", exact: true }).click();
      await pane.getByText("Отметки сняты.").waitFor();
      await waitForVersionAbove(page, v);
      const snap = await gridSnapshot(page);
      const wrong = Object.entries(snap.fills).filter(([a, f]) => f !== (before.fills[a] ?? ""));
      assert(wrong.length === 0, `fills left: ${JSON.stringify(wrong.slice(0, 8))}`);
      const tabs = await page.locator("[data-sheet-tab]").allTextContents();
      assert(!tabs.includes(core.REPORT_SHEET_NAME), `the report sheet is still there: ${tabs.join(", ")}`);
      await shot(page, `${name}-5-cleared`);
    });

    await test(`${name}: «Вставить шаблон» 2027 adds a sheet whose check is clean`, async () => {
      const programme = fixture.programmes[0];
      const editionId = core.suggestEdition(programme, 2027);
      assert(editionId, `no edition for ${programme}`);
      const expected = expectedTemplateCheck(editionId, 2027, checkDate);
      const tabsBefore = await page.locator("[data-sheet-tab]").allTextContents();
      await pane.getByRole("tab", { name: "Шаблон" }).click();
      const form = pane.getByRole("region", { name: "Новый лист по шаблону" });
      await form.getByRole("combobox", { name: "Программа" }).selectOption(programme);
      const year = await form.getByRole("spinbutton", { name: "Год плана" }).inputValue();
      assert(year === "2027", `the year defaults to ${year}`);
      await form.getByRole("button", { name: "Вставить шаблон" }).click();
      await pane.getByText(/^Вставлен лист «/).waitFor({ timeout: 20_000 });
      await pane.locator("[data-verdict]").waitFor();
      const tabsAfter = await page.locator("[data-sheet-tab]").allTextContents();
      const added = tabsAfter.filter((t) => !tabsBefore.includes(t) && t !== core.REPORT_SHEET_NAME);
      assert(added.length >= 1, `no new sheet tab (${tabsAfter.join(", ")})`);
      const shown = await domFindings(page);
      assert(
        !shown.some((f) => f.severity === "error"),
        `errors on the new sheet: ${shown.map(findingKey).join(", ")}`,
      );
      assert(
        (await pane.locator("[data-verdict]").getAttribute("data-verdict")) === "ready",
        "the verdict is not «Можно отправлять»",
      );
      // The add-in's sheet checks exactly like the CLI's template workbook: no errors, no warnings there either.
      const expectedFindings = expected.reports.flatMap((r) => r.findings);
      assert(
        !expectedFindings.some((f) => f.severity !== "info"),
        `the CLI's template has ${expectedFindings.map(findingKey)}`,
      );
      assertSameList(
        shown.map(findingKey),
        expectedFindings.map(findingKey),
        "findings on the inserted sheet",
      );
      console.log(
        `       new sheet «${added.join(", ")}» (${editionId}): ${shown.length} notes, no errors or warnings`,
      );
      await shot(page, `${name}-6-template-inserted`);
      if (fixture.seed === "001") await shot(page, `${name}-6-template-inserted-page`, { whole: true });
    });

    if (fixture === FIXTURES[0])
      await test(`${name}: the pane follows the sheet tabs; a verdict names its sheet and goes stale on an edit`, async () => {
        const verdictSheet = () => pane.locator("[data-verdict]").getAttribute("data-sheet");
        const inserted = await verdictSheet();
        assert(inserted !== fixture.sheet, `the template's verdict is about ${inserted}`);
        await page.locator(`[data-sheet-tab="${fixture.sheet}"]`).click();
        // Back on the roadmap: its roadmaps are listed again and the template's verdict says whose it is.
        await pane.locator("[data-summary-warning=other-sheet]").waitFor();
        // (In the folded list of roadmaps: attached, not visible.)
        await pane
          .getByText(`Лист: ${fixture.sheet} · найдено дорожных карт: ${result.roadmaps.length}`)
          .waitFor({ state: "attached" });
        const about = await pane.locator("[data-checked-about]").textContent();
        assert(about.includes(inserted) && /\d{2}:\d{2}/.test(about), `the verdict says «${about}»`);
        await pane.getByRole("button", { name: "Проверить", exact: true }).click();
        await page.waitForFunction(
          (s) => document.querySelector("[data-verdict]")?.getAttribute("data-sheet") === s,
          fixture.sheet,
        );
        assert(
          (await pane.locator("[data-summary-warning]").count()) === 0,
          "a warning stays after the check",
        );
        // The add-in's own marks did not make it stale; a planner's edit does.
        await page.waitForTimeout(100);
        assert(
          (await pane.locator("[data-verdict]").getAttribute("data-stale")) === "false",
          "stale after own marks",
        );
        await page.evaluate(async (sheet) => {
          await window.__sim.userRun(async (ctx) => {
            ctx.workbook.worksheets.getItem(sheet).getRange("A1").values = [["правка"]];
            await ctx.sync();
          });
        }, fixture.sheet);
        await pane.locator("[data-verdict][data-stale=true]").waitFor();
        await pane.locator("[data-summary-warning=stale]").waitFor();
        await shot(page, `${name}-7-stale`);
      });
  }

  // The README's example of a check that finds problems: a 2027 draft with five planted mistakes.
  console.log("\nexamples/tochka-rosta-2027-draft.xlsx");
  await test("2027 draft: the pane shows the core's findings, says «Есть ошибки» and marks the same cells", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, "examples", "tochka-rosta-2027-draft.xlsx"));
    const expected = core.checkSheet(worksheetToGrid(wb.worksheets[0]), { checkDate });
    assert(
      expected.reports.length === 1 && expected.reports[0].verdict === "has-errors",
      "the core finds errors",
    );
    await page.goto(`${server.url}/?wb=examples/tochka-rosta-2027-draft.xlsx`);
    await page.waitForSelector("table[data-sheet]");
    const before = await gridSnapshot(page);
    await pane.getByRole("button", { name: "Проверить", exact: true }).click();
    await pane.locator("[data-verdict]").waitFor();
    await waitForVersionAbove(page, before.version);
    const shown = await domFindings(page);
    assertSameList(shown.map(findingKey), expected.reports[0].findings.map(findingKey), "findings");
    const verdict = await pane.locator("[data-verdict]").getAttribute("data-verdict");
    assert(verdict === "has-errors", `verdict ${verdict}`);
    const plan = core.buildMarkPlan(expected.reports, "ru");
    const after = await gridSnapshot(page);
    for (const g of plan.sheets[0].fills) {
      for (const c of g.cells) {
        assert(
          (after.fills[c] ?? "").toUpperCase() === g.color.toUpperCase(),
          `${c} filled ${after.fills[c]}`,
        );
      }
    }
    await shot(page, "draft-2027-checked");
    await shot(page, "draft-2027-checked-page", { whole: true });
  });

  console.log("\nsettings and a template read from a sheet");
  const leningrad = FIXTURES.find((f) => f.seed === "002");
  await test("settings: a saved check date and a switched-off check change the next check as in the core", async () => {
    const date = "2024-02-10";
    const probe = (await expectedFor(leningrad, date)).result.reports.flatMap((r) => r.findings);
    const byCode = new Map();
    for (const f of probe) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    const off = [...byCode.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    assert(off, "the fixture has no findings at that date");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, "tests/fixtures", leningrad.file));
    const expected = core
      .checkSheet(worksheetToGrid(wb.getWorksheet(leningrad.sheet)), { checkDate: date, disabled: [off] })
      .reports.flatMap((r) => r.findings);

    await page.goto(`${server.url}/?wb=fixtures/${leningrad.file}`);
    await pane.locator("[data-roadmap-id]").first().waitFor();
    await pane.getByRole("tab", { name: "Настройки" }).click();
    const form = pane.getByRole("region", { name: "Настройки проверки" });
    const dateField = form.getByLabel("Дата проверки");
    // The Russian pane writes days as dd.mm.yyyy, whatever the browser's locale (this Chromium's is en-US).
    const shownDate = await dateField.inputValue();
    assert(/^\d{2}\.\d{2}\.\d{4}$/.test(shownDate), `the date field shows ${shownDate}`);
    await dateField.fill(date.split("-").reverse().join("."));
    await form.getByRole("checkbox", { name: catalogs.ru[`code.${off}`], exact: true }).uncheck();
    await form.getByRole("button", { name: "Сохранить в документе" }).click();
    await pane.getByText("Настройки сохранены в документе.").waitFor();
    await shot(page, "settings-saved");
    await pane.getByRole("tab", { name: "Проверка" }).click();
    await pane.getByRole("button", { name: "Проверить", exact: true }).click();
    await pane.locator("[data-verdict]").waitFor();
    const shown = await domFindings(page);
    assert(!shown.some((f) => f.code === off), `«${off}» findings are still shown`);
    assertSameList(shown.map(findingKey), expected.map(findingKey), `findings at ${date} without ${off}`);
    console.log(`       ${off} switched off, check date ${date}: ${shown.length} findings, as the core says`);
  });

  await test("«Шаблон из листа»: a roadmap with calendar years is refused, with the core's errors per cell", async () => {
    await page.goto(`${server.url}/?wb=fixtures/${leningrad.file}`);
    await pane.locator("[data-roadmap-id]").first().waitFor();
    await pane.getByRole("tab", { name: "Шаблон" }).click();
    const fromSheet = pane.getByRole("region", { name: "Шаблон из листа" });
    await fromSheet.getByRole("combobox", { name: "Лист с шаблоном" }).selectOption(leningrad.sheet);
    await fromSheet.getByRole("combobox", { name: "Программа" }).selectOption("kvantorium");
    await fromSheet.getByRole("button", { name: "Прочитать шаблон" }).click();
    await fromSheet.locator("[data-parse=errors]").waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, "tests/fixtures", leningrad.file));
    const parsed = core.parseTemplateGrid(worksheetToGrid(wb.getWorksheet(leningrad.sheet)), {
      programme: "kvantorium",
      year: 2027,
      name: leningrad.sheet,
    });
    assert(!parsed.ok, "the core accepts a dated roadmap as a template");
    const items = await fromSheet
      .locator("[data-parse=errors] li")
      .evaluateAll((lis) =>
        lis.map((li) => `${li.dataset.address}|${li.querySelector("[data-message]")?.textContent}`),
      );
    const expected = parsed.errors.map((e) => `${e.address ?? ""}|${e.message.ru}`);
    assertSameList(items, expected, "template errors");
    // Each cell named in an error is a button that selects it.
    const firstCell = parsed.errors.find((e) => e.address)?.address;
    const v = (await gridSnapshot(page)).version;
    await fromSheet.getByRole("button", { name: `Перейти к ячейке ${firstCell}` }).click();
    await waitForVersionAbove(page, v);
    const snap = await gridSnapshot(page);
    assert(snap.selected[0] === firstCell, `selected ${snap.selected}, expected ${firstCell}`);
    await shot(page, "template-from-sheet-errors", { scrollTo: "[data-parse]" });
    console.log(`       ${items.length} errors shown, one per cell, as the core reports them`);
  });

  await test("«Шаблон из листа»: a planner's IT-куб template is read and used for the check", async () => {
    await page.goto(`${server.url}/?wb=e2e/${IT_CUBE.file}`);
    await pane.locator("[data-roadmap-id]").first().waitFor();
    // No federal template for IT-куб: the pane says so before anything else.
    await pane.getByText("Для этой программы нет шаблона: будут проверены только общие правила.").waitFor();
    await pane.getByRole("tab", { name: "Шаблон" }).click();
    const fromSheet = pane.getByRole("region", { name: "Шаблон из листа" });
    await fromSheet.getByRole("combobox", { name: "Лист с шаблоном" }).selectOption(IT_CUBE.templateSheet);
    await fromSheet.getByRole("combobox", { name: "Программа" }).selectOption("it-cube");
    await fromSheet.getByRole("spinbutton", { name: "Год плана" }).fill("2025");
    await fromSheet.getByRole("button", { name: "Прочитать шаблон" }).click();
    const edition = IT_CUBE.edition();
    await fromSheet.getByText(`Шаблон прочитан: пунктов — ${edition.items.length}.`).waitFor();
    await shot(page, "template-from-sheet-read", { scrollTo: "[data-parse]" });
    await fromSheet.getByRole("button", { name: "Использовать для проверки" }).click();
    await pane.getByText(/^Шаблон «.+» выбран для проверки\.$/).waitFor();
    await pane.getByRole("button", { name: "Проверить", exact: true }).click();
    await pane.locator("[data-verdict]").waitFor();
    const expected = IT_CUBE.check(edition).reports.flatMap((r) => r.findings);
    const shown = await domFindings(page);
    assertSameList(
      shown.map(findingKey),
      expected.map(findingKey),
      "findings against the planner's template",
    );
    assert(
      shown.some((f) => f.code === "missing-item"),
      "the item left out of the roadmap is not reported missing",
    );
    await shot(page, "template-from-sheet-checked");
    console.log(`       ${edition.items.length} template items; ${shown.length} findings, as the core says`);
  });

  console.log("\nlanguage, theme and keyboard");
  await test("English + dark: the pane follows Office's language and the theme", async () => {
    await page.goto(`${server.url}/?wb=fixtures/${FIXTURES[1].file}&lang=en&theme=dark`);
    await pane.locator("[data-roadmap-id]").first().waitFor();
    await pane.getByRole("button", { name: "Check", exact: true }).click();
    await pane.locator("[data-verdict]").waitFor();
    const heading = await pane.getByRole("heading", { level: 1 }).textContent();
    assert(heading === "Roadmap checker", `title ${heading}`);
    const bg = await pane.locator("[data-theme]").evaluate((el) => getComputedStyle(el).backgroundColor);
    assert(bg === "rgb(41, 41, 41)", `dark background expected, got ${bg}`);
    await shot(page, "en-dark-checked");
  });

  await test("keyboard only: Tab reaches «Проверить», Enter runs it, arrows switch tabs", async () => {
    await page.goto(`${server.url}/?wb=fixtures/${FIXTURES[2].file}`);
    await pane.locator("[data-roadmap-id]").first().waitFor();
    await pane.getByRole("tab", { name: "Проверка" }).focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.textContent === "Проверить");
    }
    assert(reached, "Tab never reached «Проверить»");
    await page.keyboard.press("Enter");
    await pane.locator("[data-verdict]").waitFor();
    await pane.getByRole("tab", { name: "Проверка" }).focus();
    await page.keyboard.press("ArrowRight");
    const selected = await pane.getByRole("tab", { name: "Шкала" }).getAttribute("aria-selected");
    assert(selected === "true", "ArrowRight did not select «Шкала»");
    await pane.locator("svg[data-testid=timeline]").waitFor();
    // Timeline rows are buttons too: focus one and press Enter to jump to its cell.
    const v = (await gridSnapshot(page)).version;
    const row = pane.locator("svg[data-testid=timeline] g[role=button]").first();
    await row.focus();
    await page.keyboard.press("Enter");
    await waitForVersionAbove(page, v);
    const snap = await gridSnapshot(page);
    assert(snap.selected.length === 1, "Enter on a timeline row selected nothing");
  });

  // axe-core on every pane state, Russian/light and English/dark; serious and critical violations fail.
  await test("axe: every pane state in ru/light and en/dark has no serious or critical violation", async () => {
    const { AxeBuilder } = await import("@axe-core/playwright");
    const bad = [];
    const words = {
      ru: { check: "Проверить", tabs: ["Шкала", "Шаблон", "Настройки", "Проверка"] },
      en: { check: "Check", tabs: ["Timeline", "Template", "Settings", "Check"] },
    };
    for (const [lang, theme] of [
      ["ru", "light"],
      ["en", "dark"],
    ]) {
      const audit = async (state) => {
        const r = await new AxeBuilder({ page }).include("[data-testid=pane]").analyze();
        const n = { critical: 0, serious: 0, moderate: 0, minor: 0 };
        for (const v of r.violations) {
          n[v.impact ?? "minor"] += v.nodes.length;
          if (v.impact === "serious" || v.impact === "critical")
            bad.push(
              `${lang}/${theme} ${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`,
            );
        }
        axeTotals.push(n);
        console.log(
          `       axe ${lang}/${theme} ${state}: critical ${n.critical}, serious ${n.serious}, moderate ${n.moderate}, minor ${n.minor}`,
        );
      };
      const w = words[lang];
      await page.goto(`${server.url}/?wb=fixtures/${FIXTURES[0].file}&lang=${lang}&theme=${theme}`);
      await pane.locator("[data-roadmap-id]").first().waitFor();
      await audit("opened");
      await pane.getByRole("button", { name: w.check, exact: true }).click();
      await pane.locator("[data-verdict]").waitFor();
      await audit("checked");
      await pane.locator("details[data-roadmap-list] > summary").click();
      await audit("checked, roadmaps unfolded");
      for (const tab of w.tabs) {
        await pane.getByRole("tab", { name: tab, exact: true }).click();
        await page.waitForTimeout(300);
        await pane.locator("[role=tabpanel] *").first().waitFor();
        await audit(`tab ${tab}`);
      }
    }
    assert(bad.length === 0, `serious/critical axe violations:\n${bad.join("\n")}`);
  });

  console.log(`\nresponsiveness (${BIG_ROWS}-row sheet)`);
  /** One timed «Проверить» on the big sheet (responsiveness.mjs, shared with the Chromium benchmark). */
  const timedCheck = (worker, { cancelAfterProgress = false } = {}) =>
    timedCheckAt(page, `${server.url}/?wb=e2e/${BIG}${worker ? "" : "&worker=off"}`, {
      cancelAfterProgress,
      cancelledText: catalogs.ru["notice.cancelled"],
    });

  await test(`responsiveness: checking the ${BIG_ROWS}-row sheet, in the core worker vs on the main thread`, async () => {
    const main = await timedCheck(false);
    const worker = await timedCheck(true);
    for (const [where, m] of [
      ["main thread", main],
      ["worker", worker],
    ])
      console.log(`       ${describeCheck(where, m)}`);
    // The issue's goals (longest task ≤ 200 ms, progress ≤ 300 ms) are the benchmark's figures, not asserted here:
    // on a shared machine they do not hold with margin (bench/responsiveness.bench.ts prints their medians).
    console.log(
      `       goals: longest task ${worker.longest} ms (≤ 200), first progress ${worker.progress} ms (≤ 300) — printed, not asserted`,
    );
    assert(worker.progress !== null, "no progress bar was drawn while the worker checked");
    const shown = await pane.locator("[data-count=error]").textContent();
    assert(/\d/.test(shown ?? ""), `no error count after the worker's check: ${shown}`);
    // The findings list is paged: a few thousand findings, a few hundred DOM nodes.
    const dom = await findingsDom(page);
    console.log(
      `       findings ${dom.findings} in ${dom.lists} list(s): ${dom.nodes} DOM nodes in the lists, ${dom.pane} in the whole pane`,
    );
    assert(dom.findings > 1000 && dom.nodes < 300 * dom.lists, `findings list nodes: ${JSON.stringify(dom)}`);
    const { AxeBuilder } = await import("@axe-core/playwright");
    const r = await new AxeBuilder({ page }).include("[data-testid=pane]").analyze();
    const bad = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    console.log(
      `       axe on the paged list: ${r.violations.length} violations (${bad.length} serious or critical)`,
    );
    assert(bad.length === 0, bad.map((v) => `${v.id} ${v.nodes[0]?.target.join(" ")}`).join("\n"));
  });

  await test(`responsiveness: «Отмена» stops the check of the ${BIG_ROWS}-row sheet and leaves the sheet unmarked`, async () => {
    const m = await timedCheck(true, { cancelAfterProgress: true });
    console.log(`       cancelled ${m.total} ms after «Проверить»; progress after ${m.progress} ms`);
    await page.waitForTimeout(500);
    const after = await gridSnapshot(page);
    const changed = Object.keys(after.fills).filter((a) => after.fills[a] !== m.before.fills[a]);
    assert(changed.length === 0, `cancelled check changed fills: ${changed.slice(0, 5).join(", ")}`);
    assert((await pane.locator("[data-verdict]").count()) === 0, "a verdict was shown after «Отмена»");
    const sheets = await page.evaluate(() => window.__sim.book.list().map((s) => s.name));
    assert(!sheets.includes("Проверка"), `the report sheet was written: ${sheets.join(", ")}`);
    // The pane is usable again: the next check runs in a fresh worker to the end.
    await pane.getByRole("button", { name: "Проверить", exact: true }).click();
    await pane.locator("[data-verdict]").waitFor({ timeout: 180_000 });
  });

  // Issue 12: every column's role is shown with why, and the planner corrects one on the roadmap's card.
  await test("column roles: «Столбцы» shows why, a corrected role re-checks as the core does, «Сбросить» undoes it", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, "examples", "tochka-rosta-2027-draft.xlsx"));
    const grid = worksheetToGrid(wb.worksheets[0]);
    const plain = core.checkSheet(grid, { checkDate });
    const id = plain.roadmaps[0].id;
    const deadline = plain.roadmaps[0].columnRoles.find((c) => c.role === "deadline");
    assert(deadline?.column === "C", `the core reads the deadline in ${deadline?.column}`);
    const dropped = core.checkSheet(grid, {
      checkDate,
      overrides: { [id]: { columns: { deadline: null } } },
    });
    const keys = (r) => r.reports[0].findings.map(findingKey);
    assert(
      keys(plain).join() !== keys(dropped).join(),
      "dropping the deadline column changes nothing in the core",
    );
    const { AxeBuilder } = await import("@axe-core/playwright");
    const serious = async () =>
      (await new AxeBuilder({ page }).include("[data-testid=pane]").analyze()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} ${v.nodes[0]?.target.join(" ")}`);
    const t = catalogs.ru;
    const label = t["columns.label"].replace("{column}", "C").replace("{header}", deadline.header);
    const columns = pane.locator(`[data-roadmap-id="${id}"] details[data-column-roles]`);
    const select = columns.getByRole("combobox", { name: label, exact: true });
    const unfold = async () => {
      if (!(await pane.locator("details[data-roadmap-list]").evaluate((d) => d.open)))
        await pane.locator("details[data-roadmap-list] > summary").click();
      if (!(await columns.evaluate((d) => d.open))) await columns.locator("summary").click();
    };

    await page.goto(`${server.url}/?wb=examples/tochka-rosta-2027-draft.xlsx`);
    await page.waitForSelector("table[data-sheet]");
    await pane.getByRole("button", { name: "Проверить", exact: true }).click();
    await pane.locator("[data-verdict]").waitFor();
    assertSameList((await domFindings(page)).map(findingKey), keys(plain), "findings before");
    await unfold();
    // The reader's reason for every column, as the core gives it. Polled: the card is drawn in a transition after the
    // verdict (aria-busy), and on a loaded machine one read right after unfolding found it not yet drawn (CI, 38f0aa6).
    const reasons = plain.roadmaps[0].columnRoles.map((c) => ({ column: c.column, text: c.reason.ru }));
    const missing = async () => {
      const shown = (await columns.textContent()) ?? "";
      return reasons.filter((r) => !shown.includes(r.text));
    };
    const deadlineAt = Date.now() + 30_000;
    while ((await missing()).length > 0 && Date.now() < deadlineAt) await page.waitForTimeout(200);
    const left = await missing();
    const shownText = ((await columns.textContent()) ?? "").slice(0, 400);
    assert(
      left.length === 0,
      `${left.map((r) => `no reason for ${r.column}: ${r.text}`).join("\n")}\nshown: ${shownText}`,
    );
    assert((await select.inputValue()) === "deadline", `C shows ${await select.inputValue()}`);
    const axeBefore = await serious();
    await shot(page, "column-roles-1-read", { scrollTo: "[data-column-roles]" });

    // Keyboard: focus the picker and choose «Не использовать»; the pane checks again at once.
    const version = (await gridSnapshot(page)).version;
    await select.focus();
    await select.selectOption({ label: t["columns.field.none"] });
    await waitForVersionAbove(page, version);
    await page.waitForFunction(() => document.querySelector("[data-testid=pane] [aria-busy=false]") !== null);
    await pane.locator("[data-verdict]").waitFor();
    assertSameList((await domFindings(page)).map(findingKey), keys(dropped), "findings with C not used");
    await unfold();
    assert((await columns.textContent()).includes(t["columns.setByYou"]), "no «задано вручную»");
    const reset = columns.getByRole("button", { name: t["columns.resetLabel"].replace("{column}", "C") });
    const axeSet = await serious();
    await shot(page, "column-roles-2-set-by-planner", { scrollTo: "[data-column-roles]" });

    await reset.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (text) => !document.querySelector("[data-column-roles]")?.textContent?.includes(text),
      t["columns.setByYou"],
    );
    await pane.locator("[data-verdict]").waitFor();
    await page.waitForFunction(() => document.querySelector("[data-testid=pane] [aria-busy=false]") !== null);
    assertSameList((await domFindings(page)).map(findingKey), keys(plain), "findings after «Сбросить»");
    await unfold();
    assert((await select.inputValue()) === "deadline", `after reset C shows ${await select.inputValue()}`);
    const bad = [...axeBefore, ...axeSet];
    assert(bad.length === 0, `serious/critical axe violations:\n${bad.join("\n")}`);
  });
  // Issue 16 in the browser: a deviation accepted in the pane, then fixed (stale); a template saved in the workbook.
  console.log("\naccepted deviations and templates saved in the workbook");
  {
    const { acceptedBook, LATE_CODE } = await import("../excel/acceptance-book.ts");
    const ACCEPT_FILE = "accept-kvantorium-2027.xlsx";
    const REASON = "Письмо федерального оператора № 12";
    const BY = "Иванова";
    const { STORE_SHEET: STORE, decodeStore } = await import("../../src/core/store/index.ts");
    /** A sheet's used range through the simulated Office.js (what the planner would see on that sheet). */
    const sheetValues = (name) =>
      page.evaluate(
        (n) =>
          window.__sim.userRun(async (context) => {
            const range = context.workbook.worksheets.getItem(n).getUsedRange(true);
            range.load("values");
            await context.sync();
            return range.values;
          }),
        name,
      );
    /** The rows under a title row of the report sheet (up to the next title row or the end). */
    const section = (values, title) => {
      const at = values.findIndex((row) => row[0] === title);
      if (at < 0) return null;
      const rows = [];
      for (const row of values.slice(at + 1)) {
        if (row[1] === "" && row[2] === "") break;
        rows.push(row);
      }
      return rows;
    };
    await acceptedBook().xlsx.writeFile(join(generated, ACCEPT_FILE));
    const grid = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(generated, ACCEPT_FILE));
      return worksheetToGrid(wb.getWorksheet("Дорожная карта"));
    };
    const expected = core.checkSheet(await grid(), { checkDate }).reports;
    const late = expected[0]?.findings.find((f) => f.code === LATE_CODE);

    await test("store: a finding accepted in the pane with a reason and a name — ready, counted, listed on «Проверка»", async () => {
      assert(expected.length === 1 && late, "the workbook has no late item");
      assert(
        expected[0].findings.filter((f) => f.severity === "error").length === 1,
        "the late item is not the only error",
      );
      await page.goto(`${server.url}/?wb=e2e/${ACCEPT_FILE}`);
      await pane.locator("[data-roadmap-id]").first().waitFor();
      await pane.getByRole("button", { name: "Проверить", exact: true }).click();
      await pane.locator("[data-verdict=has-errors]").waitFor();
      await pane.locator(`[data-accept-open="${LATE_CODE}"]`).click();
      const form = pane.locator(`[data-accept-form="${LATE_CODE}"]`);
      // A reason is required: an empty one is refused in words.
      await form.locator("[data-accept-save]").click();
      await form.getByText(catalogs.ru["accept.reasonMissing"]).waitFor();
      await form.locator("[data-accept-reason]").fill(REASON);
      await form.locator("[data-accept-name]").fill(BY);
      await form.locator("[data-accept-save]").click();
      await pane.locator("[data-verdict=ready]").waitFor({ timeout: 20_000 });
      const verdict = pane.locator("[data-verdict]");
      await verdict.getByText(catalogs.ru["verdict.ready"], { exact: true }).waitFor();
      const counted = catalogs.ru["accepted.inVerdict"].replace("{n}", "1");
      await verdict.getByText(counted, { exact: true }).waitFor();
      assert((await pane.locator("[data-count=error]").textContent()).includes("0"), "errors still counted");
      const item = pane.locator(`[data-accepted-group] [data-accepted="${LATE_CODE}"]`);
      await item.getByText(catalogs.ru["accepted.reason"].replace("{reason}", REASON)).waitFor();
      await item.getByText(new RegExp(`^${BY}, `)).waitFor();
      // The accepted finding is no longer marked on the sheet.
      const snap = await gridSnapshot(page);
      assert(!snap.fills[late.address], `${late.address} is still marked (${snap.fills[late.address]})`);
      const rows = section(await sheetValues(core.REPORT_SHEET_NAME), core.ACCEPTED_TITLE.ru);
      assert(rows && rows.length === 1, `«${core.ACCEPTED_TITLE.ru}» rows: ${JSON.stringify(rows)}`);
      const [row] = rows;
      assert(
        row[2] === LATE_CODE && row[3] === late.message.ru && row[9] === REASON && row[10] === BY,
        `the accepted row reads ${JSON.stringify(row)}`,
      );
      console.log(
        `       accepted ${LATE_CODE} at ${late.address}: ready, «${counted}», listed on the report sheet`,
      );
      await shot(page, "accepted-deviation", { scrollTo: "[data-accepted-group]" });
    });

    await test("store: the accepted row fixed on the sheet — a re-check lists the acceptance as stale, with its label", async () => {
      await page.evaluate(
        ({ address }) =>
          window.__sim.userRun(async (ctx) => {
            ctx.workbook.worksheets.getItem("Дорожная карта").getRange(address).values = [
              ["не позднее 1 февраля 2027 года"],
            ];
            await ctx.sync();
          }),
        { address: late.address },
      );
      await pane.getByRole("button", { name: "Проверить", exact: true }).click();
      const stale = pane.locator(`[data-stale-group] [data-stale="${LATE_CODE}"]`);
      await stale.waitFor({ timeout: 20_000 });
      await pane.locator("[data-verdict=ready]").waitFor();
      assert((await pane.locator("[data-accepted-total]").count()) === 0, "still counted as accepted");
      // The stale entry says what was accepted, in the words of the finding, and why.
      await stale.getByText(late.message.ru, { exact: true }).waitFor();
      await stale.getByText(catalogs.ru["accepted.reason"].replace("{reason}", REASON)).waitFor();
      const values = await sheetValues(core.REPORT_SHEET_NAME);
      assert(section(values, core.ACCEPTED_TITLE.ru) === null, "still listed as accepted on the sheet");
      const rows = section(values, core.STALE_TITLE.ru);
      assert(rows && rows.length === 1, `«${core.STALE_TITLE.ru}» rows: ${JSON.stringify(rows)}`);
      assert(
        rows[0][2] === LATE_CODE && rows[0][3] === late.message.ru && rows[0][9] === REASON,
        `the stale row reads ${JSON.stringify(rows[0])}`,
      );
      await shot(page, "accepted-stale", { scrollTo: "[data-stale-group]" });
    });

    await test("store: the report sheet renamed, a reason typed in its reason column — «Проверить» counts it as accepted", async () => {
      const RENAMED = "Отклонения региона";
      const TYPED = "Решение регионального штаба № 4";
      await page.goto(`${server.url}/?wb=e2e/${ACCEPT_FILE}`);
      await pane.locator("[data-roadmap-id]").first().waitFor();
      const check = pane.getByRole("button", { name: "Проверить", exact: true });
      await check.click();
      await pane.locator("[data-verdict=has-errors]").waitFor({ timeout: 20_000 });
      // The planner renames «Проверка» and types a reason on the late finding's row, as in Excel.
      const typedAt = await page.evaluate(
        ({ from, to, code, reason, reasonHeader }) =>
          window.__sim.userRun(async (ctx) => {
            const ws = ctx.workbook.worksheets.getItem(from);
            ws.name = to;
            const used = ws.getUsedRange(true);
            used.load("values");
            await ctx.sync();
            const col = used.values[0].indexOf(reasonHeader);
            const row = used.values.findIndex((r) => r[2] === code);
            if (col < 0 || row < 1) return null;
            ws.getCell(row, col).values = [[reason]];
            await ctx.sync();
            return { row: row + 1, col: col + 1 };
          }),
        {
          from: core.REPORT_SHEET_NAME,
          to: RENAMED,
          code: LATE_CODE,
          reason: TYPED,
          reasonHeader: core.REASON_HEADER.ru,
        },
      );
      assert(typedAt, `no ${LATE_CODE} row or no reason column on the report sheet`);
      await check.click();
      await pane.locator("[data-verdict=ready]").waitFor({ timeout: 20_000 });
      const verdict = pane.locator("[data-verdict]");
      await verdict
        .getByText(catalogs.ru["accepted.inVerdict"].replace("{n}", "1"), { exact: true })
        .waitFor();
      const group = pane.locator("[data-accepted-group]");
      await group.getByText(catalogs.ru["accepted.group"].replace("{n}", "1"), { exact: true }).waitFor();
      const item = group.locator(`[data-accepted="${LATE_CODE}"]`);
      await item.getByText(catalogs.ru["accepted.reason"].replace("{reason}", TYPED)).waitFor();
      assert(
        (await group.locator("[data-accepted]").count()) === 1,
        "more than one accepted deviation listed",
      );
      // The renamed sheet was written again: no second «Проверка»; it lists the acceptance with the typed reason.
      const sheets = await page.evaluate(() => window.__sim.book.list().map((x) => x.name));
      assert(
        sheets.includes(RENAMED) && !sheets.includes(core.REPORT_SHEET_NAME),
        `sheets after the re-check: ${sheets.join(", ")}`,
      );
      const rows = section(await sheetValues(RENAMED), core.ACCEPTED_TITLE.ru);
      assert(
        rows && rows.length === 1 && rows[0][2] === LATE_CODE && rows[0][9] === TYPED,
        `«${core.ACCEPTED_TITLE.ru}» on «${RENAMED}»: ${JSON.stringify(rows)}`,
      );
      console.log(
        `       «${core.REPORT_SHEET_NAME}» renamed «${RENAMED}», reason typed at row ${typedAt.row}: ready, 1 accepted, sheets ${sheets.join(", ")}`,
      );
      await shot(page, "accepted-renamed-report", { scrollTo: "[data-accepted-group]" });
    });

    await test("store: a template read from a sheet saved in the workbook is in effect for the next check, then removed", async () => {
      const edition = IT_CUBE.edition();
      await page.goto(`${server.url}/?wb=e2e/${IT_CUBE.file}`);
      await pane.locator("[data-roadmap-id]").first().waitFor();
      await pane.getByRole("tab", { name: "Шаблон" }).click();
      await pane.locator("[data-saved-none]").waitFor();
      const fromSheet = pane.getByRole("region", { name: "Шаблон из листа" });
      await fromSheet.getByRole("combobox", { name: "Лист с шаблоном" }).selectOption(IT_CUBE.templateSheet);
      await fromSheet.getByRole("combobox", { name: "Программа" }).selectOption("it-cube");
      await fromSheet.getByRole("spinbutton", { name: "Год плана" }).fill("2025");
      await fromSheet.getByRole("button", { name: "Прочитать шаблон" }).click();
      await fromSheet.getByText(`Шаблон прочитан: пунктов — ${edition.items.length}.`).waitFor();
      await fromSheet.locator("[data-save-template]").click();
      await pane.getByText(catalogs.ru["saved.done"].replace("{title}", edition.title.ru)).waitFor();
      // The pane says which template the workbook carries, and the store sheet holds it.
      await pane.locator(`[data-saved-id="${edition.id}"]`).waitFor();
      const sheets = await page.evaluate(() => window.__sim.book.list().map((x) => x.name));
      assert(sheets.includes(STORE), `no store sheet: ${sheets.join(", ")}`);
      // No «Использовать для проверки»: the saved template alone is in effect for the check.
      await pane.getByRole("tab", { name: "Проверка" }).click();
      await pane
        .getByText(catalogs.ru["roadmap.savedEdition"].replace("{title}", edition.title.ru))
        .first()
        .waitFor({ state: "attached" });
      await pane.getByRole("button", { name: "Проверить", exact: true }).click();
      await pane.locator("[data-verdict]").waitFor();
      const withTemplate = IT_CUBE.check(edition).reports.flatMap((r) => r.findings);
      assertSameList(
        (await domFindings(page)).map(findingKey),
        withTemplate.map(findingKey),
        "findings against the saved template",
      );
      assert(
        withTemplate.some((f) => f.code === "missing-item"),
        "the saved template's item is not missing",
      );
      await shot(page, "saved-template-checked");
      // Removed from the workbook: the next check is against the built-in rules again.
      await pane.getByRole("tab", { name: "Шаблон" }).click();
      await pane
        .locator(`[data-saved-id="${edition.id}"]`)
        .getByRole("button", { name: catalogs.ru["actions.removeSaved"] })
        .click();
      await pane.getByText(catalogs.ru["saved.removed"].replace("{title}", edition.title.ru)).waitFor();
      await pane.locator("[data-saved-none]").waitFor();
      // The store keeps the marks of the check made with it, but no template.
      const column = (await sheetValues(STORE)).map((row) => row[0]);
      const left = decodeStore(column);
      assert(
        left && left.store.templates.length === 0,
        `templates left in the store: ${JSON.stringify(left)}`,
      );
      await pane.getByRole("tab", { name: "Проверка" }).click();
      const v = (await gridSnapshot(page)).version;
      await pane.getByRole("button", { name: "Проверить", exact: true }).click();
      await waitForVersionAbove(page, v);
      await pane.locator("[data-verdict]").waitFor();
      const shown = await domFindings(page);
      assert(!shown.some((f) => f.code === "missing-item"), "the removed template still judges the roadmap");
      console.log(
        `       saved «${edition.title.ru}» (${edition.items.length} items): ${withTemplate.length} findings with it, ${shown.length} after removing it`,
      );
    });

    await test("store: Ctrl+Z on ExcelApi 1.20 — one undo step for a check, a protected report's replacement written ungrouped, and the pane says which", async () => {
      await page.goto(`${server.url}/?wb=e2e/${ACCEPT_FILE}&api=1.20`);
      await pane.locator("[data-roadmap-id]").first().waitFor();
      const check = pane.getByRole("button", { name: "Проверить", exact: true });
      await check.click();
      const undoLine = pane.locator("[data-undo]");
      await undoLine
        .getByText(catalogs.ru["summary.undo.grouped"], { exact: true })
        .waitFor({ timeout: 20_000 });
      let runs = await page.evaluate(() => window.__sim.stats.runOptions);
      assert(
        runs.some((o) => o.mergeUndoGroup === true),
        `no grouped run: ${JSON.stringify(runs)}`,
      );
      // A re-check rewrites the report in place: still one undo step.
      await page.evaluate(() => window.__sim.stats.reset());
      const v = (await gridSnapshot(page)).version;
      await check.click();
      await waitForVersionAbove(page, v);
      await undoLine
        .getByText(catalogs.ru["summary.undo.grouped"], { exact: true })
        .waitFor({ timeout: 20_000 });
      const refused = await page.evaluate(() =>
        window.__sim.stats.log.filter((l) => l.error).map((l) => l.error),
      );
      runs = await page.evaluate(() => window.__sim.stats.runOptions);
      assert(
        refused.length === 0 && runs[0]?.mergeUndoGroup === true,
        `the re-check's runs: ${JSON.stringify(runs)}, errors ${JSON.stringify(refused)}`,
      );
      // A protected report is deleted and added anew, which Excel cannot undo: refused grouped, written ungrouped.
      await page.evaluate((name) => {
        window.__sim.book.byKey(name).ws.sheetProtection = { sheet: true };
        window.__sim.stats.reset();
      }, core.REPORT_SHEET_NAME);
      await check.click();
      await undoLine
        .getByText(catalogs.ru["summary.undo.fallback"], { exact: true })
        .waitFor({ timeout: 20_000 });
      runs = await page.evaluate(() => window.__sim.stats.runOptions);
      assert(
        JSON.stringify(runs.slice(0, 2)) === JSON.stringify([{ mergeUndoGroup: true }, {}]),
        `the re-check's runs: ${JSON.stringify(runs)}`,
      );
      // An Excel without 1.20 (the harness's default): the pane points to «Снять отметки».
      await page.goto(`${server.url}/?wb=e2e/${ACCEPT_FILE}`);
      await pane.locator("[data-roadmap-id]").first().waitFor();
      await pane.getByRole("button", { name: "Проверить", exact: true }).click();
      await pane
        .locator("[data-undo]")
        .getByText(catalogs.ru["summary.undo.unavailable"], { exact: true })
        .waitFor({ timeout: 20_000 });
    });

    await test("store: «Вставить шаблон» writes a sheet that works without the add-in once saved, and «Удалить вставленный лист» takes only it away", async () => {
      await page.goto(`${server.url}/?wb=e2e/${ACCEPT_FILE}`);
      await pane.locator("[data-roadmap-id]").first().waitFor();
      const before = await page.evaluate(() => window.__sim.book.list().map((x) => x.name));
      const roadmapBefore = await sheetValues("Дорожная карта");
      await pane.getByRole("tab", { name: "Шаблон" }).click();
      const form = pane.getByRole("region", { name: "Новый лист по шаблону" });
      await form.getByRole("combobox", { name: "Программа" }).selectOption("kvantorium");
      await form.getByRole("spinbutton", { name: "Год плана" }).fill("2027");
      await form.getByRole("button", { name: "Вставить шаблон" }).click();
      const notice = pane.getByText(/^Вставлен лист «/);
      await notice.waitFor({ timeout: 20_000 });
      const added = (await page.evaluate(() => window.__sim.book.list().map((x) => x.name))).filter(
        (n) => !before.includes(n) && n !== core.REPORT_SHEET_NAME && n !== STORE,
      );
      assert(added.length === 1, `sheets added: ${JSON.stringify(added)}`);
      const [name] = added;

      // The workbook as Excel would save it, opened without the add-in.
      const bytes = await page.evaluate(async () => {
        const buf = new Uint8Array(await window.__sim.book.wb.xlsx.writeBuffer());
        return Array.from(buf);
      });
      const saved = new ExcelJS.Workbook();
      await saved.xlsx.load(Uint8Array.from(bytes).buffer);
      const ws = saved.getWorksheet(name);
      const plan = core.templateSheetFor(core.suggestEdition("kvantorium", 2027), 2027, "ru");
      const header = plan.headerRow + 1;
      const last = header + plan.rows.length;
      assert(
        ws.autoFilter === plan.table.filterRange,
        `filter ${ws.autoFilter} (want ${plan.table.filterRange})`,
      );
      const view = ws.views?.[0] ?? {};
      assert(
        view.state === "frozen" && view.ySplit === plan.table.freezeRows,
        `view ${JSON.stringify(view)}`,
      );
      const cf = ws.conditionalFormattings?.[0];
      assert(
        cf?.ref === plan.table.overdue.range && cf.rules[0].formulae[0] === plan.table.overdue.formula,
        `conditional format ${JSON.stringify(cf)}`,
      );
      assert(
        ws.pageSetup.orientation === "landscape" &&
          ws.pageSetup.fitToWidth === 1 &&
          ws.pageSetup.printTitlesRow,
        `print ${JSON.stringify(ws.pageSetup)}`,
      );
      const deadline = plan.header.indexOf("Срок") + 1;
      let dated = 0;
      ws.getColumn(deadline).eachCell((cell, r) => {
        if (r <= header || !(cell.value instanceof Date)) return;
        assert([core.BY_DATE_FORMAT, "dd.mm.yyyy"].includes(cell.numFmt), `row ${r}: ${cell.numFmt}`);
        dated += 1;
      });
      const lists = [];
      for (let r = header + 1; r <= last; r++)
        lists.push(ws.getRow(r).getCell(plan.statusColumn + 1).dataValidation);
      assert(
        lists.every((v) => v?.type === "list" && String(v.formulae?.[0]).includes("Выполнено")),
        `status lists ${JSON.stringify(lists)}`,
      );
      assert(dated > 0, "no deadline is an Excel date");

      // Offered right after inserting: deletes that sheet only.
      await pane.locator("[data-remove-inserted]").click();
      await page.waitForFunction((n) => !window.__sim.book.list().some((x) => x.name === n), name);
      const after = await page.evaluate(() => window.__sim.book.list().map((x) => x.name));
      assert(
        before.every((n) => after.includes(n)) && !after.includes(name),
        `sheets before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`,
      );
      assert(
        JSON.stringify(await sheetValues("Дорожная карта")) === JSON.stringify(roadmapBefore),
        "the roadmap sheet changed",
      );
      console.log(`       «${name}»: filter ${ws.autoFilter}, ${dated} deadlines as dates, then deleted`);
    });
  }

  await test("no page errors", async () => {
    assert(pageErrors.length === 0, pageErrors.join("\n"));
  });

  await test("no request left the machine", async () => {
    const outside = requests.filter((u) => {
      const url = new URL(u);
      return !["data:", "blob:", "about:"].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname);
    });
    assert(requests.length > 0, "no request was recorded at all");
    assert(outside.length === 0, `requests to other hosts: ${outside.join(", ")}`);
    if (blocked.length > 0) {
      console.log(`       (the demo page's CSP stopped ${blocked.length} attempt(s) before any request:`);
      for (const b of new Set(blocked)) console.log(`        ${b.slice(0, 160)})`);
    }
  });
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(generated, { recursive: true, force: true });
}

// The README shows the pane after a check of the 2027 draft example (errors found). Written when missing or asked for
// (E2E_UPDATE_DOCS=1): the picture shows today's date, and a test run should not dirty the repository every day.
const readmeShot = join(SHOTS, "draft-2027-checked.png");
const docShot = join(root, "docs", "screenshot-pane.png");
if (existsSync(readmeShot) && (!existsSync(docShot) || process.env.E2E_UPDATE_DOCS === "1")) {
  mkdirSync(join(root, "docs"), { recursive: true });
  copyFileSync(readmeShot, docShot);
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\nscreenshots: ${readdirSync(SHOTS).length} in ${SHOTS}`);
if (axeTotals.length > 0) {
  const sum = (k) => axeTotals.reduce((a, n) => a + n[k], 0);
  console.log(
    `axe: ${axeTotals.length} pane states, critical ${sum("critical")}, serious ${sum("serious")}, moderate ${sum("moderate")}, minor ${sum("minor")}`,
  );
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
writeE2eCounts(passed, failed);
process.exit(failed ? 1 : 0);
