// Part headings of a roadmap table: an unnumbered one-cell row («Организационные мероприятия», «Кадровое
// обеспечение», «Открытие центра») heads the measures below it; it is not a measure itself.
import type { Sheet } from "./grid-cache";
import type { Header } from "./header";
import { normalize } from "./normalize";
import { type captionOf, nextFilled, withoutBlockNumber } from "./table-end";
import type { SkippedRow } from "./types";
import { CAPITALISED_RE, isNumberLike } from "./vocabulary";

/** How planners name a group: «Организационные мероприятия», «Материально-техническое обеспечение», «Этап 1». */
const GROUP_WORDS =
  /^((организационн|нормативн|правов|материальн|кадров|информационн|финансов|методическ|научн|подготовительн|основн|заключительн)\S*(\s+\S+){0,3}\s+(обеспечени|мероприяти|сопровождени|работ|меры)|(этап|раздел|блок)\s)/;

/** A one-cell row, as `captionOf` finds it. */
export type Caption = NonNullable<ReturnType<typeof captionOf>>;

/** A capitalised short line, no year in it (a deadline or a note names one, a part of the plan does not). */
const headingText = (text: string): boolean =>
  text.length <= 150 && CAPITALISED_RE.test(text) && !/(19|20)\d\d/.test(text);

/**
 * An unnumbered row with only a capitalised title («Организационные мероприятия», «Оснащение центров:») over a
 * numbered measure heads a group; after a header repeated at a page break the same row continues the row above.
 */
function numberedTableHeading(s: Sheet, h: Header, r: number, caption: Caption, first: boolean): boolean {
  const nc = h.numberCol;
  const tc = h.titleCol;
  // Merged across from the № cell («Общие мероприятия (региональный уровень)» over A:E) heads a part as well.
  const across = caption.wide && s.area(r, caption.col)!.left <= tc;
  if (nc === undefined || (caption.col !== tc && !across)) return false;
  const text = caption.text.trim();
  if (text.length > 150 || !CAPITALISED_RE.test(text)) return false;
  // A wrapped title line («Школьного Кванториума») looks the same: below a measure, only a heading's words count.
  if (!first && !text.endsWith(":") && !GROUP_WORDS.test(normalize(text))) return false;
  const next = nextFilled(s, r + 1, Math.min(nc, tc), Math.max(nc, tc));
  if (next < 0 || s.text(next, tc) === "") return false;
  if (isNumberLike(s.value(next, nc), s.text(next, nc))) return true;
  // Merged across over unnumbered measures (a part of a numbered table whose own steps carry no number).
  const dc = h.cols.deadline ?? h.cols.start;
  return across && first && s.text(next, nc) === "" && dc !== undefined && s.text(next, dc) !== "";
}

/**
 * In a table with no numbers a part («Нормативно-правовое обеспечение», merged across or not) is a title alone on its
 * row over a measure with its own deadline: every measure carries more than its title (a planted one at least its
 * responsible). A wrapped title line looks the same, so the row must also read as a heading: first under the header,
 * merged across, a lead-in, a part's words, or in a table that already heads its parts so.
 */
function unnumberedTableHeading(s: Sheet, h: Header, r: number, caption: Caption, at: Where): boolean {
  const tc = h.titleCol;
  // «1. Нормативное обеспечение»: a part numbered in its own text, its number aside.
  const text = withoutBlockNumber(caption.text.trim());
  const starts = caption.wide ? s.area(r, caption.col)!.left <= tc : caption.col === tc;
  if (!starts || !headingText(text)) return false;
  const heading =
    at.first || at.partsSeen || caption.wide || text.endsWith(":") || GROUP_WORDS.test(normalize(text));
  if (!heading) return false;
  const { lo, hi } = at;
  const next = nextFilled(s, r + 1, lo, hi);
  const dc = h.cols.deadline ?? h.cols.start;
  return next >= 0 && dc !== undefined && s.text(next, tc) !== "" && s.text(next, dc) !== "";
}

/** Where the one-cell row stands: the table's columns, its kind, and what came before it. */
export interface Where {
  lo: number;
  hi: number;
  numbered: boolean;
  pageBreak: boolean;
  /** No measure since the header or the last heading. */
  first: boolean;
  /** The table has headed a part already. */
  partsSeen: boolean;
}

/** The skipped-row entry for a part heading at row r, or null when the one-cell row is not one. */
export function partHeadingAt(
  s: Sheet,
  h: Header,
  r: number,
  caption: Caption,
  at: Where,
): SkippedRow | null {
  // After a page break a title-only line continues the row above, unless the unnumbered table heads its parts so.
  if (at.pageBreak && (at.numbered || !at.partsSeen)) return null;
  const heading = at.numbered
    ? numberedTableHeading(s, h, r, caption, at.first)
    : unnumberedTableHeading(s, h, r, caption, at);
  if (!heading) return null;
  return {
    kind: "group-heading",
    address: s.addr(r, caption.col),
    sheetRow: s.row0 + r,
    number: null,
    text: caption.text,
    reason: at.numbered
      ? {
          ru: "заголовок группы без номера: под ним пронумерованные мероприятия, сам он не мероприятие",
          en: "unnumbered group heading: numbered measures follow it; it is not a measure itself",
        }
      : {
          ru: "заголовок части плана: в строке только название, под ним мероприятия со сроками",
          en: "part heading of the plan: a title alone on its row over measures with deadlines",
        },
  };
}
