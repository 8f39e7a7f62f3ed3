// Where a roadmap table ends and what a one-cell caption row is: a second table (funding, indicators) under the
// roadmap is not roadmap rows, and «Муниципальное образование: …» over a block names the organisation of its rows.
import { isSerialText, parseDeadline } from "../deadlines";
import type { CellValue } from "../grid";
import type { Sheet } from "./grid-cache";
import { programmeMentions } from "./guess";
import { headerFields, type Header } from "./header";
import { classifyHeader } from "./header-words";
import { normalize } from "./normalize";
import type { FieldKey, SkippedRow } from "./types";
import { isNumberLike, LEGAL_FORM, LETTER_NUMBER_RE, MUNICIPALITY_SHORT } from "./vocabulary";

/**
 * Header words of tables that are not roadmaps: units, indicators, amounts, budget codes, a list's addresses, a staffing
 * table's posts and rates («Должность | Количество ставок»), a course schedule's teachers («ФИО педагога | Предмет»),
 * counts in units («Обучающиеся, чел.», «Программ, ед.») (and an English working copy's «Indicator | Unit | 2027 target», «Funding, thousand roubles | 2027 | Source»).
 */
const OTHER_HEADER_RE =
  /,\s*(?:чел|ед)\.?$|тыс\.?\s*руб|thousand\s+r[ou]+bles|^(funding\s+)?sources?(\s+of\s+funding)?$|ед\.\s*изм|единиц[а-я]*\s+измерени|показател|значени|кбк|источник|сумм[аы]|объ[её]м|^(key\s+)?(performance\s+)?indicators?$|^units?(\s+of\s+measure)?$|^(\d{4}\s+)?(target|baseline)(\s+\d{4})?(\s+value)?$|^(юридическ[а-я]*\s+|почтов[а-я]*\s+|фактическ[а-я]*\s+)?адрес|^(контактн[а-я]*\s+)?телефон|^e-?mail|^(адрес\s+)?электронн[а-я]*\s+почт|^(инн|огрн|октмо)$|^должност[а-я]*$|количеств[а-я]*\s+(ставок|штатн[а-я]*\s+единиц|мест)|^ставк|^ф\.?\s*и\.?\s*о\.?(\s|$)|^(учебн[а-я]*\s+)?предмет[а-я]*$/;
/** «2027», «2027 год», «2027 г.»: a year alone. */
const YEAR_HEAD_RE = /^(19|20)\d{2}(\s*(год|г\.?))?$/;
/** «29.01.2027», «до 29.01.27»: a day, which a header cell never is. */
const DAY_DATE_RE = /^(до\s+)?\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})(\s*г\.?)?$/;
/** «Всего», «Итого, тыс. руб.», «Total»: a total column, which only an amounts table has. */
const TOTAL_RE = /^(всего|итого|total)([\s,:.(]|$)/;
/**
 * A caption in money, units or counts («… тыс. рублей», «Количество мероприятий по направлениям»): an amounts table; or
 * «Справочно: распределение оборудования …», a table given for reference, which is no roadmap's part.
 */
const AMOUNTS_CAPTION_RE =
  /^\s*справочно\s*[:.—–-]|(тыс|млн)\.?\s*руб|\bруб(\.|л[а-я]*)|ед\.\s*изм|финансов[а-я]*\s+обеспечени|объ[её]м[а-я]*\s+финансир|^\s*количеств[а-я]*\s|^\s*сводн[а-я]*\s+(?:информаци|данн|таблиц|сведени)/;
/**
 * «Муниципальное образование: …», «МБОУ «… СОШ»», «Лицей № 5», «Гимназия № 2», «Городской округ …»: a heading naming
 * the rows' organisation.
 */
const ORG_HEADING_RE =
  /^(муниципальн[а-я]*\s+(образовани|район|округ)[а-я]*|городск[а-я]*\s+округ|общеобразовательн[а-я]*\s+организаци[а-я]*|образовательн[а-я]*\s+организаци[а-я]*|школа|лице[йя]|гимнази|(средн|основн)[а-я]*\s+(общеобразовательн[а-я]*\s+)?школ|[мгч]?[бак]?оу\s|[мг][бак]?у\s+до\s|[мг][бак]?поу\s|колледж|техникум|мбоу|маоу|мкоу|мобу|моау|гбоу|гаоу|моу)/;
/**
 * «Ключевская СОШ», «Старолесская СОШ № 4», «СОШ № 12»: a school by its name and its type's short form, no legal form;
 * the whole label, so a heading «… на базе МБОУ «Заречная СОШ № 1»» is not one, nor «Все СОШ», «Итого по СОШ».
 */
const SCHOOL_SHORT_RE =
  /^(?!(?:все|всего|итого|прочие|другие|каждая|каждой|любая)\s)(?:[а-яё-]+\s+){0,2}(?:сош|оош|нош|сш)(?:\s*№\s*\d+[а-я]?)?$/;

/**
 * «Бабаевский муниципальный округ», «Вологодский район», «г. Череповец»: a municipality by its name (nominative); or by
 * its name and the usual short form after it, «Белогорский МО», «Вязовский МР», «Озёрный ГО», «Заречное ГП».
 */
// «городской округ Усть-Верейск», «муниципальный округ Заречный»: the kind first, then the name.
const MUNICIPALITY_RE = new RegExp(
  String.raw`(муниципальн[а-я]*\s+(район|округ)|городск[а-я]*\s+округ|(?:городск|муниципальн)[а-я]*\s+(?:округ|район)\s+[а-яё]+(?:-[а-яё]+)*|\sрайон|\sокруг|^(?!(?:каждое|любое|иное|другое)\s)[а-яё-]*[а-я](?:ий|ый|ой|ая|ое|ее)\s+${MUNICIPALITY_SHORT})$|^(г\.|город\s)\s*[а-я]`,
);

/**
 * «III. Контактные данные ответственных», «Контактная информация», «Контакты исполнителей»: a heading over the people to
 * call, which planners put under the roadmap.
 */
const CONTACTS_HEADING_RE =
  /^((\d{1,2}|[ivx]{1,4})\s*\.\s*)?(контактн[а-я]*\s+(данн|информаци|телефон|лиц)|контакты(\s|$)|список\s+контактн)/;

/**
 * A summary's totals line («Итого | 12 мероприятий, выполнено — 7», «Всего мероприятий: 10; исполнено: 3», «Итого по
 * направлению 8: …») with no deadline of its own: it counts the measures above it and is none of them.
 */
export function totalLine(
  s: Sheet,
  r: number,
  lo: number,
  hi: number,
  deadlineCol: number | undefined,
  headerRow: number,
): SkippedRow | null {
  if (deadlineCol !== undefined && s.text(r, deadlineCol).trim() !== "") return null;
  // «Итого:» in a headed column left of the roles read («Код МО | Муниципальное образование | № …»): the line's label.
  let from = lo;
  while (from > 0 && s.text(r, from - 1).trim() !== "" && s.text(headerRow, from - 1).trim() !== "") from--;
  for (let c = from; c <= hi; c++) {
    const t = s.text(r, c).trim();
    if (t === "") continue;
    if (!TOTAL_RE.test(normalize(t))) return null;
    const text = [...s.cells(r)]
      .map(([, x]) => x.trim())
      .filter((x) => x !== "")
      .join(" ");
    return {
      kind: "total",
      address: s.addr(r, c),
      sheetRow: s.row0 + r,
      number: null,
      text,
      reason: {
        ru: "итоговая строка: считает мероприятия выше, сама не мероприятие",
        en: "totals line: it counts the measures above and is not one itself",
      },
    };
  }
  return null;
}

/** A one-cell row that heads a contacts block: the roadmap above it has ended. */
export function isContactsHeading(caption: string): boolean {
  return CONTACTS_HEADING_RE.test(normalize(caption).trim());
}

/** A header row of another table: «№» or two header-like cells, and a word the roadmap's own header never has. */
export function isOtherHeader(s: Sheet, r: number, h: Header): boolean {
  // A numbered or lettered row is a measure («10. Начало работы …» is no «Начало» header, «г) утверждение показателей» no indicators table).
  if (h.numberCol !== undefined) {
    const t = s.text(r, h.numberCol);
    if (isNumberLike(s.value(r, h.numberCol), t) || LETTER_NUMBER_RE.test(t)) return false;
  }
  // A dated row is a measure: no table's header holds a day in the roadmap's deadline column («Утверждение концепции
  // и показателей центра | … | 29.01.2027» is no indicators table).
  // So is a row under a date merged down over its block («до 28.12.2026» over five approvals).
  if (h.cols.deadline !== undefined) {
    const a = s.coveredBy(r, h.cols.deadline);
    const [dr, dc] = a ? [a.top, a.left] : [r, h.cols.deadline];
    if (s.value(dr, dc) instanceof Date || DAY_DATE_RE.test(s.text(dr, dc))) return false;
  }
  // Nor in a programme's date column («Начало работы | 01.09.2027 | 01.09.2027 | — | Школы» under «Точка роста | …»).
  for (const p of h.programmes ?? []) {
    const v = s.value(r, p.col);
    if (v instanceof Date || DAY_DATE_RE.test(s.text(r, p.col))) return false;
  }
  // «№», or «No.» as the roadmap's own № header has it: a second table's number column.
  const nt = h.numberCol !== undefined ? s.text(r, h.numberCol) : "";
  // «Код», «Код МО» there: the code column of a list of schools or municipalities (no measure is numbered so).
  const code = nt.length <= 20 && /^код(?![а-яё])/iu.test(nt);
  let headerish = nt.startsWith("№") || code || (nt !== "" && classifyHeader(nt) === "number") ? 1 : 0;
  let foreign = 0;
  for (const [f, c] of h.entries) {
    const t = s.text(r, c);
    if (t === "" || t.length > 120 || t === s.text(h.row, c)) continue;
    // A line going on in lower case («организаций», «организациях, на базе которых …») is a row a PDF converted line by
    // line broke: header words start a cell in capitals.
    const k = /^\p{Ll}/u.test(t) ? null : classifyHeader(t);
    const n = normalize(t);
    const other = OTHER_HEADER_RE.test(n) || TOTAL_RE.test(n.trim());
    // «2027» over the amounts of a funding table («Funding (тыс. руб.) | 2027»): a year alone heads a column of values,
    // outside the deadline column, where it is a deadline («в течение 2027 года»).
    const yearHead = f !== "deadline" && YEAR_HEAD_RE.test(n.trim());
    if (k !== null || other || yearHead) headerish++;
    // A list of schools or municipalities below the roadmap: «Наименование организации», «Муниципальный округ» in
    // the roadmap's title or deadline column.
    if (other || ((k === "cost" || k === "note" || k === "organisation") && k !== f)) foreign++;
  }
  if (headerish < 2 || foreign < 1) return false;
  // «Начало работы … | не позднее 1 сентября 2027 г. | Общеобразовательные организации»: a dated row is a measure;
  // «Факт на 27.08.2027», «2027» head columns.
  const dt = h.cols.deadline === undefined ? "" : s.text(r, h.cols.deadline);
  if (dt === "" || classifyHeader(dt) !== null || YEAR_HEAD_RE.test(normalize(dt).trim())) return true;
  return parseDeadline(dt).due === null;
}

/**
 * A caption in money or units over an unnumbered row of several cells: an amounts table below the roadmap begins
 * («Финансовое обеспечение мероприятий, тыс. рублей» over «Источник | Новочебоксарск | Канаш | Всего»).
 */
export function isAmountsCaption(
  s: Sheet,
  caption: string,
  next: number,
  h: Header,
  lo: number,
  hi: number,
): boolean {
  if (next < 0 || !AMOUNTS_CAPTION_RE.test(normalize(caption))) return false;
  if (h.numberCol !== undefined && isNumberLike(s.value(next, h.numberCol), s.text(next, h.numberCol)))
    return false;
  return s.count(next, lo, hi, 2) >= 2;
}

/** A deadline cell that is an amount («48215.3», «1 250,5», 4350): a number, never a date. */
export function isAmount(v: CellValue, t: string): boolean {
  if (typeof v === "number") return !Number.isInteger(v) || (v < 10_000 && !(v >= 1990 && v <= 2100)); // date serials are >= 20,000
  if (!/^\d[\d\s\u00a0]*([.,]\d+)?$/.test(t) || isSerialText(t)) return false;
  const n = Number(t.replace(/[\s\u00a0]/g, "").replace(",", "."));
  return !(Number.isInteger(n) && n >= 1990 && n <= 2100);
}

/**
 * A row holding one cell («Объём финансирования», «Муниципальное образование: …»); `wide` when it is merged across
 * the table.
 */
export function captionOf(
  s: Sheet,
  r: number,
  lo: number,
  hi: number,
): { col: number; text: string; wide: boolean } | null {
  if (s.count(r, lo, hi, 1) !== 1) return null;
  const [c, t] = s.cells(r, lo, hi)[0]!;
  const a = s.area(r, c);
  return { col: c, text: t, wide: a !== undefined && a.right - a.left >= Math.min(2, hi - lo) };
}

/**
 * «1.», «2.1.», «2)», «II.», «Раздел 1.», «Раздел Б.», «ФОРМА 2.» before a block's organisation: planners number the
 * schools of a municipal list (under a part, in two levels), and a summary of schools' forms numbers the forms (a bare
 * capital letter is not one: «Г. Череповец» is a town).
 */
const BLOCK_NUMBER_RE =
  /^\s*((Раздел|раздел|Блок|блок|Часть|часть|Форма|форма|ФОРМА)\s+(\d{1,2}|[IVX]{1,4}|[А-ЯЁ])|\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4})\s*[.)]\s+/;

/** The caption without the number of its block («1. МБОУ «… СОШ»» → «МБОУ «… СОШ»»). */
export const withoutBlockNumber = (caption: string): string => caption.replace(BLOCK_NUMBER_RE, "");

/** «(МБОУ «… СОШ»)» after a municipality, «(… городской округ)» after a school: a note on the name, not the name. */
const TRAILING_NOTE_RE = /\s*\([^()]*\)\s*$/;

/**
 * «Центр «IT-куб» на базе », «Школьный Кванториум на базе », «Центр «Точка роста» МБОУ «…»»: a centre's block named by
 * its base school after it (the school's legal form is where its name starts).
 */
const CENTRE_BASE_RE = new RegExp(
  String.raw`^\s*(?:центр|школьн\p{L}*\s+кванториум|детск\p{L}*\s+технопарк|технопарк|кванториум)[^.;:]{0,60}?\s+(?:на\s+базе\s+|(?=${LEGAL_FORM}\s*«))`,
  "iu",
);

/** «Центр цифрового образования детей «IT-куб» г. Озёрска (на базе МАОУ «…»)»: the centre's own name, its base in brackets. */
const CENTRE_OWN_NAME_RE =
  /^\s*(?:центр|школьн\p{L}*\s+кванториум|детск\p{L}*\s+технопарк|технопарк|кванториум)[^()]{0,120}\(\s*на\s+базе\s+([^()]*)\)\s*$/iu;

const SCHOOL_THEN_CENTRE_RE =
  /\s+[—–-]\s+(?=(?:центр|школьн\p{L}*\s+кванториум|детск\p{L}*\s+технопарк|технопарк|кванториум)[\p{L}]*\s)/iu;

// «на базе общеобразовательных организаций»: every centre of a programme's section, no one school named.
const GENERIC_BASE_RE = /^\s*(?:обще)?образовательн[а-я]*\s+организаци(?:й|ях|и)(?:\s*\([^)]*\))?\s*$/u;

/** «МБОУ «Заречная средняя общеобразовательная школа» (МБОУ «Заречная СОШ»)»: the legal form, the short name in brackets. */
const SHORT_NAME_RE = /^\s*([А-ЯЁ]{2,8})\s[^()]*\(\s*(([А-ЯЁ]{2,8})\s+[«"][^()]*)\)\s*$/;

/**
 * The name in brackets when it is the same organisation's short name (it opens with the same legal form): the one
 * its rows use. Else (a school after a municipality, a district after a school) the bracket is a note.
 */
function shortName(name: string): string | null {
  const m = SHORT_NAME_RE.exec(name);
  return m && m[1] === m[3] ? m[2]!.trim() : null;
}

// «Каменский городской округ (МАОУ «Лицей № 3»)»: a municipality and, in brackets, its school by legal form and name.
const BASE_IN_BRACKETS_RE = new RegExp(String.raw`\(\s*${LEGAL_FORM}\s*[«"][^()]*\)\s*$`, "u");

/**
 * Whether a municipality's caption names its school in brackets: the school is the centre's base, the municipality
 * the author, so the block is named by both (a reader of the report, and a truth, may know it by either).
 */
function baseInBrackets(name: string): boolean {
  return (
    BASE_IN_BRACKETS_RE.test(name) &&
    MUNICIPALITY_RE.test(normalize(name.replace(TRAILING_NOTE_RE, "")).trim())
  );
}

/**
 * «Зареченский городской округ — МАОУ «Лицей № 3»», «МКОУ «…» - Сосновский МР», «Заречный городской округ, МАОУ «…»»,
 * «Бортневский муниципальный округ — центр «IT-куб» на базе МБУ ДО «…»»:
 * a municipality and its school joined by a dash or a comma, which name the block by both (as in brackets); each part
 * must be one or the other (two schools are no pair), so a direction
 * «Организационные мероприятия — муниципальный уровень» is neither.
 */
export function municipalityAndSchool(caption: string): boolean {
  // «Петровский муниципальный округ (код 14), центр «IT-куб» на базе …»: the municipality's code note aside.
  const parts = caption
    .split(/\s+[—–-]\s+|,\s+(?=[А-ЯЁ]|центр\s)/u)
    .map((x) => normalize(x.replace(/\s*\(код[^()]*\)\s*$/iu, "")).trim())
    // «Муниципальное образование «Город Сосногорье»»: the municipality by its name in quotes.
    .map((x) => x.replace(/^(?:муниципальное\s+образование|мо)\s+[«"](.*)[»"]$/u, "$1"));
  if (parts.length !== 2) return false;
  const [a, b] = parts as [string, string];
  // «центр «IT-куб» на базе МБУ ДО «…»»: the centre by its base school stands for the school.
  const school = (x: string) =>
    (ORG_HEADING_RE.test(x) || CENTRE_BASE_RE.test(x)) && !MUNICIPALITY_RE.test(x);
  return (MUNICIPALITY_RE.test(a) && school(b)) || (school(a) && MUNICIPALITY_RE.test(b));
}

// «Раздел 2.», «Часть II.»: a part of the document, not a number given to one school's block.
const SECTION_WORD_RE = /^\s*(?:раздел|часть)\s+(?:\d{1,2}|[IVX]{1,4})\s*[.)]/iu;

const partKey = (caption: string) => normalize(withoutBlockNumber(caption)).replace(/\s+/g, " ").trim();
const partsMemo = new WeakMap<Sheet, ReadonlySet<string>>();

/**
 * The captions of a sheet's programme parts: «Раздел 2. Детский технопарк «Кванториум» на базе МБОУ «…»» between a
 * «Раздел 1. … «Точка роста»» and a «Раздел 3. Цифровая образовательная среда» is that programme's part of the
 * document, its base named; the same caption repeated for each school of one programme («Раздел 1. Центр «Точка
 * роста» на базе СОШ № 1», «Раздел 2. … на базе СОШ № 2») heads school blocks. So the sheet's «Раздел / Часть N.»
 * captions that name one programme each are its parts when they name two programmes at least, each only once.
 */
function programmeParts(s: Sheet): ReadonlySet<string> {
  const known = partsMemo.get(s);
  if (known) return known;
  const byProgramme = new Map<string, string[]>();
  for (let r = 0; r < s.nRows; r++) {
    const first = s.cells(r)[0];
    if (!first || first[1].length > 300 || !SECTION_WORD_RE.test(first[1])) continue;
    const ids = new Set(programmeMentions({ text: first[1], address: "" }).map((m) => m.id));
    if (ids.size !== 1) continue;
    const [id] = ids;
    byProgramme.set(id!, [...(byProgramme.get(id!) ?? []), first[1]]);
  }
  const each = [...byProgramme.values()];
  const parts = new Set(
    each.length >= 2 && each.every((captions) => captions.length === 1)
      ? each.map((c) => partKey(c[0]!))
      : [],
  );
  partsMemo.set(s, parts);
  return parts;
}

/** The organisation a caption of sheet s names, or null: none for one of the sheet's programme parts. */
export function organisationIn(caption: string, s: Sheet): string | null {
  return programmeParts(s).has(partKey(caption)) ? null : organisationOf(caption);
}

/** The organisation a caption names (its short name, not a note in brackets after it), or null. */
export function organisationOf(caption: string): string | null {
  const numbered = withoutBlockNumber(caption);
  // «МАОУ «Ольховская гимназия» — детский технопарк «Кванториум» на базе …»: the school, then the centre it hosts.
  const hosts = SCHOOL_THEN_CENTRE_RE.exec(numbered);
  const head = hosts ? numbered.slice(0, hosts.index) : "";
  const host = hosts && !MUNICIPALITY_RE.test(normalize(head).trim()) ? organisationOf(head) : null;
  if (host !== null) return host;
  // «2. Школьный Кванториум на базе МАОУ «…»»: the block's number first, then the centre the school is the base of.
  // «Центр … «IT-куб» г. Озёрска (на базе МАОУ «СОШ № 4»)»: a centre named in its own right, its base in brackets.
  const own = CENTRE_OWN_NAME_RE.exec(numbered);
  if (own) return GENERIC_BASE_RE.test(normalize(own[1]!)) ? null : numbered.trim();
  const base = CENTRE_BASE_RE.exec(numbered);
  if (base) {
    const rest = numbered.slice(base[0].length);
    // «на базе общеобразовательных организаций»: the centres of a programme's section, no school named.
    return GENERIC_BASE_RE.test(normalize(rest)) ? null : organisationOf(rest);
  }
  if (municipalityAndSchool(numbered)) return numbered.trim();
  const bare = shortName(numbered) ?? numbered.replace(TRAILING_NOTE_RE, "");
  const n = normalize(bare.trim() === "" ? numbered : bare).trim();
  // «МО «Сосновский район»», «МО «Городской округ Заречный»»: the municipality's name in quotes after «МО».
  const quoted = n.replace(/^мо\s+[«"]/, "").replace(/[»"]$/, "");
  const known = [n, quoted].some(
    (x) => ORG_HEADING_RE.test(x) || MUNICIPALITY_RE.test(x) || SCHOOL_SHORT_RE.test(x),
  );
  if (!known && !municipalityColonSchool(n)) return null;
  const named = bare.trim() === "" || baseInBrackets(numbered) ? numbered : bare;
  const colon = named.indexOf(":");
  // «Муниципальное образование «Залесный округ» (код 05): МБОУ «…», МБОУ «…»»: the block is the one named in quotes
  // before the colon, its schools listed after it; «Муниципальное образование: …» names it after.
  const before = colon >= 0 ? named.slice(0, colon) : "";
  const inQuotes = /[«"][^«"»]*[А-ЯЁ]/u.test(before) ? organisationOf(before) : null;
  if (inQuotes !== null) return inQuotes;
  return (colon >= 0 && colon < 60 ? named.slice(colon + 1) : named).trim() || null;
}

/** «Кедровский муниципальный округ: МБОУ «Кедровская СОШ»»: a municipality, then after its colon the school of the block. */
function municipalityColonSchool(n: string): boolean {
  const colon = n.indexOf(":");
  if (colon < 0) return false;
  const [head, after] = [n.slice(0, colon).trim(), n.slice(colon + 1).trim()];
  return MUNICIPALITY_RE.test(head) && (ORG_HEADING_RE.test(after) || SCHOOL_SHORT_RE.test(after));
}

/**
 * In a table with no № column, «МКОУ «Дубравинская СОШ»» alone in the title cell (not merged) over a whole step (its
 * deadline beside it) heads that school's block: the name says what it is, a step's wrapped line would not be one.
 */
export function unnumberedOrgHeading(
  s: Sheet,
  h: Header,
  r: number,
  caption: { col: number; text: string },
): boolean {
  const d = h.cols.deadline;
  if (caption.col !== h.titleCol || d === undefined || caption.text.length > 100) return false;
  if (!ORG_NAME_RE.test(caption.text.trim())) return false;
  const next = nextFilled(s, r + 1, 0, s.nCols - 1);
  return next >= 0 && s.text(next, h.titleCol) !== "" && s.text(next, d) !== "";
}

// A school's legal form and quoted name, the whole caption: «МКОУ «Дубравинская СОШ»», «МБОУ ДО «ЦДТ»».
const ORG_NAME_RE = new RegExp(String.raw`^${LEGAL_FORM}(?:\s+ДО)?\s*«(?:[^«»]|«[^«»]*»)*»$`, "u");

/** The next non-blank row at or after r within lo..hi, or -1. */
export function nextFilled(s: Sheet, r: number, lo: number, hi: number): number {
  for (let rr = r; rr < s.nRows; rr++) if (!s.blankRow(rr, lo, hi)) return rr;
  return -1;
}

// The columns a date may move between from one printing of a header to the next (a group split, a fact column).
const DATE_FIELDS: ReadonlySet<FieldKey> = new Set(["deadline", "start", "actual", "status"]);

/**
 * Another table's header right below this one's rows («№ | Мероприятие | … | Срок» under a «Срок | Мероприятие | …»
 * table): a header row naming, over one of this table's columns, another field («№» over its «Срок»). It shares the
 * other words, so it is no repeat of this header at a page break: the table ends there.
 */
export function isDifferentHeader(s: Sheet, r: number, h: Header): boolean {
  const cols = headerFields(s, r);
  if (!cols) return false;
  const mine = new Map(h.entries.map(([f, c]) => [c, f]));
  for (const [f, c] of Object.entries(cols) as [FieldKey, number][]) {
    const g = mine.get(c);
    if (g !== undefined && g !== f && !(DATE_FIELDS.has(f) && DATE_FIELDS.has(g))) return true;
  }
  return false;
}
