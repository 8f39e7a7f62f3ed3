import type { FieldKey } from "./types";
import { squash } from "./normalize";

// Checked in this order: «Срок исполнения» is a deadline, «Ответственный исполнитель» a responsible, «Дата начала» a
// start before «дата» makes it a deadline, «Наименование организации» an organisation before «наименование» a title.
// Planners head the organisation column «ОО», «МО», «Учреждение», «Муниципалитет», «Район» as well. Plain-words
// tables ask the column's question: «Что делаем», «Кто (отвечает)», «Чем подтверждается», «Когда». English working
// copies name the responsible «Lead» or «In charge»; a result is headed «Итог» too («Подтверждающий документ» is
// left unread: in a progress report it is the proof of a step done, empty until then).
// «Школьный Кванториум» heads a programme's column, not a school's.
// «Исполнено ОО», «Выполнено МО», «Исполнено школами»: a status column, or beside one a count of who has done the step.
const DONE_BY = String.raw`(исполнено|выполнено)(оо|мо|школами)`;
const PERFORMER_ORG = String.raw`(оо|мо|организаци[а-я]*|учреждени[а-я]*)\((со)?исполнител[а-я]*\)$`;
const RULES: [FieldKey, RegExp][] = [
  // «Раздел / №», «№ / раздел», «Пункт №», «№ раздела»: sections and measures numbered in one column.
  [
    "number",
    /^(№|#|no\.?|n|номер)?(п\/п|пп|п\.п\.?)?\.?$|^(раздел|пункт)\/?(№|#)$|^(№|#)\/?(раздел|пункт)[а-я]?$/,
  ],
  [
    "responsible",
    // «ОО (исполнитель)»: the organisation doing each step, as a responsible names it, not one roadmap per school.
    new RegExp(
      String.raw`^(${PERFORMER_ORG}|отв\.?$|отв\.|ответствен|исполнител|соисполнител|кто(\??$|отвечает|исполняет|выполняет|делает)|responsib|owner|executor|lead($|by|person|organi[sz]ation)|(person)?incharge)`,
    ),
  ],
  ["start", /^(датаначал|срокначал|начал(?!ьник)|start|begin)/],
  // «Дата исполнения (факт)», «Срок (факт.)»: a bracketed «факт» names the fact column whatever comes before it.
  ["actual", /^(факт|датафактическ|срокфактическ|actual)|^(дата|срок)[а-я]*\(факт[а-я.]*\)$/],
  [
    "deadline",
    /^(срок|дата|датыпровед|контрольн[а-я]*(дата|срок)|(нов|прежн|уточненн|измененн|скорректированн|перенесенн)[а-я]*срок|когда\??$|когда(сделать|выполн|исполн)|докакогосрок|период|времяпровед|планов[а-я]*(срок|дата)|окончан|завершени|end$|enddate|finish|deadline|due|date|timeline|timeframe|term$|period)/,
  ],
  [
    "result",
    /^(результат|(ожидаем|планируем)[а-я]*результат|чем(подтвержда|подтвердит)|что(получаем|получим|получится|будетполучено)|документ|итоговыйдокумент|итоги?$|формаотчетност|формаотчета|формазавершени|виддокумент|output|result|deliverable|outcome|document)/,
  ],
  ["audience", /^(целев|аудитори|участник|targetaudience|audience|participants)/],
  // «Исполнено ОО (из 3)», «Выполнено МО»: a summary's count of the organisations that have done the step.
  [
    "status",
    new RegExp(
      String.raw`^(отметк|статус|выполнени|исполнени|${DONE_BY}?($|\(|\/)|(информаци[яи]|сведени[яе])(мо|оо)?об?(ходе)?(вы|ис)полн|(информаци[яи]|сведени[яе])(мо|оо)($|\(|на\d)|ходисполн|реквизит|status|done|completion|progress)`,
    ),
  ],
  ["note", /^(примечани|комментари|note|comment|remark)/],
  // «Программа», «Проект», «Программа (проект)»: the column naming each row's programme (a whole header, not a title);
  // «Центр», «Тип центра» beside the school's column name the centre it opens (byProgrammeName checks the cells);
  // «Региональный проект» over «Цифровая образовательная среда», «Центры «Точка роста»» names each block's programme.
  [
    "programme",
    /^(программа|проект|(федеральн|региональн)[а-я]*проект|центр|типцентра|видцентра|programme|program|project|centre|center)(\(.*\))?$/,
  ],
  [
    "cost",
    /^(стоимост|сумма|объемфинансир|источникфинансир|финансировани|бюджет|затрат|тыс\.?руб|cost|budget|amount|funding)/,
  ],
  [
    "organisation",
    /^(наименование|название)?(муниципальн|муниципалитет|общеобразовательн|образовательн[а-я]*организ|организаци(?!онн)|школ(?![а-я]*(кванториум|технопарк))|(оо|мо|оу)([^а-я]|$)|учреждени[а-я]*$|район([^а-я]|$)|городск[а-я]*округ|municipal|school(?!s?(kvantorium|technopark))|organi[sz]ation|institution)/,
  ],
  [
    "title",
    /^(наименован|основн[а-я]*мероприяти|что(делаем|сделать|делать|нужносделать)|мероприяти|направлени[а-я]*[,/;и]*мероприяти|содержани|переченьмероприяти|названи|activit|direction[,/;&]*(and)?activit|measure|action|event|task|description)/,
  ],
];

/** Under a merged date group («Сроки», «Срок исполнения», «Timeline»): which end of the period a column is. */
const SUB_RULES: ["start" | "deadline" | "plan" | "actual", RegExp][] = [
  ["start", /^(начал(?!ьник)|датаначал|срокначал|с$|от$|start|begin|from$)/],
  ["deadline", /^(окончан|датаокончан|срококончан|завершени|по$|до$|end|finish|to$|due)/],
  // «по плану | фактически», «по плану | выполнено»: the preposition is part of the caption, and the day the step
  // was done («выполнено», «исполнено») is the completion mark as «факт» is.
  ["plan", /^(по)?(план|plan)/],
  ["actual", /^(по)?(факт|выполнен|исполнен|actual|done|completed)/],
];

/** The role of a cell under a merged date group, or null. */
export function classifySubHeader(text: string): "start" | "deadline" | "plan" | "actual" | null {
  if (text.length > 60) return null;
  const s = squash(text).replace(/^[^\p{L}\p{N}]+/u, "");
  for (const [role, re] of SUB_RULES) if (re.test(s)) return role;
  return null;
}

// A territory («Муниципальный округ», «МО», «Район»), not an institution («Муниципальная общеобразовательная организация»).
const TERRITORY = /^(муниципальн|муниципалитет|мо([^а-я]|$)|район|городск[а-я]*округ|municipal|district)/;
const INSTITUTION =
  /общеобразоват|образовательн[а-я]*организ|организаци|учреждени|школ|^оо([^а-я]|$)|school|institution/;

// «Выполнено (количество ОО)», «Доля ОО, выполнивших (%)», «Выполнено ОО (из 12)»: how many schools did a step,
// detail beside its status.
const COUNT = new RegExp(String.raw`количеств|кол[-.]?во|числ[оа]|доля|%|из\d+\)|^${DONE_BY}`);

/** Of two responsible columns the one headed «Ответственный» names the responsible, not «ОО (исполнитель)». */
export function isFinerResponsible(text: string, than: string): boolean {
  const performer = new RegExp(`^${PERFORMER_ORG}`);
  return performer.test(squash(than)) && !performer.test(squash(text));
}

/** Of two completion columns the step's own mark («Статус») is the status, not a count of those who did it. */
export function isFinerStatus(text: string, than: string): boolean {
  return COUNT.test(squash(than)) && !COUNT.test(squash(text));
}

/**
 * Of two organisation columns the institution's names the rows, not the territory's: «Муниципальный округ |
 * Общеобразовательная организация» repeats the items per school, and a municipality may hold several schools.
 */
export function isFinerOrganisation(text: string, than: string): boolean {
  const s = squash(text).replace(/^(наименование|название)/, "");
  const t = squash(than).replace(/^(наименование|название)/, "");
  return INSTITUTION.test(s) && TERRITORY.test(t) && !INSTITUTION.test(t);
}

// Dates kept beside the plan's for reference: last year's («срок 2026 (справочно)», «(для справки)», «прошлый год»),
// and an amended roadmap's before the change (ORIGINAL), which isAmendmentOf reads where the amended cell is empty.
const LAST_YEAR = /справочн|длясправ|прошл[а-я]*год|предыдущ|reference|previous/;
// The dates an amendment changes: «первоначальный», «исходный», «прежний», «было».
const ORIGINAL = /первоначальн|исходн|прежн|^было/;
const REFERENCE = new RegExp(`${LAST_YEAR.source}|${ORIGINAL.source}`);
// The amended dates beside them: «уточнённый», «с учётом изменений», «перенесённый», «новый срок», «стало».
const AMENDED =
  /уточненн|сучетомизменени|скорректированн|перенесенн|^измененн|^нов[а-я]*срок|^стало|amended|revised/;

/**
 * Whether `than` is the deadline column that the amended column `text` changes («Срок | Уточнённый срок», «Срок
 * первоначальный | Срок уточнённый»): an amended column holds only the changed dates, the other the rest.
 */
export function isAmendmentOf(text: string, than: string): boolean {
  const s = squash(text);
  const t = squash(than);
  if (LAST_YEAR.test(t) || LAST_YEAR.test(s)) return false;
  return (AMENDED.test(s) && !AMENDED.test(t)) || (ORIGINAL.test(t) && !ORIGINAL.test(s));
}

/**
 * «Дата исполнения» (or «выполнения») beside a «Срок …» column: the day the step was done, not a second deadline.
 */
export function isDoneDate(text: string, than: string): boolean {
  return /^дата(фактическ[а-я]*)?(исполнени|выполнени)/.test(squash(text)) && /^срок/.test(squash(than));
}

/**
 * Of two deadline columns, the plan's: not one marked as reference, the amended one, and of two naming the dates of
 * their editions («Срок (в редакции приказа от 30.11.2026 …)» | «… от 16.12.2026 …») or years («Срок 2026 | Срок
 * 2027»), the later — a sheet copied from last year or amended keeps the old dates beside the new ones.
 */
export function isPlanDeadline(text: string, than: string): boolean {
  const s = squash(text);
  const t = squash(than);
  if (REFERENCE.test(s) !== REFERENCE.test(t)) return REFERENCE.test(t);
  if (AMENDED.test(s) !== AMENDED.test(t)) return AMENDED.test(s);
  const day = (x: string) => {
    const m = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(20\d\d)(?!\d)/.exec(x);
    return m ? Number(m[3]) * 10_000 + Number(m[2]) * 100 + Number(m[1]) : NaN;
  };
  if (day(s) !== day(t) && !Number.isNaN(day(s)) && !Number.isNaN(day(t))) return day(s) > day(t);
  const year = (x: string) => Number(/20\d\d/.exec(x)?.[0] ?? NaN);
  return year(s) > year(t);
}

/** The field a header cell names, or null. Long texts are never headers. */
// «Этап | Срок | Кто отвечает | Что получаем», «Шаг | Контрольная дата | …»: a school's plain table names its steps
// «Этап» or «Шаг»; only without an activity column is it the title (beside «Мероприятие» it groups the measures).
const STAGE_TITLE = /^(этапы?(работ[аы]?|реализации)?|шаги?)$/;

export function isStageHeader(text: string): boolean {
  return text.length <= 40 && STAGE_TITLE.test(squash(text).replace(/[^\p{L}]/gu, ""));
}

export function classifyHeader(text: string): FieldKey | null {
  if (text.length > 160) return null;
  const s = squash(text).replace(/^[^\p{L}\p{N}№#]+/u, "");
  if (s === "") return null;
  for (const [field, re] of RULES) if (re.test(s)) return field;
  return null;
}

const loose = new Map<string, FieldKey | null>();
// «12.3»: no rule starts with a digit; kept out of the cache, which a long numbered table would otherwise flush.
const DOTTED_NUMBER = /^[\d.\s]*\d[\d.\s]*$/;

// Kept: without the cache bench-ab --same-process measured CPU +40.5 % at 1,000 rows and +48.4 % at 10,000 (load 7).
/** Matches OCR-damaged headers too («Целсваи аудитория»); cached, as every row of a table is checked. */
export function looseField(text: string): FieldKey | null {
  if (DOTTED_NUMBER.test(text)) return null;
  let f = loose.get(text);
  if (f === undefined) {
    f = looseFieldUncached(text);
    if (loose.size > 5000) loose.clear();
    loose.set(text, f);
  }
  return f;
}

function looseFieldUncached(text: string): FieldKey | null {
  const f = classifyHeader(text);
  if (f) return f;
  const s = squash(text);
  if (s.includes("аудитор")) return "audience";
  if (s.includes("ответствен") || s.includes("венный(подраздел")) return "responsible";
  if (/^сроки?/.test(s)) return "deadline";
  return null;
}
