// Builds tests/fixtures/*.xlsx (and two examples/) from the transcriptions of the five seed documents
// (tests/fixtures/transcriptions/*.json: the text, as a planner keeps it in Excel), and writes the expected reading of
// each (tests/core/reader/golden/*.json) from the same transcription.
// Usage: npx tsx scripts/build-fixtures.ts [--check-seeds ../shared/seeds]
import ExcelJS from "exceljs";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTranscriptions } from "./fixtures/schema";
import { build } from "./fixtures/transcription";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Every line of every written cell must occur in the seed text: the transcription is faithful. */
function checkSeeds(dir: string, wbs: Map<string, ExcelJS.Workbook>): number {
  const seeds = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  const squash = (t: string) =>
    t
      .replace(/<[^>]+>/g, " ")
      .replace(/\*\*/g, "")
      .replace(/\s+/g, " ");
  let bad = 0;
  for (const [file, wb] of wbs) {
    const seedNo = file.slice(4, 7);
    const seedFile = seeds.find((f) => f.startsWith(seedNo));
    if (!seedFile) throw new Error(`no seed for ${file}`);
    const text = squash(readFileSync(join(dir, seedFile), "utf8"));
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.isMerged && cell.master !== cell) return;
          const v = cell.value;
          if (typeof v !== "string") return;
          for (const line of v.split("\n")) {
            const l = squash(line).trim();
            if (l && !text.includes(l)) {
              bad++;
              console.error(`${file} ${cell.address}: not in seed: ${JSON.stringify(l)}`);
            }
          }
        }),
      ),
    );
  }
  return bad;
}

async function main(): Promise<void> {
  const fixturesDir = join(ROOT, "tests/fixtures");
  const goldenDir = join(ROOT, "tests/core/reader/golden");
  const examplesDir = join(ROOT, "examples");
  for (const d of [fixturesDir, goldenDir, examplesDir]) mkdirSync(d, { recursive: true });
  const wbs = new Map<string, ExcelJS.Workbook>();
  for (const f of loadTranscriptions()) {
    const wb = new ExcelJS.Workbook();
    wb.creator = "roadmap-checker fixtures";
    // Fixed document dates keep the unzipped contents stable between runs (the zip entries still carry the build time).
    wb.created = new Date(Date.UTC(2024, 0, 15));
    wb.modified = new Date(Date.UTC(2024, 0, 15));
    const golden = build(wb, f);
    await wb.xlsx.writeFile(join(fixturesDir, f.file));
    if (f.example) await wb.xlsx.writeFile(join(examplesDir, f.example));
    writeFileSync(
      join(goldenDir, f.file.replace(/\.xlsx$/, ".json")),
      JSON.stringify(golden, null, 2) + "\n",
    );
    wbs.set(f.file, wb);
    console.log(`${f.file}: ${golden.map((g) => `${g.programme} ${g.rows.length} rows`).join(", ")}`);
  }
  const i = process.argv.indexOf("--check-seeds");
  if (i > 0) {
    const bad = checkSeeds(resolve(process.argv[i + 1] ?? "../shared/seeds"), wbs);
    console.log(bad ? `${bad} line(s) not found in the seeds` : "all cell lines found in the seeds");
    if (bad) process.exitCode = 1;
  }
}

await main();
