// The responsiveness measurement of the demo harness, shared by the browser tests (run.mjs) and the Chromium
// benchmark (bench/responsiveness.bench.ts): a big roadmap workbook, and one timed «Проверить» on it.
import { join } from "node:path";

/** Writes the benchmark's consolidated regional sheet (bench/sheets.ts) of `rows` rows as dir/big-<rows>.xlsx. */
export async function writeBigWorkbook(dir, rows) {
  // TypeScript sources: the caller has registered tsx (run.mjs, or the bench runner's --import tsx).
  const { benchSheets, fixtureGrids, rowPool } = await import("../../bench/sheets.ts");
  const ExcelJS = (await import("exceljs")).default;
  const file = `big-${rows}.xlsx`;
  const [grid] = benchSheets(rowPool(await fixtureGrids()), [rows]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheetName);
  for (const row of grid.values) ws.addRow(row);
  await wb.xlsx.writeFile(join(dir, file));
  return file;
}

/**
 * Opens `url` (a harness page with a big sheet), clicks «Проверить» and records, from the click: the main thread's
 * long tasks (PerformanceObserver longtask), when the progress bar first appeared, and when the verdict did (or,
 * with `cancelAfterProgress`, clicks «Отмена» as soon as the bar shows and waits for `cancelledText`).
 */
export async function timedCheck(page, url, { cancelAfterProgress = false, cancelledText = "" } = {}) {
  const pane = page.getByTestId("pane");
  await page.goto(url);
  await pane.locator("[data-roadmap-id]").first().waitFor({ timeout: 120_000 });
  await page.evaluate(() => {
    const w = window;
    w.__long = [];
    w.__progressAt = null;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
    const root = document.querySelector("[data-testid=pane]");
    new MutationObserver(() => {
      if (w.__progressAt === null && root.querySelector("[role=progressbar]"))
        w.__progressAt = performance.now();
    }).observe(root, { subtree: true, childList: true });
    const button = [...root.querySelectorAll("button")].find((b) => b.textContent === "Проверить");
    // From a task of the page's own: work done inside DevTools' evaluate is not reported as a long task.
    setTimeout(() => {
      w.__clickAt = performance.now();
      button.click();
    }, 0);
  });
  const before = await gridSnapshot(page);
  if (cancelAfterProgress) {
    await pane.getByRole("button", { name: "Отмена", exact: true }).click({ timeout: 120_000 });
    await pane.getByText(cancelledText).waitFor({ timeout: 120_000 });
  } else {
    await pane.locator("[data-verdict]").waitFor({ timeout: 180_000 });
  }
  const endAt = await page.evaluate(() => performance.now());
  // One more frame, so a long task that ended the run is reported before reading.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const m = await page.evaluate(() => {
    const w = window;
    const after = w.__long.filter((t) => t.start >= w.__clickAt - 1);
    // The core's answer (engine.ts marks it): tasks before it are the check's, after it the marks' and the render's.
    const answer = performance
      .getEntriesByName("core-answered")
      .map((e) => e.startTime)
      .find((t) => t >= w.__clickAt);
    // A task that ran through the answer is the one that took it in (the clone, the marks, the render): not the check's.
    const startedBefore = after.filter((t) => answer === undefined || t.start + t.duration <= answer);
    return {
      whileChecking: Math.round(Math.max(0, ...startedBefore.map((t) => t.duration))),
      answeredAfter: answer === undefined ? null : Math.round(answer - w.__clickAt),
      longest: Math.round(Math.max(0, ...after.map((t) => t.duration))),
      longTasks: after.length,
      blocked: Math.round(after.reduce((a, t) => a + t.duration, 0)),
      progress: w.__progressAt === null ? null : Math.round(w.__progressAt - w.__clickAt),
      clickAt: w.__clickAt,
    };
  });
  return { ...m, total: Math.round(endAt - m.clickAt), before };
}

/** The findings lists of the pane: how many findings they hold and how many DOM nodes they take. */
export async function findingsDom(page) {
  return page.evaluate(() => {
    const lists = [...document.querySelectorAll("[data-testid=pane] [data-findings]")];
    return {
      findings: lists.reduce((a, l) => a + Number(l.dataset.findings), 0),
      nodes: lists.reduce((a, l) => a + l.querySelectorAll("*").length + 1, 0),
      pane: document.querySelectorAll("[data-testid=pane] *").length,
      lists: lists.length,
    };
  });
}

/** The fills and selection of the workbook sheet the harness draws. */
export async function gridSnapshot(page) {
  return page.evaluate(() => {
    const table = document.querySelector("table[data-sheet]");
    if (!table) return null;
    const fills = {};
    const selected = [];
    for (const td of table.querySelectorAll("td[data-address]")) {
      fills[td.dataset.address] = td.dataset.fill ?? "";
      if (td.dataset.selected === "true") selected.push(td.dataset.address);
    }
    return { sheet: table.dataset.sheet, version: Number(table.dataset.version), fills, selected };
  });
}

/** One line describing a timed check, as both the browser tests and the benchmark print it. */
export function describeCheck(where, m) {
  return `${where}: longest main-thread task ${m.longest} ms (${m.longTasks} long tasks, ${m.blocked} ms in all), ${m.whileChecking} ms until the core answered (after ${m.answeredAfter} ms); progress after ${m.progress ?? "never"} ms; verdict after ${m.total} ms`;
}
