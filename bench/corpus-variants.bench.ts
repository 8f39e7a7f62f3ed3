// The checker on variants of the tuning workbooks that leave their truth as it is (tests/corpus/variants.ts): merges
// within one row dropped (a caption centred across the selection), Excel dates typed as text. Per variant: correct
// roadmaps judged «ЕСТЬ ОШИБКИ», false findings and wrong due dates, on the workbooks as written and as varied, and
// how many workbooks read worse. `npm run bench corpus-variants`.
import { fileURLToPath } from "node:url";
import { evaluateWorkbook, loadSet } from "../tests/corpus/evaluate";
import { VARIANTS } from "../tests/corpus/variants";

export async function run(): Promise<Record<string, number>> {
  const metrics: Record<string, number> = {};
  const set = loadSet("tuning");
  const base = await Promise.all(set.map(({ workbook }) => evaluateWorkbook("tuning", workbook)));
  for (const v of VARIANTS) {
    let [fhe, ff, due, worse] = [0, 0, 0, 0];
    const examples: string[] = [];
    for (const [i, { workbook }] of set.entries()) {
      const a = base[i]!;
      const b = await evaluateWorkbook("tuning", v.apply(workbook));
      fhe += b.falseHasErrors;
      ff += b.falseFindings;
      due += b.due.wrong;
      const newGaps = b.gaps.filter((g) => !a.gaps.includes(g));
      if (newGaps.length > 0) {
        worse++;
        if (examples.length < 5) examples.push(`${workbook.id}: ${newGaps[0]}`);
      }
    }
    const sum = (k: "falseHasErrors" | "falseFindings") => base.reduce((n, s) => n + s[k], 0);
    const dueBase = base.reduce((n, s) => n + s.due.wrong, 0);
    console.log(`\n[${v.name}] ${v.about}; ${set.length} tuning workbooks`);
    console.log(
      `  correct roadmaps judged «ЕСТЬ ОШИБКИ»: ${sum("falseHasErrors")} → ${fhe}   false findings: ` +
        `${sum("falseFindings")} → ${ff}   wrong due dates: ${dueBase} → ${due}   workbooks read worse: ${worse}`,
    );
    for (const e of examples) console.log(`  e.g. ${e}`);
    const k = `corpus_variants.${v.name}`;
    metrics[`${k}.false_has_errors`] = fhe;
    metrics[`${k}.false_findings`] = ff;
    metrics[`${k}.wrong_due`] = due;
    metrics[`${k}.workbooks_worse`] = worse;
  }
  return metrics;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
