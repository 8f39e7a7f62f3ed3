// Standalone well-formedness check of the held-out corpus (node tests/corpus/holdout/validate.mjs [--show id]).
// It reads only the corpus files and the template editions' item ids: never the checker.
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const here = dirname(fileURLToPath(import.meta.url));
const editionsDir = join(here, "../../../src/core/templates/editions");

const Iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Cell = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.object({ date: Iso }).strict(),
  z
    .object({ formula: z.string().startsWith("="), result: z.union([z.string(), z.number()]).optional() })
    .strict(),
]);
const Range = z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/);
const Sheet = z
  .object({
    name: z.string().min(1).max(31),
    rows: z.array(z.array(Cell)),
    merges: z.array(Range).optional(),
    widths: z.array(z.number().positive()).optional(),
  })
  .strict();
const Finding = z
  .object({
    code: z.string().min(1),
    row: z.number().int().positive().optional(),
    itemId: z.string().min(1).optional(),
  })
  .strict()
  .refine((f) => (f.code === "missing-item" ? f.itemId !== undefined : f.row !== undefined), {
    message: "missing-item needs itemId, other findings need row",
  });
const Roadmap = z
  .object({
    programme: z.enum(["tochka-rosta", "kvantorium", "it-cube", "cos", "complex-plan"]),
    year: z.number().int().min(2019).max(2030),
    organisation: z.string().min(1).nullable(),
    findings: z.array(Finding),
    info: z.array(Finding).optional(),
    rows: z.array(z.object({ row: z.number().int().positive(), due: Iso.nullable() }).strict()),
  })
  .strict();
const Workbook = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    description: z.string().min(40),
    made: z.string().startsWith("holdout: "),
    checkDate: Iso,
    sheets: z.array(Sheet).min(1),
    truth: z.object({ sheet: z.string(), roadmaps: z.array(Roadmap).min(1) }).strict(),
  })
  .strict();

const itemIds = new Map();
for (const f of readdirSync(editionsDir).filter((n) => n.endsWith(".json"))) {
  const e = JSON.parse(readFileSync(join(editionsDir, f), "utf8"));
  const set = itemIds.get(e.programme) ?? new Set();
  for (const it of e.items) set.add(it.id);
  itemIds.set(e.programme, set);
}

const colNum = (letters) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
const validDate = (iso) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};
const text = (c) =>
  c === null || c === undefined
    ? ""
    : typeof c === "object"
      ? "date" in c
        ? `[${c.date}]`
        : c.formula
      : String(c);

const show = process.argv.includes("--show") ? process.argv[process.argv.indexOf("--show") + 1] : null;
const files = readdirSync(here).filter((n) => n.endsWith(".json"));
let errors = 0;
const fail = (file, msg) => {
  errors++;
  console.error(`${file}: ${msg}`);
};
const summary = { workbooks: 0, roadmaps: 0, correct: 0, planted: 0 };

for (const file of files) {
  let wb;
  try {
    wb = Workbook.parse(JSON.parse(readFileSync(join(here, file), "utf8")));
  } catch (e) {
    fail(file, e instanceof z.ZodError ? z.prettifyError(e) : String(e));
    continue;
  }
  summary.workbooks++;
  if (wb.id !== basename(file, ".json")) fail(file, `id ${wb.id} is not the file name`);
  if (!validDate(wb.checkDate)) fail(file, `checkDate ${wb.checkDate} is not a day`);
  const names = new Set(wb.sheets.map((s) => s.name));
  if (names.size !== wb.sheets.length) fail(file, "two sheets with one name");
  const sheet = wb.sheets.find((s) => s.name === wb.truth.sheet);
  if (!sheet) {
    fail(file, `truth.sheet ${wb.truth.sheet} does not exist`);
    continue;
  }
  for (const s of wb.sheets) {
    for (const row of s.rows)
      for (const c of row)
        if (c && typeof c === "object" && "date" in c && !validDate(c.date)) fail(file, `bad date ${c.date}`);
    const covered = new Set();
    for (const m of s.merges ?? []) {
      const [, c1, r1, c2, r2] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
      if (colNum(c1) > colNum(c2) || +r1 > +r2 || (c1 === c2 && r1 === r2)) fail(file, `bad merge ${m}`);
      for (let r = +r1; r <= +r2; r++)
        for (let c = colNum(c1); c <= colNum(c2); c++) {
          const key = `${r}:${c}`;
          if (covered.has(key)) fail(file, `merge ${m} overlaps another`);
          covered.add(key);
          // Excel keeps only the top-left value of a merge: anything else would be lost.
          const isTopLeft = r === +r1 && c === colNum(c1);
          const v = s.rows[r - 1]?.[c - 1];
          if (!isTopLeft && v !== null && v !== undefined) fail(file, `merge ${m} hides a value at row ${r}`);
        }
    }
  }
  const orgs = new Set();
  for (const rm of wb.truth.roadmaps) {
    summary.roadmaps++;
    const key = `${rm.programme}|${rm.organisation ?? ""}`;
    if (orgs.has(key)) fail(file, `two truth roadmaps ${key}`);
    orgs.add(key);
    if (rm.findings.length === 0) summary.correct++;
    summary.planted += rm.findings.length;
    const known = itemIds.get(rm.programme);
    for (const f of [...rm.findings, ...(rm.info ?? [])]) {
      if (f.itemId !== undefined && !known?.has(f.itemId))
        fail(file, `unknown item ${f.itemId} for ${rm.programme}`);
      if (f.row !== undefined && !(sheet.rows[f.row - 1] ?? []).some((c) => text(c) !== ""))
        if (f.code !== "deadline-missing" && f.code !== "responsible-missing")
          fail(file, `finding on empty row ${f.row}`);
    }
    const seen = new Set();
    for (const r of rm.rows) {
      if (seen.has(r.row)) fail(file, `row ${r.row} listed twice`);
      seen.add(r.row);
      if (r.due !== null && !validDate(r.due)) fail(file, `bad due ${r.due}`);
      if (!(sheet.rows[r.row - 1] ?? []).some((c) => text(c) !== ""))
        fail(file, `truth row ${r.row} is empty`);
    }
    for (const f of rm.findings)
      if (f.row !== undefined && !seen.has(f.row))
        fail(file, `finding row ${f.row} is not a listed measure row`);
    if (show === wb.id) {
      console.log(`--- ${rm.programme} ${rm.year} ${rm.organisation ?? ""}`);
      const due = new Map(rm.rows.map((r) => [r.row, r.due]));
      sheet.rows.forEach((row, i) => {
        const mark = due.has(i + 1) ? `due ${due.get(i + 1) ?? "null      "}` : "               ";
        console.log(
          `${String(i + 1).padStart(3)} ${mark} | ${row.map((c) => text(c).slice(0, 38)).join(" | ")}`,
        );
      });
    }
  }
}
console.log(
  `${summary.workbooks}/${files.length} workbooks well-formed; ${summary.roadmaps} roadmaps, ${summary.correct} correct, ${summary.planted} planted findings; ${errors} problems`,
);
process.exit(errors === 0 ? 0 : 1);
