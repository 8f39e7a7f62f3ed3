import { describe, expect, it } from "vitest";
import { checkRoadmap } from "../../../src/core/checks";
import { checkSheet } from "../../../src/core/checks/sheet";
import { addDays, format, parseISO } from "date-fns";
import { readRoadmaps } from "../../../src/core/reader";
import type { Roadmap } from "../../../src/core/reader/types";
import type { Finding } from "../../../src/core/report";
import { getEdition } from "../../../src/core/templates/library";
import { ruleDue } from "../../../src/core/templates/rules";
import { SPECS, type RoadmapSpec } from "./fixture-spec";
import { dropRow, fixtureGrid, rowCells, setCell } from "./helpers";

async function roadmapOf(spec: RoadmapSpec): Promise<Roadmap> {
  const read = readRoadmaps(await fixtureGrid(spec.file));
  const r = read.roadmaps.find((x) => x.programme.value === spec.programme);
  if (!r) throw new Error(`${spec.file}: no ${spec.programme} roadmap`);
  return r;
}

const serious = (f: Finding) => f.severity !== "info" && f.code !== "missing-item";
const key = (f: Finding) => `${f.code}@${f.address}`;

describe("leave one out: deleting a row loses exactly the items it alone covered", () => {
  for (const spec of SPECS) {
    it(`${spec.file} — ${spec.programme}: every row`, async () => {
      const roadmap = await roadmapOf(spec);
      const edition = getEdition(spec.edition)!;
      const opts = { targetYear: spec.targetYear, checkDate: spec.checkDate };
      const before = checkRoadmap(roadmap, edition, opts);
      expect(before.byCode["missing-item"]).toBeUndefined();

      spec.rows.forEach((items, pos) => {
        const elsewhere = new Set(spec.rows.filter((_, q) => q !== pos).flat());
        const lost = [...new Set(items)].filter((i) => !elsewhere.has(i)).sort();
        const after = checkRoadmap(dropRow(roadmap, pos), edition, opts);
        const missing = after.findings
          .filter((f) => f.code === "missing-item")
          .map((f) => f.itemId!)
          .sort();
        expect(missing, `row ${pos} deleted`).toEqual(lost);
        for (const f of after.findings.filter((x) => x.code === "missing-item")) {
          expect(f.severity).toBe("error");
          expect(f.marksCell).toBe(false);
        }
        // No other error or warning appears or disappears, except those on the deleted row itself.
        const gone = rowCells(roadmap, roadmap.rows[pos]!);
        const expectedRest = before.findings
          .filter(serious)
          .filter((f) => !gone.has(f.address ?? ""))
          .map(key)
          .sort();
        expect(after.findings.filter(serious).map(key).sort(), `row ${pos} deleted`).toEqual(expectedRest);
      });
    });
  }
});

/** Rows whose items carry a dated rule: the strictest rule's due day for the target year. */
function strictestDue(spec: RoadmapSpec, pos: number): string | null {
  const edition = getEdition(spec.edition)!;
  const dues = spec.rows[pos]!.map((id) =>
    ruleDue(edition.items.find((i) => i.id === id)!.deadline, spec.targetYear),
  ).filter((d): d is string => d !== null);
  return dues.length ? dues.sort()[0]! : null;
}

describe("move a deadline one day past its rule: exactly one late-vs-template", () => {
  for (const spec of SPECS.filter((s) => s.edition !== "complex-plan-2024")) {
    it(`${spec.file} — ${spec.programme}: every row with a dated rule`, async () => {
      const roadmap = await roadmapOf(spec);
      let moved = 0;
      for (let pos = 0; pos < spec.rows.length; pos++) {
        const due = strictestDue(spec, pos);
        if (!due) continue; // «согласно графику…»: nothing to be late against
        const [cell, ...continued] = roadmap.rows[pos]!.fields.deadline!.addresses;
        const grid = await fixtureGrid(spec.file);
        const late = format(addDays(parseISO(due), 1), "dd.MM.yyyy");
        setCell(grid, cell!, late);
        for (const a of continued) setCell(grid, a, null); // a deadline continued across a page break
        // The year is pinned: a new calendar date in the sheet may change the reader's guess of it (seed 003).
        const overrides = { [roadmap.id]: { targetYear: spec.targetYear } };
        const report = checkSheet(grid, { checkDate: spec.checkDate, overrides }).reports.find(
          (r) => r.programme === spec.programme,
        )!;
        const lates = report.findings.filter((f) => f.code === "late-vs-template");
        expect(lates, `row ${pos} moved to ${late}`).toHaveLength(1);
        const f = lates[0]!;
        expect(f.severity).toBe("error");
        expect(f.address).toBe(cell);
        expect(f.actual).toBe(late);
        expect(f.rule).not.toBeNull();
        expect(f.expected!.ru).toMatch(/\d{4} года|в течение \d{4} года|начиная с/);
        expect(f.message.ru).toContain(`«${late}» позже, чем по шаблону`);
        moved++;
      }
      expect(moved).toBeGreaterThan(3);
    });
  }
});

describe("empty a responsible cell: exactly one responsible-missing", () => {
  for (const spec of SPECS) {
    it(`${spec.file} — ${spec.programme}: every row`, async () => {
      const roadmap = await roadmapOf(spec);
      for (let pos = 0; pos < roadmap.rows.length; pos++) {
        const f = roadmap.rows[pos]!.fields.responsible;
        if (!f) continue;
        const grid = await fixtureGrid(spec.file);
        for (const a of f.addresses) setCell(grid, a, null);
        const report = checkSheet(grid, { checkDate: spec.checkDate }).reports.find(
          (r) => r.programme === spec.programme,
        )!;
        const found = report.findings.filter((x) => x.code === "responsible-missing");
        expect(found, `row ${pos}: ${f.addresses.join(",")} emptied`).toHaveLength(1);
        expect(found[0]!.severity).toBe("warning");
        // A matrix's emptied «Отв.» line no longer belongs to any row: the note goes to the measure's own cell.
        expect(found[0]!.address).toBe(
          roadmap.layout === "matrix" ? roadmap.rows[pos]!.address : f.addresses[0],
        );
        expect(found[0]!.message.ru).toMatch(/^Не указан ответственный за мероприятие «/);
      }
    });
  }
});
