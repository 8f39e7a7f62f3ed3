import { compareIso } from "../../deadlines";
import { MESSAGES } from "../../findings/messages";
import type { Confidence } from "../../report";
import { isDated, ruleDue, ruleKey, ruleText } from "../../templates/rules";
import type { TemplateItem } from "../../templates/schema";
import { finding, type CheckContext, type Placed, type RowInfo } from "../context";

/** The strictest dated rule among the items a row covers, with its due day for the year and its key. */
function strictest(r: RowInfo, year: number | null) {
  return r.items
    .filter((it) => isDated(it.deadline))
    .map((it) => ({ it, due: year !== null ? ruleDue(it.deadline, year) : null, key: ruleKey(it.deadline) }))
    .sort((a, b) => (a.key ?? 0) - (b.key ?? 0))[0];
}

const ruleOf = (item: TemplateItem) => ({
  source: item.source.document,
  confidence: item.deadline.confidence as Confidence,
});

/**
 * A row's deadline later than the template's rule for the items it covers (the strictest of them). A row that says
 * «по графику» / «по запросу» where the form sets a date gets a warning: not proof of lateness, but it leaves the
 * region without a committed date the federal operator monitors, which a reviewer sends back.
 */
export function lateVsTemplate(ctx: CheckContext): Placed[] {
  const out: Placed[] = [];
  const year = ctx.year;
  for (const r of ctx.rows) {
    const d = r.deadline;
    if (!d || d.kind === "unknown" || r.items.length === 0) continue;
    const rule = strictest(r, year);
    if (!rule) continue;
    const it = rule.it;
    let late = false;
    let comparable = false;
    if (year !== null && r.due && rule.due) {
      comparable = true;
      late = compareIso(r.due, rule.due) > 0;
    } else if (r.key !== null && rule.key !== null) {
      comparable = true;
      late = r.key > rule.key;
    }
    const schedule = !comparable && (d.kind === "external-schedule" || d.kind === "on-request");
    if (!late && !schedule) continue;
    const expected = ruleText(it.deadline, year);
    const actual = r.actual ?? "";
    const caveat = it.deadline.confidence === "confirmed" ? null : it.deadline.note;
    out.push(
      finding(ctx, "late-vs-template", r.pos, {
        severity: late ? undefined : "warning",
        address: r.deadlineAddress,
        rowIndex: r.row.index,
        itemId: it.id,
        itemTitle: it.title,
        message: late
          ? MESSAGES["late-vs-template"].late({ actual, expected, item: it, caveat })
          : MESSAGES["late-vs-template"].notComparable({ actual, expected, item: it }),
        expected,
        actual: r.actual,
        rule: ruleOf(it),
        match: r.match,
      }),
    );
  }
  return out;
}
