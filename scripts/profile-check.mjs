// Profiles one «Проверить» in a demo build (issue 15): a CDP trace (timeline, GC, CPU profile) of the click to the
// verdict, then each main-thread task over 50 ms with its trace events (GC, layout, script) and its hottest
// functions, source-mapped. Tracing slows the page: read the breakdown, not the durations, as the figures.
// `node --import tsx scripts/profile-check.mjs [dist-demo] [rows]` (writes the trace to $TMPDIR/roadmap-profile/)
import { chromium } from "playwright-core";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SourceMapConsumer } from "source-map";
import { serveStatic } from "../tests/e2e/server.mjs";
import { writeBigWorkbook } from "../tests/e2e/responsiveness.mjs";

const dist = resolve(process.argv[2] ?? "dist-demo");
const rows = Number(process.argv[3] ?? 3000);
const books = join(tmpdir(), "roadmap-profile");
if (!existsSync(join(books, `big-${rows}.xlsx`))) {
  (await import("node:fs")).mkdirSync(books, { recursive: true });
  await writeBigWorkbook(books, rows);
}
const server = await serveStatic(dist, 0, { "/workbooks/e2e/": books });
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "prof-")), {
  executablePath: "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1360, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
const pane = page.getByTestId("pane");
await page.goto(`${server.url}/?wb=e2e/big-${rows}.xlsx`);
await pane.locator("[data-roadmap-id]").first().waitFor({ timeout: 120000 });
await page.waitForTimeout(500);
const cdp = await ctx.newCDPSession(page);
const events = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", {
  transferMode: "ReportEvents",
  traceConfig: {
    includedCategories: [
      "devtools.timeline",
      "v8",
      "v8.execute",
      "disabled-by-default-devtools.timeline",
      "disabled-by-default-v8.cpu_profiler",
      "blink.user_timing",
      "disabled-by-default-v8.gc",
    ],
  },
});
await page.evaluate(() => {
  const b = [...document.querySelectorAll("[data-testid=pane] button")].find(
    (b) => b.textContent === "Проверить",
  );
  setTimeout(() => {
    performance.mark("click");
    b.click();
  }, 0);
});
await pane.locator("[data-verdict]").waitFor({ timeout: 180000 });
await page.waitForTimeout(500);
await cdp.send("Tracing.end");
await done;
writeFileSync(join(books, `trace-${rows}.json`), JSON.stringify(events));
// main thread
const tn = events.filter((e) => e.name === "thread_name");
const mainT = tn.find((e) => e.args.name === "CrRendererMain");
const pid = mainT.pid,
  tid = mainT.tid;
const click = events.find((e) => e.name === "click" && e.pid === pid);
const t0 = click ? click.ts : 0;
const on = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X");
const tasks = on
  .filter((e) => e.name === "RunTask" && e.dur > 50000 && e.ts >= t0 - 1000)
  .sort((a, b) => a.ts - b.ts);
// CPU profile samples
const prof = events.find((e) => e.name === "Profile" && e.pid === pid && e.tid === tid);
const chunks = events.filter((e) => e.name === "ProfileChunk" && e.pid === pid && e.id === prof?.id);
const nodes = new Map();
let samples = [],
  deltas = [];
for (const c of chunks) {
  const d = c.args.data;
  if (!d) continue;
  if (d.cpuProfile?.nodes) for (const n of d.cpuProfile.nodes) nodes.set(n.id, n);
  if (d.cpuProfile?.samples) {
    samples.push(...d.cpuProfile.samples);
    deltas.push(...(d.timeDeltas ?? []));
  }
}
let ts = prof ? prof.args.data.startTime : 0;
const stimes = deltas.map((d) => (ts += d));
const maps = new Map();
async function orig(cf) {
  const file = (cf.url ?? "").split("/").pop();
  if (!file.endsWith(".js")) return `${cf.functionName || "(anon)"} ${file}`;
  if (!maps.has(file)) {
    const p = join(dist, file + ".map");
    maps.set(file, existsSync(p) ? await new SourceMapConsumer(JSON.parse(readFileSync(p, "utf8"))) : null);
  }
  const m = maps.get(file);
  if (!m) return `${cf.functionName} ${file}`;
  const o = m.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
  return `${o.name ?? cf.functionName ?? "?"} ${(o.source ?? file).replace(/.*node_modules\//, "nm/").replace(/.*\/src\//, "src/")}:${o.line}`;
}
for (const t of tasks) {
  const end = t.ts + t.dur;
  const inside = on.filter((e) => e.ts >= t.ts && e.ts + e.dur <= end && e !== t);
  const by = {};
  for (const e of inside)
    if (
      /GC|FunctionCall|EvaluateScript|Layout|UpdateLayoutTree|Paint|ParseHTML|TimerFire|FireAnimationFrame|EventDispatch|v8.run|RunMicrotasks|V8.GC_MC|MajorGC|MinorGC|Scavenge/i.test(
        e.name,
      )
    )
      by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
  console.log(`\nTASK at ${((t.ts - t0) / 1000).toFixed(0)} ms  dur ${(t.dur / 1000).toFixed(0)} ms`);
  console.log(
    "  ",
    Object.entries(by)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(", "),
  );
  // Self time by function (source-mapped), in CPU profile samples.
  const self = {};
  for (let i = 0; i < samples.length; i++)
    if (stimes[i] >= t.ts && stimes[i] <= end) {
      const n = nodes.get(samples[i]);
      if (!n) continue;
      const k = await orig(n.callFrame);
      self[k] = (self[k] ?? 0) + 1;
    }
  const total = Object.values(self).reduce((a, b) => a + b, 0);
  console.log(
    "   samples",
    total,
    Object.entries(self)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([k, v]) => `\n     ${v} ${k}`)
      .join(""),
  );
}
await ctx.close();
await server.close();
