// Mark-plan building for a large report: the one piece of core every command runs after the checks.
import { buildMarkPlan } from "../src/core/marks";
import { countFindings, verdictOf, type Finding, type RoadmapReport } from "../src/core/report";
import { cellAddress } from "../src/core/grid";

export async function run(): Promise<Record<string, number>> {
  const findings: Finding[] = [];
  for (let i = 0; i < 20_000; i++) {
    findings.push({
      code: i % 3 ? "overdue" : "late-vs-template",
      severity: i % 3 ? "warning" : "error",
      sheet: "Лист1",
      address: cellAddress(2 + (i % 10_000), 2 + (i % 4)),
      marksCell: true,
      rowIndex: i,
      itemId: null,
      itemTitle: null,
      message: { ru: `Сообщение ${i}`, en: `Message ${i}` },
      expected: null,
      actual: null,
      rule: null,
      match: null,
    });
  }
  const { counts, byCode } = countFindings(findings);
  const report: RoadmapReport = {
    roadmapId: "x",
    sheet: "Лист1",
    title: "t",
    layout: "table",
    programme: "kvantorium",
    editionId: null,
    editionTitle: null,
    editionConfidence: null,
    editionGeneration: null,
    templateHash: null,
    targetYear: 2024,
    checkDate: "2024-01-01",
    rowsRead: 10_000,
    matches: [],
    findings,
    counts,
    byCode,
    verdict: verdictOf(counts),
    notes: [],
  };
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t = performance.now();
    buildMarkPlan([report], "ru");
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[3]!;
  console.log(`mark plan for 20,000 findings: median ${median.toFixed(1)} ms`);
  return { "core.markplan_20000_findings.median_ms": median };
}
