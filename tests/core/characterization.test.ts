// Characterization: the full checkSheet output (every roadmap read, every report) hashed on the bench sheets, every
// fixture and every example, at pinned check dates. A refactoring must leave every hash as it is.
// A deliberate change of behaviour updates the hashes with CHARACTERIZATION_UPDATE=1, and says why in its commit.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { benchSheets, fixtureGrids, rowPool } from "../../bench/sheets";
import { worksheetToGrid } from "../../src/cli/xlsx-grid";
import { checkSheet } from "../../src/core/checks/sheet";
import type { Grid } from "../../src/core/grid";
import { buildMarkPlan } from "../../src/core/marks";

const GOLDEN = fileURLToPath(new URL("./characterization.json", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const CHECK_DATES = ["2024-07-01", "2027-06-01"] as const;
const UPDATE = process.env.CHARACTERIZATION_UPDATE === "1";

/** JSON with object keys sorted and Maps/Sets/undefined made explicit, so the hash sees every value exactly once. */
function canonical(v: unknown): unknown {
  if (v === undefined) return { $undefined: true };
  if (v instanceof Map) return { $map: [...v.entries()].map(([k, x]) => [canonical(k), canonical(x)]) };
  if (v instanceof Set) return { $set: [...v].map(canonical) };
  if (v instanceof Date) return { $date: v.toISOString() };
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = canonical((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

const hashOf = (v: unknown) =>
  createHash("sha256")
    .update(JSON.stringify(canonical(v)))
    .digest("hex")
    .slice(0, 16);

async function workbookGrids(path: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => worksheetToGrid(ws));
}

async function sheets(): Promise<Map<string, Grid>> {
  const out = new Map<string, Grid>();
  const fixtures = await fixtureGrids();
  for (const [file, grid] of fixtures) out.set(`fixture ${file}`, grid);
  const [b1, b10] = benchSheets(rowPool(fixtures), [1_000, 10_000]);
  out.set("bench 1000 rows", b1!);
  out.set("bench 10000 rows", b10!);
  for (const file of readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()) {
    const grids = await workbookGrids(EXAMPLES + file);
    grids.forEach((g, i) => out.set(`example ${file} sheet ${i + 1}`, g));
  }
  return out;
}

describe("characterization of checkSheet", () => {
  it("hashes every sheet's full output at each pinned check date as recorded", async () => {
    const actual: Record<string, string> = {};
    for (const [name, grid] of await sheets())
      for (const checkDate of CHECK_DATES) {
        const res = checkSheet(grid, { checkDate });
        actual[`${name} @ ${checkDate}`] = hashOf(res);
        // The mark plan is what the add-in and the CLI write: pinned in both languages.
        actual[`${name} @ ${checkDate} marks`] = hashOf([
          buildMarkPlan(res.reports, "ru"),
          buildMarkPlan(res.reports, "en"),
        ]);
      }
    if (UPDATE) writeFileSync(GOLDEN, JSON.stringify(actual, null, 2) + "\n");
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, string>;
    expect(Object.keys(actual).length).toBeGreaterThanOrEqual(40);
    expect(actual).toEqual(golden);
    // A ceiling, not a speed goal: 4 s alone, 43 s on a machine shared by six test runs.
  }, 180_000);

  it("the hash sees a one-character change anywhere in the output", () => {
    const a = { reports: [{ findings: [{ message: { ru: "Срок" } }] }] };
    const b = { reports: [{ findings: [{ message: { ru: "Срок." } }] }] };
    expect(hashOf(a)).not.toBe(hashOf(b));
    expect(hashOf({ x: 1, y: 2 })).toBe(hashOf({ y: 2, x: 1 }));
    expect(hashOf({ x: undefined })).not.toBe(hashOf({}));
  });
});
