// Year slots: the year written after a day, month or period («2024 г.», «24 г.», «года Y-1», «года получения
// субсидии», «следующего года»), written or relative to the subsidy year or to the context year.
import { YEAR_VARIABLES, YEAR_WORDS } from "./lexicon";
import { isNum, isP, isW, wordStarts, type Tok } from "./tokens";

export interface YearInfo {
  /** A written year. */
  year?: number;
  /** Written relative to the subsidy / target year Y: Y + rel. */
  rel?: number;
  /** «текущего года» or a bare «года»: the year comes from the context. */
  ctx?: boolean;
  /** «следующего года» (+1), «прошлого года» (−1): counted from the context year. */
  ctxOffset?: number;
  twoDigit?: boolean;
}

export const CTX_YEAR_WORDS = [
  "текущ",
  "этого",
  "сего",
  "нынешн",
  "отчетн",
  "следующ",
  "будущ",
  "прошл",
  "предыдущ",
];

const REF_STOP = /^(?:далее|затем|раз|по|не|до|с|со|в|и|начиная)$|^еже/;

/** Words naming the subsidy / opening year after «года» («получения субсидии», «открытия центра»), or Y. */
function yearRef(toks: Tok[], i: number): number | null {
  const tk = toks[i];
  if (!tk) return null;
  if (tk.t === "word" && YEAR_VARIABLES.has(tk.v)) return i + 1;
  if (
    !wordStarts(
      tk,
      "получени",
      "предоставлени",
      "открыти",
      "создани",
      "начал",
      "выделени",
      "реализаци",
      "субсиди",
    )
  )
    return null;
  let j = i + 1;
  for (let k = 0; k < 4; k++) {
    const w = toks[j];
    if (!w || w.t !== "word" || REF_STOP.test(w.v) || w.br !== tk.br) break;
    j++;
  }
  return j;
}

/** ± n after a year variable: «Y-1», «Y + 1». */
function varOffset(toks: Tok[], i: number): { rel: number; end: number } {
  if (isP(toks[i], "-", "+") && isNum(toks[i + 1], 2)) {
    const n = Number(toks[i + 1]!.v);
    return { rel: toks[i]!.v === "-" ? -n : n, end: i + 2 };
  }
  return { rel: 0, end: i };
}

export function skipYearWord(toks: Tok[], i: number): number {
  if (isW(toks[i], ...YEAR_WORDS)) {
    i++;
    if (isP(toks[i], ".")) i++;
  }
  return i;
}

/** A year slot after a day or month, or on its own: «2024 г.», «24 г.», «года Y-1», «года получения субсидии». */
export function yearSlot(toks: Tok[], i: number): { info: YearInfo; end: number } | null {
  const tk = toks[i];
  if (!tk) return null;
  if (isNum(tk, 4, 4)) {
    const y = Number(tk.v);
    // Any four digits before «г.» / «года» are a written year (refused later when unsupported, never replaced by
    // the context year); bare, only plausible years count.
    if ((y < 1900 || y > 2100) && !isW(toks[i + 1], ...YEAR_WORDS)) return null;
    return { info: { year: y }, end: skipYearWord(toks, i + 1) };
  }
  if (isNum(tk, 2, 2) && isW(toks[i + 1], "г", "года", "гг", "год")) {
    const yy = Number(tk.v);
    return {
      info: { year: yy < 70 ? 2000 + yy : 1900 + yy, twoDigit: true },
      end: skipYearWord(toks, i + 1),
    };
  }
  if (tk.t === "word" && YEAR_VARIABLES.has(tk.v)) {
    const off = varOffset(toks, i + 1);
    return { info: { rel: off.rel }, end: skipYearWord(toks, off.end) };
  }
  if (isW(tk, "года", "год", "году", "г")) {
    let j = i + 1;
    if (isP(toks[j], ".") && tk.v === "г") j++;
    if (isP(toks[j], ",")) j++;
    // «года, следующего за отчетным», «года, предшествующего отчетному»: counted from the context year.
    const after = wordStarts(toks[j], "следующ") && isW(toks[j + 1], "за") ? j + 2 : null;
    const before = wordStarts(toks[j], "предшествующ") ? j + 1 : null;
    const ref = after ?? before;
    if (ref !== null && wordStarts(toks[ref], "отчетн", "истекш")) {
      const end = isW(toks[ref + 1], "годом", "году", "года", "год") ? ref + 2 : ref + 1;
      return { info: { ctx: true, ctxOffset: after !== null ? 1 : -1 }, end };
    }
    if (wordStarts(toks[j], "предшествующ")) {
      let k = j + 1;
      if (isW(toks[k], "году", "года", "годом", "год")) k++;
      const end = yearRef(toks, k);
      if (end !== null) {
        const v =
          toks[k]!.t === "word" && YEAR_VARIABLES.has(toks[k]!.v) ? varOffset(toks, end) : { rel: 0, end };
        return { info: { rel: v.rel - 1 }, end: v.end };
      }
      return null;
    }
    if (
      wordStarts(toks[j], "следующ") &&
      isW(toks[j + 1], "за") &&
      isW(toks[j + 2], "годом", "году", "года")
    ) {
      const end = yearRef(toks, j + 3);
      if (end !== null) return { info: { rel: 1 }, end };
      return null;
    }
    j = i + 1;
    if (toks[j]?.t === "word" && YEAR_VARIABLES.has(toks[j]!.v)) {
      const off = varOffset(toks, j + 1);
      return { info: { rel: off.rel }, end: off.end };
    }
    const end = yearRef(toks, j);
    if (end !== null) return { info: { rel: 0 }, end };
    return null;
  }
  if (wordStarts(tk, ...CTX_YEAR_WORDS) && isW(toks[i + 1], "года", "год", "году", "г")) {
    const ctxOffset = wordStarts(tk, "следующ", "будущ") ? 1 : wordStarts(tk, "прошл", "предыдущ") ? -1 : 0;
    return { info: ctxOffset ? { ctx: true, ctxOffset } : { ctx: true }, end: skipYearWord(toks, i + 1) };
  }
  return null;
}

export function optYear(toks: Tok[], i: number): { info: YearInfo | null; end: number } {
  const y = yearSlot(toks, i);
  return y ? y : { info: null, end: i };
}
