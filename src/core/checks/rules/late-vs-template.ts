import type { RuleCodes } from "../../findings/catalogue";
import { bi, shorten, EXAMPLE_ITEM, type ItemRef } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { compareIso, nearestDay, type Deadline } from "../../deadlines";
import type { Confidence } from "../../report";
import { isDated, ruleDue, ruleKey, ruleText } from "../../templates/rules";
import type { TemplateItem } from "../../templates/schema";
import { finding, type CheckContext, type Placed, type RowInfo } from "../context";

const messages = {
  late: (p: { actual: string; expected: Bilingual; item: ItemRef; caveat: Bilingual | null }): Bilingual =>
    bi(
      `Срок «${shorten(p.actual, 50)}» позже, чем по шаблону: ${p.expected.ru} (пункт «${p.item.title.ru}»).${p.caveat ? ` ${p.caveat.ru}` : ""}`,
      `The deadline “${shorten(p.actual, 50)}” is later than the template's: ${p.expected.en} (item “${p.item.title.en}”).${p.caveat ? ` ${p.caveat.en}` : ""}`,
    ),
  notComparable: (p: { actual: string; expected: Bilingual; item: ItemRef }): Bilingual =>
    bi(
      `Срок «${shorten(p.actual, 50)}» нельзя сравнить с шаблоном: для пункта «${p.item.title.ru}» шаблон устанавливает дату — ${p.expected.ru}. Укажите дату.`,
      `The deadline “${shorten(p.actual, 50)}” cannot be compared with the template: for “${p.item.title.en}” the template sets a date — ${p.expected.en}. Give a date.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "late-vs-template": {
    severity: "error",
    label: bi("Срок позже шаблона", "Later than the template"),
    description: bi(
      "срок строки позже правила редакции на год плана (предупреждение, если в строке «по графику» / «по запросу», а форма задаёт дату: сравнить нельзя, но это не доказывает опоздания)",
      "the row's deadline is later than the edition's rule for the target year (a warning when the row says «по графику» / «по запросу» where the form sets a date: not comparable, not proof of lateness)",
    ),
    messages,
    example: messages.late({
      actual: "не позднее 1 марта 2027 года",
      expected: bi("не позднее 15 февраля 2027 года", "by 15 February 2027"),
      item: EXAMPLE_ITEM,
      caveat: null,
    }),
  },
} satisfies RuleCodes;

/** The strictest dated rule among the items a row covers, with its due day for the year and its key. */
function strictest(r: RowInfo, year: number | null) {
  return r.items
    .filter((it) => isDated(it.deadline))
    .map((it) => ({
      it,
      due: year !== null ? ruleDue(it.deadline, year) : null,
      key: ruleKey(it.deadline),
      rowDue: r.due,
    }))
    .sort((a, b) => (a.key ?? 0) - (b.key ?? 0))[0];
}

/**
 * A row standing for several dated items with a date each («август, ноябрь 2027 г.» for the two monitorings): each item
 * is compared with the row's date nearest its rule; the first item whose date is later, with that date as the row's.
 * `undefined` when the row is not such a row; null when every item is met by its own date (the row is on time).
 */
function lateOccurrence(r: RowInfo, year: number) {
  const dates = r.deadline?.occurrences;
  if (!dates || r.items.length < 2) return undefined;
  let dated = 0;
  for (const it of r.items) {
    const due = isDated(it.deadline) ? ruleDue(it.deadline, year) : null;
    if (!due) continue;
    dated++;
    const near = nearestDay(dates, due);
    if (compareIso(near, due) > 0) return { it, due, key: ruleKey(it.deadline), rowDue: near };
  }
  // Its latest date belongs to the later item: comparing it with the earlier item's rule would be a false lateness.
  return dated >= 2 ? null : undefined;
}

/**
 * A schedule whose first period begins by the form's first day is on time: «ежеквартально, начиная с IV квартала
 * 2027 г.» (due at the quarter's end) for the form's «ежеквартально, начиная с 1 октября».
 */
function startsInTime(d: Deadline, it: TemplateItem, due: string): boolean {
  return (
    d.kind === "recurring" &&
    it.deadline.kind === "recurring" &&
    d.start !== null &&
    compareIso(d.start, due) <= 0
  );
}

/**
 * «в течение 2027 г.; в течение 2028 г.», «март 2027 г., март 2028 г.»: a plan for several years does the step once a
 * year and is due at the last; it is on time when one of its dates falls in the year up to the rule's day.
 */
function doneInTime(d: Deadline, due: string): boolean {
  const yearBefore = `${Number(due.slice(0, 4)) - 1}${due.slice(4)}`;
  return (d.occurrences ?? []).some((o) => compareIso(o, due) <= 0 && compareIso(o, yearBefore) > 0);
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
export function check(ctx: CheckContext): Placed[] {
  const out: Placed[] = [];
  const year = ctx.year;
  for (const r of ctx.rows) {
    const d = r.deadline;
    if (!d || d.kind === "unknown" || r.items.length === 0) continue;
    const each = year !== null ? lateOccurrence(r, year) : undefined;
    if (each === null) continue;
    const rule = each ?? strictest(r, year);
    if (!rule) continue;
    const it = rule.it;
    let late = false;
    let comparable = false;
    const rowDue = rule.rowDue;
    if (year !== null && rowDue && rule.due) {
      comparable = true;
      late =
        compareIso(rowDue, rule.due) > 0 &&
        !startsInTime(d, it, rule.due) &&
        (each !== undefined || !doneInTime(d, rule.due));
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
          ? messages.late({ actual, expected, item: it, caveat })
          : messages.notComparable({ actual, expected, item: it }),
        expected,
        actual: r.actual,
        rule: ruleOf(it),
        match: r.match,
      }),
    );
  }
  return out;
}
