// The checker on the hand-written corpus (tests/corpus): per set and per finding code, precision and recall; correct
// roadmaps judged «ЕСТЬ ОШИБКИ» (goal 0), false findings, misses, due-date accuracy. The tuning set and each held-out
// set (written by someone else, when present) are reported separately; holdout/, holdout2/ … holdout7/ were spent on
// tuning and moved into tuning/ on 2026-12-04 (tests/corpus/README.md). A set whose folder is absent prints a line.
// `npm run bench corpus` (or `npx tsx bench/corpus.bench.ts`).
import { fileURLToPath } from "node:url";
import { evaluateSet, HELD_OUT_SETS, type SetScore } from "../tests/corpus/evaluate";

const SETS = ["tuning", ...HELD_OUT_SETS];

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

function print(s: SetScore): void {
  console.log(
    `\n[${s.set}] ${s.workbooks} workbooks, ${s.roadmaps} roadmaps (${s.correctRoadmaps} correct), ` +
      `${s.truthFindings} planted findings`,
  );
  console.log(
    `  correct roadmaps judged «ЕСТЬ ОШИБКИ»: ${s.falseHasErrors} (goal 0)   roadmaps not found: ${s.notFound}` +
      `   found roadmaps not in the truth: ${s.extraRoadmaps}`,
  );
  console.log(`  false findings (error/warning not in the truth): ${s.falseFindings}   misses: ${s.misses}`);
  console.log(`  roadmaps with planted errors not judged «ЕСТЬ ОШИБКИ»: ${s.lostHasErrors} (goal 0)`);
  const total = s.due.right + s.due.wrong + s.due.notRead;
  console.log(
    `  row due dates: ${s.due.right}/${total} right (${pct(s.due.accuracy)}), ${s.due.wrong} wrong, ` +
      `${s.due.notRead} rows not read as measures`,
  );
  console.log("  code                        tp    fp    fn  precision  recall");
  for (const [code, t] of Object.entries(s.byCode))
    console.log(
      `  ${code.padEnd(26)}${String(t.tp).padStart(4)}${String(t.fp).padStart(6)}${String(t.fn).padStart(6)}` +
        `${pct(t.precision).padStart(11)}${pct(t.recall).padStart(8)}`,
    );
  const worst = [...s.scores].sort((a, b) => b.gaps.length - a.gaps.length).filter((w) => w.gaps.length > 0);
  if (s.set === "tuning" && worst.length > 0)
    console.log(
      `  most gaps: ${worst
        .slice(0, 5)
        .map((w) => `${w.id} (${w.gaps.length})`)
        .join(", ")}`,
    );
}

export async function run(): Promise<Record<string, number>> {
  const metrics: Record<string, number> = {};
  for (const set of SETS) {
    const s = await evaluateSet(set);
    if (s.workbooks === 0) {
      console.log(`\n[${set}] no workbooks in tests/corpus/${set}/`);
      continue;
    }
    print(s);
    const k = `corpus.${set}`;
    metrics[`${k}.workbooks`] = s.workbooks;
    metrics[`${k}.roadmaps`] = s.roadmaps;
    metrics[`${k}.correct_roadmaps`] = s.correctRoadmaps;
    metrics[`${k}.false_has_errors`] = s.falseHasErrors;
    metrics[`${k}.lost_has_errors`] = s.lostHasErrors;
    metrics[`${k}.roadmaps_not_found`] = s.notFound;
    metrics[`${k}.false_findings`] = s.falseFindings;
    metrics[`${k}.misses`] = s.misses;
    metrics[`${k}.planted_findings`] = s.truthFindings;
    metrics[`${k}.recall`] = s.truthFindings === 0 ? 1 : (s.truthFindings - s.misses) / s.truthFindings;
    metrics[`${k}.due_accuracy`] = s.due.accuracy ?? 0;
    for (const [code, t] of Object.entries(s.byCode)) {
      if (t.precision !== null) metrics[`${k}.${code}.precision`] = t.precision;
      if (t.recall !== null) metrics[`${k}.${code}.recall`] = t.recall;
    }
  }
  return metrics;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
