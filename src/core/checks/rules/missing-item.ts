import type { RuleCodes } from "../../findings/catalogue";
import { bi, EXAMPLE_ITEM, shorten, type ItemRef } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { daysApart } from "../../deadlines";
import { siblingEditions } from "../../templates/library";
import { compileEdition } from "../../match";
import { ruleDue, ruleText } from "../../templates/rules";
import { finding, type CheckContext, type Placed } from "../context";

const UNCONFIRMED = bi(
  " Пункт известен только по региональным актам; в федеральной форме его наличие не подтверждено.",
  " The item is known only from regional acts; the federal form is not confirmed to have it.",
);
const NO_CAVEAT = bi("", "");

const messages = {
  item: (p: { item: ItemRef; expected: Bilingual | null; unconfirmed: boolean }): Bilingual => {
    const caveat = p.unconfirmed ? UNCONFIRMED : NO_CAVEAT;
    return bi(
      `В дорожной карте нет пункта «${p.item.title.ru}»${p.expected ? ` (по шаблону — ${p.expected.ru})` : ""}.${caveat.ru}`,
      `The roadmap lacks the item “${p.item.title.en}”${p.expected ? ` (template: ${p.expected.en})` : ""}.${caveat.en}`,
    );
  },
  direction: (p: { section: string; item: ItemRef; unconfirmed: boolean }): Bilingual => {
    const caveat = p.unconfirmed ? UNCONFIRMED : NO_CAVEAT;
    return bi(
      `В плане нет ни одного мероприятия по направлению ${p.section} «${p.item.title.ru}».${caveat.ru}`,
      `The plan has no measure under direction ${p.section} “${p.item.title.en}”.${caveat.en}`,
    );
  },
  /** No row names the item, but a row that matches no item stands where it belongs: it may be the item in other words. */
  unsure: (p: {
    item: ItemRef;
    expected: Bilingual | null;
    section: string | null;
    row: { title: string; address: string };
    unconfirmed: boolean;
  }): Bilingual => {
    const caveat = p.unconfirmed ? UNCONFIRMED : NO_CAVEAT;
    const what = p.section
      ? bi(
          `Ни одно мероприятие не соотнесено уверенно с направлением ${p.section} «${p.item.title.ru}»`,
          `No measure is matched with confidence to direction ${p.section} “${p.item.title.en}”`,
        )
      : bi(
          `Ни одна строка не соотнесена уверенно с пунктом «${p.item.title.ru}»${p.expected ? ` (по шаблону — ${p.expected.ru})` : ""}`,
          `No row is matched with confidence to the item “${p.item.title.en}”${p.expected ? ` (template: ${p.expected.en})` : ""}`,
        );
    return bi(
      `${what.ru}. Строка «${shorten(p.row.title)}» (${p.row.address}) не соответствует ни одному пункту формы и стоит на его месте: если это он, замечание можно не учитывать, если нет — пункт пропущен.${caveat.ru}`,
      `${what.en}. Row “${shorten(p.row.title)}” (${p.row.address}) matches no item of the form and stands where this one belongs: if it is this item, ignore this warning; if not, the item is missing.${caveat.en}`,
    );
  },
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "missing-item": {
    severity: "error",
    label: bi("Пропущенные пункты", "Missing items"),
    description: bi(
      "пункт федеральной формы, которого нет ни в одной строке (предупреждение, когда на его месте стоит строка, не соотнесённая ни с одним пунктом: она может быть им в других словах)",
      "an item of the federal form that no row covers (a warning when a row that matches no item stands in its place: it may be this item in other words)",
    ),
    messages,
    example: messages.item({
      item: EXAMPLE_ITEM,
      expected: bi("не позднее 15 февраля 2027 года", "by 15 February 2027"),
      unconfirmed: false,
    }),
  },
} satisfies RuleCodes;

// A row naming an event by its kind; an item whose form text is about training (a plan's directions are all events).
const EVENT_ROW =
  /(?<![а-я])(?:семинар|вебинар|конференц|фестивал|форум|конкурс|олимпиад|турнир|сл[её]т|мастер-класс|экскурси|выставк|квест|праздник)/;
const TRAINING_ITEM = /квалификац|обучени|наставни/;
// A repair («Ремонт и подготовка помещений Центра»), a school's own step, stands in only for an item about the premises
// or what is installed in them: beside a register of acceptance or a monitoring it is a regional addition (h215).
const REPAIR_ROW = /(?<![а-я])ремонт/;
const PREMISES_ITEM = /помещени|площад|зонировани|дизайн|оборудовани|инфраструктур/;

/** How far from the form's day a stand-in's own due date may fall (a month and a half either way). */
const STAND_IN_DAYS = 45;

/**
 * The first row that matches no item of the form and stands between the rows of the item's nearest found neighbours
 * in the form's order, or null. A planner who leaves a step out leaves no row in its place; one who words it
 * unusually leaves a row there that the matcher could not place (on the blind sets h22–h30 as first measured, 24 of 74
 * false missing items had such a row; in the tuning corpus, 1 of 46 planted ones).
 */
function standIn(
  ctx: CheckContext,
  i: number,
  lo: number,
  hi: number,
): { title: string; address: string } | null {
  const { edition, match, roadmap } = ctx;
  const order = edition!.items;
  // A dated item's stand-in falls due near the form's day: a regional addition in the same place falls due elsewhere.
  const due = ctx.year !== null ? ruleDue(order[i]!.deadline, ctx.year) : null;
  // A row repeated every quarter or month is no one-off step in other words («ежеквартально» beside a missing monitoring).
  const oneOff = order[i]!.deadline.kind === "by-date" || order[i]!.deadline.kind === "date";
  const fits = (p: number) => {
    const d = ctx.rows[p]?.due;
    if (oneOff && ctx.rows[p]?.deadline?.kind === "recurring") return false;
    return !due || !d || daysApart(d, due) <= STAND_IN_DAYS;
  };
  // An event (a seminar, a festival) stands in only for a direction of a plan of events or an item about training:
  // near a purchase or a monitoring it is a regional addition.
  const eventsFit = edition!.kind === "directions" || TRAINING_ITEM.test(order[i]!.text.toLowerCase());
  const premisesFit = PREMISES_ITEM.test(order[i]!.text.toLowerCase());
  const kindFits = (p: number) => {
    const title = (roadmap.rows[p]!.fields.title?.text ?? "").toLowerCase();
    return (eventsFit || !EVENT_ROW.test(title)) && (premisesFit || !REPAIR_ROW.test(title));
  };
  // A step of another programme's form («Утверждение планов мероприятий» of a Кванториум on a sheet shared with
  // Точка роста) is a step in its own right, not this item in other words.
  // (A plan of events is no roadmap of steps: its directions are stood in for by events, whatever words they share.)
  const others = edition!.kind === "items" ? siblingEditions(edition!).map(compileEdition) : [];
  const ownStep = (p: number) => {
    const text = roadmap.rows[p]!.fields.title?.text ?? "";
    return others.some((c) =>
      c
        .score(text)
        .some(
          (s) => s.weight >= c.items[s.itemIndex]!.minScore && c.items[s.itemIndex]!.item.id !== order[i]!.id,
        ),
    );
  };
  const pos = match!.extras.find((p) => p > lo && p < hi && fits(p) && kindFits(p) && !ownStep(p));
  if (pos === undefined) return null;
  const row = roadmap.rows[pos]!;
  return { title: row.fields.title?.text ?? "", address: row.address };
}

/** The rows of an item's nearest found neighbours in the form's order: the last of the earlier one (-1 when none) and
 * the first of the later one (Infinity when none). */
function neighbours(ctx: CheckContext, i: number): { lo: number; hi: number } {
  const order = ctx.edition!.items;
  const rows = (k: number) => ctx.match!.byItem.get(order[k]!.id)?.map((x) => x.rowPos);
  let lo = -1;
  let hi = Number.POSITIVE_INFINITY;
  for (let k = i - 1; k >= 0 && lo < 0; k--) {
    const r = rows(k);
    if (r) lo = Math.max(...r);
  }
  for (let k = i + 1; k < order.length && hi === Number.POSITIVE_INFINITY; k++) {
    const r = rows(k);
    if (r) hi = Math.min(...r);
  }
  return { lo, hi };
}

/** An item of the form that no row covers, placed where it belongs: after the nearest earlier item found. */
export function check(ctx: CheckContext): Placed[] {
  const { edition, match, roadmap } = ctx;
  if (!edition || !match) return [];
  const out: Placed[] = [];
  const order = edition.items;
  // A roadmap read so far off that most items are missing is no place to guess which row is which.
  const applied = order.filter((it) => !ctx.notApplied.has(it.id));
  const mostFound = applied.filter((it) => match.byItem.has(it.id)).length * 2 >= applied.length;
  order.forEach((item, i) => {
    // An item of a federal subsidy is not required of a regionally funded roadmap (the report's notes say why).
    if (match.byItem.has(item.id) || ctx.notApplied.has(item.id)) return;
    // After the row of the nearest earlier item found, else before the nearest later one.
    const { lo, hi } = neighbours(ctx, i);
    const place = lo >= 0 ? lo : hi === Number.POSITIVE_INFINITY ? null : hi;
    const expected = item.deadline.kind === "none" ? null : ruleText(item.deadline, ctx.year);
    const unconfirmed = item.confidence === "unknown";
    const section = item.multiple && item.section !== null ? item.section : null;
    const candidate = mostFound ? standIn(ctx, i, lo, hi) : null;
    const message = candidate
      ? messages.unsure({ item, expected, section, row: candidate, unconfirmed })
      : section !== null
        ? messages.direction({ section, item, unconfirmed })
        : messages.item({ item, expected, unconfirmed });
    out.push(
      finding(ctx, "missing-item", place === null ? roadmap.rows.length : place + 0.5, {
        // Unsure: a warning on the row that may be the item, which the planner is asked to look at.
        severity: candidate ? "warning" : undefined,
        address: candidate ? candidate.address : place === null ? null : roadmap.rows[place]!.address,
        marksCell: false,
        itemId: item.id,
        itemTitle: item.title,
        message,
        expected,
        rule: { source: item.source.document, confidence: item.confidence },
      }),
    );
  });
  return out;
}
