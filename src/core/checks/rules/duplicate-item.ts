import type { RuleCodes } from "../../findings/catalogue";
import { bi, EXAMPLE_ITEM, type ItemRef } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { compileEdition, normNumber } from "../../match";
import { finding, memoised, type CheckContext, type Placed, type RowInfo } from "../context";
import { objectsIn } from "../objects";

const messages = {
  row: (p: { item: ItemRef; otherAddress: string }): Bilingual =>
    bi(
      `Строка повторяет пункт «${p.item.title.ru}», который уже есть в ячейке ${p.otherAddress}.`,
      `The row repeats the item “${p.item.title.en}” already given in cell ${p.otherAddress}.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "duplicate-item": {
    severity: "warning",
    label: bi("Пункт повторяется", "Item repeated"),
    description: bi("две строки об одном пункте", "two rows for the same item"),
    messages,
    example: messages.row({ item: EXAMPLE_ITEM, otherAddress: "B12" }),
  },
} satisfies RuleCodes;

// Names of organisations in a title: «…» quotes and «№ 5»; normalised so case and spacing do not count.
const NAMED = /«[^»]{2,80}»|№\s*\d+/g;
const namesIn = (t: string) =>
  new Set((t.match(NAMED) ?? []).map((n) => n.toLowerCase().replace(/\s+/g, " ")));

/** Whether each title names an organisation («МБОУ «СОШ № 2»») the other does not: the same step for two schools. */
function forOtherOrganisations(a: string, b: string): boolean {
  const na = namesIn(a);
  const nb = namesIn(b);
  return [...na].some((n) => !nb.has(n)) && [...nb].some((n) => !na.has(n));
}

/**
 * One step split by what it is about («закупки мебели», «закупки оборудования, средств обучения»): each row names its
 * own objects and none of the other's, so neither repeats the other. A generic row («товаров, работ, услуг») names
 * none, and the specific one beside it repeats part of it.
 */
function forOtherObjects(a: string, b: string): boolean {
  const oa = objectsIn(a);
  const ob = objectsIn(b);
  return oa !== 0 && ob !== 0 && (oa & ob) === 0;
}

/**
 * Of two rows, the one worded without the item's main word names work that neither the other row nor the item does
 * («Проведение ремонтных работ, приведение помещений в соответствие» beside «Фотомониторинг приведения помещений в
 * соответствие»): the neighbouring step, sharing only side words. A copy worded without the main word names no other work.
 */
function otherWork(ctx: CheckContext, itemId: string, a: string, b: string): boolean {
  // Cheap first: only rows naming different objects can differ by their work.
  if (objectsIn(a) === objectsIn(b)) return false;
  const main = mainWordOf(ctx, itemId);
  if (!main) return false;
  const [withMain, without] = main.names(a) ? [a, b] : [b, a];
  if (!main.names(withMain) || main.names(without)) return false;
  return (objectsIn(without) & ~objectsIn(withMain) & ~objectsIn(main.text)) !== 0;
}

// «доставка», «наладка», «монтаж», «ввод в эксплуатацию» of the equipment, its «поставка» (not a purchase «на поставку»).
const AFTER_PURCHASE =
  /доставк|наладк|налажен|монтаж|установк|ввод[а-я]*\s+в\s+эксплуатац|(?<!на\s)поставк/iu;

/**
 * Of two rows for the purchase, one names the equipment's delivery or setting up and the item does not («Закупка,
 * доставка и наладка оборудования» beside «Объявление закупок» in a form with no delivery step): the work after it.
 */
function afterPurchase(ctx: CheckContext, itemId: string, a: string, b: string): boolean {
  if (AFTER_PURCHASE.test(a) === AFTER_PURCHASE.test(b)) return false;
  const item = ctx.itemsById.get(itemId);
  // Only the purchase's own item: a list row naming the delivery among other steps still repeats those.
  return item !== undefined && /закуп/iu.test(item.text) && !AFTER_PURCHASE.test(item.text);
}

// «Ремонт кабинетов в соответствии с дизайн-проектом», «… согласно дизайн-проекту», «ремонт … под дизайн-проект»: the
// words naming the document a step is done by, to the end of the title.
const BY_DOCUMENT = /\s(?:в\s+соответстви[еия]\s+с|согласно|на\s+основании|под)\s.*$/isu;

/**
 * Of two rows, one names the item's main word only as the document it works by («Ремонт кабинетов в соответствии с
 * дизайн-проектом» beside «Разработка проекта дизайна и зонирования»): the step after the item, not the item again.
 */
function worksByIt(ctx: CheckContext, itemId: string, a: string, b: string): boolean {
  if (!BY_DOCUMENT.test(a) && !BY_DOCUMENT.test(b)) return false;
  const main = mainWordOf(ctx, itemId);
  if (!main) return false;
  const own = (t: string) => main.names(t.replace(BY_DOCUMENT, ""));
  const byIt = (t: string) => main.names(t) && !own(t);
  return (byIt(a) && own(b)) || (byIt(b) && own(a));
}

/** The item's main word (its heaviest term) and whether a text names it, or null without an edition. */
function mainWordOf(
  ctx: CheckContext,
  itemId: string,
): { word: string; text: string; names: (t: string) => boolean } | null {
  if (!ctx.edition) return null;
  const compiled = compileEdition(ctx.edition);
  const ci = compiled.items.find((c) => c.item.id === itemId);
  if (!ci || ci.mainTerm === null) return null;
  const word = ci.mainTerm;
  return {
    word,
    text: ci.item.text,
    names: (t) => compiled.score(t).some((s) => s.itemIndex === ci.index && s.terms.includes(word)),
  };
}

/** The head before «:» and the stage after it, normalised; null without both. */
function headAndStage(t: string): [string, string] | null {
  const i = t.indexOf(":");
  if (i < 0) return null;
  const norm = (x: string) => x.toLowerCase().replace(/\s+/g, " ").trim();
  const [head, stage] = [norm(t.slice(0, i)), norm(t.slice(i + 1))];
  return head !== "" && stage !== "" ? [head, stage] : null;
}

/**
 * One step split into its stages under one head that names the item («Дизайн-проект: выбор варианта» /
 * «Дизайн-проект: согласование зонирования»): each row its own stage, so neither repeats the other. A head that
 * names no item («Утверждение: 1) …») is a list's verb, not the step.
 */
function stagesOfOneStep(ctx: CheckContext, itemId: string, a: string, b: string): boolean {
  const [ha, hb] = [headAndStage(a), headAndStage(b)];
  if (ha === null || hb === null || ha[0] !== hb[0] || ha[1] === hb[1]) return false;
  return namesItem(ctx, itemId, ha[0]);
}

/** Whether a text names the item at its threshold (a heading or a head before «:»). */
function namesItem(ctx: CheckContext, itemId: string, text: string): boolean {
  if (!ctx.edition) return false;
  const compiled = compileEdition(ctx.edition);
  return compiled
    .score(text)
    .some(
      (s) =>
        compiled.items[s.itemIndex]!.item.id === itemId && s.weight >= compiled.items[s.itemIndex]!.minScore,
    );
}

/** «8.2» → «8»; null for a number with no parent. */
function parentNumber(n: string | null): string | null {
  if (n === null) return null;
  const t = normNumber(n);
  const i = t.lastIndexOf(".");
  return i > 0 ? t.slice(0, i) : null;
}

/**
 * Sub-steps of one group heading that names the item («8. Получено, установлено и налажено оборудование:» over
 * «8.1 поставка оборудования» and «8.2 монтаж и пусконаладка»): the item's stages, not repeats of it.
 */
function stepsOfOneHeading(
  ctx: CheckContext,
  itemId: string,
  a: RowInfo | undefined,
  b: RowInfo | undefined,
) {
  const parent = parentNumber(a?.number ?? null);
  if (parent === null || parent !== parentNumber(b?.number ?? null)) return false;
  // The heading was kept out of the measures as a group heading, or read as a section («2. | Инфраструктурный лист»).
  const heading =
    ctx.roadmap.skipped?.find(
      (x) => x.kind === "group-heading" && x.number !== null && normNumber(x.number) === parent,
    )?.text ?? ctx.roadmap.sections.find((x) => normNumber(x.number) === parent)?.title;
  return heading !== undefined && namesItem(ctx, itemId, heading);
}

/**
 * A sub-step «5.1» of a numbered measure «5.» that covers an item: a stage of its parent's step when the parent is
 * broken into two or more stages («5.1 закупка работ по ремонту», «5.2 мебель» under «5. Объявление закупок …»), or
 * when it comes near another item without that item's main word («3.1 обмеры, согласование планировки с региональным
 * координатором» under the design). A lone sub-step restating its parent, or naming another item outright, is a copy.
 */
function stageOfMeasure(
  ctx: CheckContext,
  numbered: () => Numbered,
  itemId: string,
  terms: readonly string[],
  mine: RowInfo | undefined,
  first: RowInfo | undefined,
): boolean {
  const parent = parentNumber(mine?.number ?? null);
  const parentRow = parent === null ? undefined : numbered().matched.get(parent);
  if (parent === null || !parentRow) return false;
  if (parentRow === first) return (numbered().children.get(parent) ?? 0) >= 2;
  const main = mainWordOf(ctx, itemId);
  return main !== null && !terms.includes(main.word);
}

/** The matched row of each number and how many sub-steps each number has, found once per roadmap. */
interface Numbered {
  matched: Map<string, RowInfo>;
  children: Map<string, number>;
}

function numberedRows(ctx: CheckContext): Numbered {
  const matched = new Map<string, RowInfo>();
  const children = new Map<string, number>();
  for (const r of ctx.rows) {
    if (r.number === null) continue;
    const n = normNumber(r.number);
    if (!matched.has(n) && ctx.match?.byRow.has(r.pos)) matched.set(n, r);
    const p = parentNumber(r.number);
    if (p !== null) children.set(p, (children.get(p) ?? 0) + 1);
  }
  return { matched, children };
}

// «Размещение информации об открытии на сайтах школ»: a row that tells about a step, not the step itself.
const INFORMS =
  /^\s*(?:\d[\d.]*\s*)?(?:(?:размещени|публикаци|опубликовани)[а-я]*\s+(?:информаци|новост|сведени|материал|стат)|освещени|информировани)[а-я]*\s/iu;

// «типовое положение» (the region's model) and a school's own «положение о центре» are two documents.
const MODEL = /типов[а-я]*\s+положени/iu;

/** The region's model regulation and a school's own regulation made from it: not one step twice. */
function modelAndOwn(itemId: string, a: string, b: string): boolean {
  return itemId === "approve-regulation" && MODEL.test(a) !== MODEL.test(b);
}

// «Торжественное открытие центров в рамках единого дня открытия»: a ceremony that celebrates a step, not the step.
const CEREMONY = /торжественн|праздничн/iu;

/**
 * One row tells the public about the step the other row is («Открытие …» / «Размещение информации об открытии …»), or
 * celebrates it («Торжественное открытие центров» beside «Начало работы центров»).
 */
function tellsAbout(a: string, b: string): boolean {
  return INFORMS.test(a) !== INFORMS.test(b) || CEREMONY.test(a) !== CEREMONY.test(b);
}

// Who a step is for: the centres' heads, their teachers, the pupils (one bit each).
const AUDIENCES: readonly RegExp[] = [/руководител/iu, /педагог|учител/iu, /обучающ|школьник|учащ/iu];
const audiencesIn = (t: string) => AUDIENCES.reduce((b, re, i) => (re.test(t) ? b | (1 << i) : b), 0);

/** One step split by whom it is for («курсы для руководителей центров» / «… педагогических работников»). */
function forOtherAudiences(a: string, b: string): boolean {
  const [x, y] = [audiencesIn(a), audiencesIn(b)];
  return (x & ~y) !== 0 && (y & ~x) !== 0;
}

// «1 поток», «2-я волна», «поток 2», «II этап»: one numbered batch of a step done in several.
const BATCH =
  /(?<![а-яё\d])(?:(\d{1,2}|[IVX]{1,4})\s*-?\s*(?:[а-я]{1,2}\s+)?(поток|волн|очеред|этап)[а-я]*|(поток|волн|очеред|этап)[а-я]*\s*(?:№\s*)?(\d{1,2}|[IVX]{1,4}))(?![а-яё\d])/iu;

/** The batch a title names («поток:1»), or null. */
function batchOf(t: string): string | null {
  const m = BATCH.exec(t);
  return m ? `${(m[2] ?? m[3])!.toLowerCase()}:${(m[1] ?? m[4])!.toUpperCase()}` : null;
}

/** One step done in numbered batches («курсы …, 1 поток» / «…, 2 поток»): the rows are its batches, not copies. */
function otherBatches(a: string, b: string): boolean {
  const [x, y] = [batchOf(a), batchOf(b)];
  return x !== null && y !== null && x !== y;
}

// Who does a step, by level: the region's bodies, the municipality's, the school's own people (one bit each).
const LEVELS: readonly RegExp[] = [
  /министерств|департамент|комитет|региональн|институт\s+развития|(?<!\p{L})(?:ИРО|ГАУ\s+ДПО|ГАОУ\s+ДПО)(?!\p{L})/iu,
  /управлени[а-я]*\s+образовани|отдел[а-я]*\s+образовани|муниципальн|администраци/iu,
  /директор|школ|руководител|заместител|зам\.|педагог|учител|контрактн|бухгалтер|(?<!\p{L})(?:МБОУ|МАОУ|МКОУ|СОШ)(?!\p{L})/iu,
];
const levelsIn = (t: string) => LEVELS.reduce((b, re, i) => (re.test(t) ? b | (1 << i) : b), 0);
const REGIONAL = /(?<!\p{L})(?:региональн|регион(?!\p{L})|министерств|департамент)/iu;

/**
 * A school's roadmap lists the region's step and then its own: «Определение регионального ответственного лица»
 * (the ministry) beside «Назначение руководителя центра» (the director). One title names the region, the other does
 * not, and their responsible are of two levels with nothing in common.
 */
function otherLevels(a: RowInfo | undefined, b: RowInfo | undefined): boolean {
  if (!a || !b || REGIONAL.test(a.title) === REGIONAL.test(b.title)) return false;
  const [x, y] = [
    levelsIn(a.row.fields.responsible?.text ?? ""),
    levelsIn(b.row.fields.responsible?.text ?? ""),
  ];
  return x !== 0 && y !== 0 && (x & y) === 0;
}

/** A recurring item (quarterly monitoring) written out one row per period: the rows fall due on different days. */
function anotherPeriod(recurring: boolean, a: RowInfo | undefined, b: RowInfo | undefined): boolean {
  return recurring && a?.due != null && b?.due != null && a.due !== b.due;
}

// «Мероприятия … в 2028 году», «2028 год»: a heading of a roadmap for several years that names one year.
const YEAR = /(?<!\d)(20\d\d)(?!\d)/g;

/** The one year a heading names, or null (none, or several). */
function oneYear(text: string): string | null {
  const years = new Set([...text.matchAll(YEAR)].map((m) => m[1]!));
  return years.size === 1 ? [...years][0]! : null;
}

/** The year of the last «2028 год» caption above the row, else the one year its section names, or null. */
function sectionYear(ctx: CheckContext, r: RowInfo): string | null {
  const at = r.row.sheetRows[0] ?? 0;
  let caption: string | null = null;
  for (const k of ctx.roadmap.skipped ?? [])
    if (k.kind === "year-heading" && k.sheetRow < at) caption = oneYear(k.text) ?? caption;
  if (caption !== null) return caption;
  const sec = r.row.section;
  if (sec === null) return null;
  return oneYear(ctx.roadmap.sections.find((x) => normNumber(x.number) === normNumber(sec))?.title ?? "");
}

/**
 * A roadmap for several years («на 2027–2029 годы») writes each step once a year: rows in two years' sections, or
 * (without such sections) due in two different years, are not copies.
 */
function anotherYear(ctx: CheckContext, a: RowInfo | undefined, b: RowInfo | undefined): boolean {
  if ((ctx.plan?.years ?? 1) < 2 || !a || !b) return false;
  const [sa, sb] = [sectionYear(ctx, a), sectionYear(ctx, b)];
  if (sa !== null && sb !== null) return sa !== sb;
  return a.due != null && b.due != null && a.due.slice(0, 4) !== b.due.slice(0, 4);
}

/**
 * Planners write one step per named school, kind of goods, audience, stage or batch, a row telling about or
 * celebrating a step, the step done by an item's document, and the region's step beside the school's own: not copies.
 */
function differentSteps(
  ctx: CheckContext,
  itemId: string,
  numbered: () => Numbered,
  terms: readonly string[],
  mine: RowInfo | undefined,
  first: RowInfo | undefined,
): boolean {
  const [a, b] = [mine?.title ?? "", first?.title ?? ""];
  return (
    forOtherOrganisations(a, b) ||
    forOtherObjects(a, b) ||
    forOtherAudiences(a, b) ||
    stagesOfOneStep(ctx, itemId, a, b) ||
    tellsAbout(a, b) ||
    modelAndOwn(itemId, a, b) ||
    stepsOfOneHeading(ctx, itemId, mine, first) ||
    stageOfMeasure(ctx, numbered, itemId, terms, mine, first) ||
    otherWork(ctx, itemId, a, b) ||
    afterPurchase(ctx, itemId, a, b) ||
    worksByIt(ctx, itemId, a, b) ||
    otherBatches(a, b) ||
    otherLevels(mine, first)
  );
}

/** A row that repeats an item another row already covers. */
export function check(ctx: CheckContext): Placed[] {
  const { match, roadmap } = ctx;
  if (!match) return [];
  const out: Placed[] = [];
  // One message per (item, first row): a consolidated sheet repeats each item block after block.
  // Bench: checkSheet 10,000 rows +38–50 % CPU without this, the overdue and the non-working-day memos (A/B, 2026-12-03).
  const written = new Map<string, Map<string, Bilingual>>();
  let index: Numbered | null = null;
  const numbered = () => (index ??= numberedRows(ctx));
  for (const dup of match.duplicates) {
    const item = ctx.itemsById.get(dup.itemId)!;
    const row = roadmap.rows[dup.rowPos]!;
    const [mine, first] = [ctx.rows[dup.rowPos], ctx.rows[dup.otherRowPos]];
    // Planners write a recurring step out per quarter or per year: not copies.
    if (anotherPeriod(item.deadline.kind === "recurring", mine, first)) continue;
    if (anotherYear(ctx, mine, first)) continue;
    // A row copied word for word is a copy whatever the rows share: those tests tell different rows apart.
    if (!dup.exact && differentSteps(ctx, item.id, numbered, dup.terms, mine, first)) continue;
    const otherAddress = roadmap.rows[dup.otherRowPos]!.address;
    const byAddress = memoised(written, item.id, () => new Map<string, Bilingual>());
    out.push(
      finding(ctx, "duplicate-item", dup.rowPos, {
        address: row.address,
        rowIndex: row.index,
        itemId: item.id,
        itemTitle: item.title,
        message: memoised(byAddress, otherAddress, () => messages.row({ item, otherAddress })),
        match: { score: dup.score, terms: dup.terms },
      }),
    );
  }
  return out;
}
