import { countFindings, verdictOf, type Finding } from "../../src/core/report";
import type { CliRoadmapReport } from "../../src/cli/run-report";
import { main } from "../../src/cli/run";

/** Hand-made reports for tests of the CLI's formatting and marking, independent of the checks. */

export function finding(p: Partial<Finding> & Pick<Finding, "code" | "severity">): Finding {
  return {
    sheet: "Лист1",
    address: null,
    marksCell: false,
    rowIndex: null,
    itemId: null,
    itemTitle: null,
    message: { ru: `сообщение ${p.code}`, en: `message ${p.code}` },
    expected: null,
    actual: null,
    rule: null,
    match: null,
    ...p,
  };
}

export function report(findings: Finding[], p: Partial<CliRoadmapReport> = {}): CliRoadmapReport {
  const { counts, byCode } = countFindings(findings);
  return {
    roadmapId: "Лист1!A5",
    sheet: "Лист1",
    title: "Комплекс мер (дорожная карта) на 2024 год",
    layout: "table",
    programme: "kvantorium",
    editionId: "kvantorium-2024",
    editionTitle: { ru: "Кванториум, редакция 2024", en: "Kvantorium, 2024 edition" },
    editionConfidence: "reconstructed",
    editionGeneration: 2024,
    templateHash: "0123456789ab",
    targetYear: 2024,
    checkDate: "2024-03-10",
    rowsRead: 13,
    matches: [],
    findings,
    counts,
    byCode,
    verdict: verdictOf(counts),
    notes: [],
    reading: { organisation: null, columns: [], rows: [] },
    ...p,
  };
}

/** The CLI's main() in this process (no worker threads), its output captured: for tests whose bundle path is covered elsewhere. */
export async function runInProcess(
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    cwd,
    workerScript: null,
    cores: 1,
    env: {},
  });
  return { code, stdout, stderr };
}
