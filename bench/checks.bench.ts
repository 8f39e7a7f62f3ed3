// Read + check a consolidated sheet of 1,000 / 10,000 / 50,000 rows drawn from the fixtures, and the matching
// quality on the fixture rows against a fuse.js baseline. `npm run bench` (or `npx tsx bench/checks.bench.ts`).
import Fuse from "fuse.js";
import { checkRoadmap } from "../src/core/checks";
import { checkSheet } from "../src/core/checks/sheet";
import { readRoadmaps } from "../src/core/reader";
import type { Roadmap } from "../src/core/reader/types";
import { getEdition } from "../src/core/templates/library";
import { SPECS } from "../tests/core/checks/fixture-spec";
import { benchSheets, fixtureGrids, rowPool } from "./sheets";
import { time } from "./timing";

// --- matching quality ------------------------------------------------------------------------------------------------

function truthPairs(): Set<string> {
  const t = new Set<string>();
  for (const spec of SPECS)
    spec.rows.forEach((items, pos) =>
      items.forEach((id) => t.add(`${spec.file}|${spec.programme}|${pos}|${id}`)),
    );
  return t;
}

function oursPairs(roadmapsBySpec: Map<string, Roadmap>, noise: (s: string) => string): Set<string> {
  const out = new Set<string>();
  for (const spec of SPECS) {
    const r = roadmapsBySpec.get(`${spec.file}|${spec.programme}`)!;
    const noisy: Roadmap = {
      ...r,
      rows: r.rows.map((row) => ({
        ...row,
        subItems: row.subItems.map(noise),
        fields: {
          ...row.fields,
          ...(row.fields.title ? { title: { ...row.fields.title, text: noise(row.fields.title.text) } } : {}),
        },
      })),
    };
    const matches = checkRoadmap(noisy, getEdition(spec.edition)!, {
      targetYear: spec.targetYear,
      checkDate: "2020-01-01",
    }).matches;
    for (const m of matches) out.add(`${spec.file}|${spec.programme}|${m.rowIndex}|${m.itemId}`);
  }
  return out;
}

/** The baseline: fuse.js fuzzy search of each row text (or sub-item) over the items' wording, best hit per text. */
function fusePairs(roadmapsBySpec: Map<string, Roadmap>, noise: (s: string) => string): Set<string> {
  const out = new Set<string>();
  for (const spec of SPECS) {
    const e = getEdition(spec.edition)!;
    const fuse = new Fuse(
      e.items.map((i) => ({
        id: i.id,
        text: i.text,
        title: i.title.ru,
        terms: i.terms.map((t) => [t.term, ...t.synonyms].join(" ")).join(" "),
      })),
      { keys: ["text", "title", "terms"], includeScore: true, threshold: 0.6, ignoreLocation: true },
    );
    const r = roadmapsBySpec.get(`${spec.file}|${spec.programme}`)!;
    r.rows.forEach((row, pos) => {
      const texts = row.subItems.length ? row.subItems : [row.fields.title?.text ?? ""];
      for (const t of texts) {
        const hit = fuse.search(noise(t))[0];
        if (hit) out.add(`${spec.file}|${spec.programme}|${pos}|${hit.item.id}`);
      }
    });
  }
  return out;
}

function pr(pred: Set<string>, truth: Set<string>): { precision: number; recall: number } {
  let tp = 0;
  for (const p of pred) if (truth.has(p)) tp++;
  return { precision: pred.size ? tp / pred.size : 0, recall: truth.size ? tp / truth.size : 0 };
}

/** OCR damage as in seed 004: Latin look-alikes inside every third word, «ё» kept. */
function ocrNoise(s: string): string {
  const map: Record<string, string> = { о: "o", а: "a", е: "e", р: "p", с: "c", х: "x" };
  return s
    .split(/(\s+)/)
    .map((w, i) => (i % 6 === 0 ? [...w].map((ch) => map[ch] ?? ch).join("") : w))
    .join("");
}

export async function run(): Promise<Record<string, number>> {
  const grids = await fixtureGrids();
  const roadmapsBySpec = new Map<string, Roadmap>();
  for (const spec of SPECS) {
    const read = readRoadmaps(grids.get(spec.file)!);
    const r = read.roadmaps.find((x) => x.programme.value === spec.programme)!;
    roadmapsBySpec.set(`${spec.file}|${spec.programme}`, r);
  }

  const metrics: Record<string, number> = {};
  const table: string[] = [];
  const plan = [
    [1_000, 15],
    [10_000, 15],
    [50_000, 5],
  ] as const;
  const sheets = benchSheets(
    rowPool(grids),
    plan.map(([rows]) => rows),
  );
  for (const [k, [rows, runs]] of plan.entries()) {
    const grid = sheets[k]!;
    let findings = 0;
    const check = () => {
      const res = checkSheet(grid, { checkDate: "2024-07-01" });
      findings = res.reports.reduce((s, r) => s + r.findings.length, 0);
    };
    const t = time(check, runs);
    const read = time(() => readRoadmaps(grid), runs);
    const r1 = (x: number | null) => (x === null ? -1 : Math.round(x * 10) / 10);
    metrics[`checks.read_check_ms.rows_${rows}`] = r1(t.median);
    metrics[`checks.read_check_cpu_ms.rows_${rows}`] = r1(t.cpu);
    metrics[`checks.read_check_after_full_gc_ms.rows_${rows}`] = r1(t.afterFullGc);
    metrics[`checks.read_only_ms.rows_${rows}`] = r1(read.median);
    metrics[`checks.findings.rows_${rows}`] = findings;
    const f = (x: number | null) => (x === null ? "n/a" : x.toFixed(1)).padStart(7);
    table.push(
      `${String(rows).padStart(6)} rows  read+check ${f(t.median)} ms (cpu ${f(t.cpu)}, range ${f(t.min)}–${f(t.max).trim()}; after a forced full GC ${f(t.afterFullGc).trim()})   read alone ${f(read.median)} ms   findings ${findings}`,
    );
  }

  const truth = truthPairs();
  const id = (s: string) => s;
  const ours = pr(oursPairs(roadmapsBySpec, id), truth);
  const fuse = pr(fusePairs(roadmapsBySpec, id), truth);
  const oursOcr = pr(oursPairs(roadmapsBySpec, ocrNoise), truth);
  const fuseOcr = pr(fusePairs(roadmapsBySpec, ocrNoise), truth);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  Object.assign(metrics, {
    "checks.match.pairs_truth": truth.size,
    "checks.match.ours.precision": r3(ours.precision),
    "checks.match.ours.recall": r3(ours.recall),
    "checks.match.fuse.precision": r3(fuse.precision),
    "checks.match.fuse.recall": r3(fuse.recall),
    "checks.match_ocr.ours.precision": r3(oursOcr.precision),
    "checks.match_ocr.ours.recall": r3(oursOcr.recall),
    "checks.match_ocr.fuse.precision": r3(fuseOcr.precision),
    "checks.match_ocr.fuse.recall": r3(fuseOcr.recall),
  });

  console.log(
    "checks: consolidated Kvantorium sheet, rows drawn from the fixtures, 18 municipalities (median of warm runs)",
  );
  for (const l of table) console.log("  " + l);
  console.log(`checks: matching the ${truth.size} (row, item) pairs of the five fixtures`);
  console.log("                      precision  recall");
  console.log(`  ours (stems+terms)    ${ours.precision.toFixed(3)}   ${ours.recall.toFixed(3)}`);
  console.log(`  fuse.js baseline      ${fuse.precision.toFixed(3)}   ${fuse.recall.toFixed(3)}`);
  console.log(`  ours, OCR-damaged     ${oursOcr.precision.toFixed(3)}   ${oursOcr.recall.toFixed(3)}`);
  console.log(`  fuse.js, OCR-damaged  ${fuseOcr.precision.toFixed(3)}   ${fuseOcr.recall.toFixed(3)}`);
  return metrics;
}

// Run directly: `npx tsx bench/checks.bench.ts`.
if (process.argv[1] && /checks\.bench\.ts$/.test(process.argv[1])) {
  run().then((m) => console.log(m));
}
