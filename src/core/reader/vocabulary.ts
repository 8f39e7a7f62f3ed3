// The words of a roadmap sheet outside the header: numbers, footers and signatures, titles, sections, «Отв.», dates.
// Header words live in header-words.ts, programme words in guess.ts.
import type { CellValue } from "../grid";

// «А.1», «Б.12»: a block lettered «Раздел А» numbers its rows after its letter.
export const NUMBER_RE = /^([А-ЯЁA-Z]\s*\.\s*)?\d{1,3}(\s*\.\s*\d{1,3})*\s*[.)]?$/;
// A footnote opens with «*» or a superscript number («¹ Письмо министерства …»); a «Лист согласования» (its own
// «Должность | Ф.И.О. | Дата | Подпись» table) follows the roadmap as «Согласовано» does; «Свод подготовил: …»,
// «Составил: …» sign a roll-up as «Исполнитель:» does. A legend of a grid's marks («■ — период выполнения») ends it too.
// The signature words as a block writes them («Согласовано:», «Подпись»), not the steps they open («Согласование …»).
export const FOOTER_RE =
  /^(ознакомлен[оаы]?(?![а-яё])|с\s+[а-яё\s]*ознакомлен|согласован[оаы]?(?![а-яё])|лист\s+(согласовани|ознакомлени|визировани)|утвержда(?:ю|ем)(?![а-яё])|подпис(?:ь|и|ано|ан|ана|аны)(?![а-яё])|примечани|исп\.[\s:]|исполнитель\s*:|([а-яё]+\s+)?(подготовил|составил|сформировал|подготовлен|составлен|сформирован)[а-яё]*\s*:|\*|[¹²³⁴⁵⁶⁷⁸⁹⁰]|(prepared|approved|agreed|signed)(\s+by\b|\s*:)|acknowledged\b|[■□▪▫●○◆◇✓✔+]\s*[—–-]\s*\S)/i;
// A signature's name, Russian or transliterated in an English copy («M.V. Sokolova», «Sokolova M.V.»).
export const NAME_RE =
  /^([А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?([А-ЯЁ]\.?)?|[А-ЯЁ]\.\s?([А-ЯЁ]\.)?\s?[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?|[A-Z][a-z]+(-[A-Z][a-z]+)?\s+[A-Z]\.\s?([A-Z]\.?)?|[A-Z]\.\s?([A-Z]\.)?\s?[A-Z][a-z]+(-[A-Z][a-z]+)?)$/;
// «И.о. начальника», «Заведующий кабинетом», and an English copy's «Head of the Department», «Deputy Minister».
export const POSITION_RE =
  /^((и\.\s?о\.?|врио|исполняющ[а-я]*\s+обязанности)\s*)?(министр|губернатор|начальник|директор|заместитель|первый\s+заместитель|руководитель|председатель|глава|ректор|заведующ|head\s+of|director|deputy|minister|governor|chair)/;
// «План работы на 2027/2028 учебный год», «План на 2027 год»: a line opening with the word «план» (\b is ASCII-only: a
// Cyrillic word ends at (?![а-яё])).
export const TITLE_RE =
  /дорожн[а-я]*\s+карт|комплекс[а-я]*\s+мер|план[а-я]*\s+мероприяти|комплексн[а-я]*\s+план|план[а-я]*\s*-\s*график|^\s*план(?![а-яё])|(?:unified|joint|comprehensive|complex)\s+plan|road\s*map/;
export const SECTION_RE =
  /^([A-Za-zА-Яа-яЁё ]{1,40}?)\s*(\d{1,2}|[IVX]{1,4}|[A-Za-zА-Яа-яЁё])\s*\.\s+(\S[\s\S]*)$/;
// «Часть II. …»: a part of the document, as «Раздел» is (a caption left unmerged is no measure for want of the word).
export const SECTION_WORD = /направ|раздел|^част|блок|задач|модул|этап/;
// «Отв. …», «Отв.: …», «Отв: …», «Ответственный: …»: the label and its colon are not the responsible's name.
export const OTV_RE = /^(?:отв(?:\.|(?=[\s:]))|ответственн[а-я]*)\s*:?\s*/i;
/** «… (отв. Бойко Т.А.)», «… (ответственный: …)» closing a matrix cell: the row's responsible. */
export const OTV_TAIL_RE = /\((?:отв\.|отв\s|ответственн[а-я]*)\s*:?\s*([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/i;
/** «…\nОтв. Бойко Т.А.», «…\nОтветственный: …» on a line of its own inside a matrix cell: the row's responsible. */
export const OTV_LINE_RE = /\n\s*(?:отв(?:\.\s*:?|\s*:)|ответственн[а-я]*\s*:)\s*(\S[\s\S]*)$/i;
export const DATEISH_RE =
  /\d|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|квартал|течение|срок|ежегод|ежемесяч/;

export function isNumberLike(v: CellValue, t: string): boolean {
  return (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 1000) || NUMBER_RE.test(t);
}

/** A sub-step lettered «а)», «б.», «в)» (or a) b)) at the start of a title. */
export const LETTER_STEP_RE = /^\s*[а-яa-z]\s*[).]\s+\S/i;

/** A sub-step numbered «1)», «2)» at the start of a title whose № cell is empty (the Leningrad 3537-р layout). */
export const PAREN_STEP_RE = /^\s*\d{1,2}\s*\)\s+\S/;

/** A № cell that holds only a sub-step letter («а)», «б.», «в»): the step's text is in the title column. */
export const LETTER_NUMBER_RE = /^\s*[а-яa-z]\s*[).]?\s*$/i;

/** A bullet sub-step: «–», «—», «•» alone in the № cell or opening the title (a school order's «Утверждение:» list). */
export const DASH_STEP_RE = /^\s*[–—•-]\s+\S/;
export const DASH_NUMBER_RE = /^\s*[–—•-]\s*$/;

// A lone dash («—», «-», «–») planners put in a cell to say it has nothing: the cell is empty.
export const DASH_ONLY = /^[\s\-‐‑‒–—―−]+$/;

/** A municipality's short form after its name («Белогорский МО», «Вязовский МР», «Озёрный ГО», «Заречное ГП»). */
export const MUNICIPALITY_SHORT = String.raw`(?:мо|мр|го|гп|сп)`;
/** A school's legal form before its quoted name («МБОУ «…»», «МАОУ», «ГБОУ», «ЧОУ», «МОБУ»), as a RegExp source. */
export const LEGAL_FORM = String.raw`(?:[МГЧН][БАК]?ОУ|МОБУ|МОАУ|МОКУ)`;

/** A capitalised start («Организационные …», «"Точка роста" …»): a title or heading, not a title's wrapped line. */
export const CAPITALISED_RE = /^[«"]?[A-ZА-ЯЁ]/;

// «1. Общие мероприятия (для всех направлений)», «Общие для всех программ», «все направления» in a «Направление» column:
// steps every programme of the sheet shares.
export const COMMON_SECTION =
  /(?:^|[^а-яё])общ(?:ие|ее|их)\s+(?:мероприяти|для\s+все|положени|вопрос)|для\s+всех\s+(?:направлени|программ|центр)|^(?:все|для\s+всех)\s+(?:направлени[яй]|программ[ыа]?|центр[ыов]*)\.?$|^common\b/iu;

// «х» in a Russian form's programme cell means «not applicable», as «—» does: not this programme's step.
export const NOT_THIS =
  /^(?:[-–—−]+|[xх]|нет|no|n\/?a|не\s+(?:предусмотрен[а-я]*|требуется|планируется|применяется|проводится|относится))\.?$/iu;
