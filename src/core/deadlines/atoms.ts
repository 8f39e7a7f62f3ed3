// Date atoms: the smallest pieces of a deadline that name days or periods («1 марта 2024 года», «2 квартал»,
// «ноябрь», «2023/2024 учебный год», «года, предшествующего году получения субсидии»).
import { monthOf, ORDINAL_SUFFIX, ordinalOf, YEAR_WORDS } from "./lexicon";
import { isNum, isP, isW, wordStarts, type Tok } from "./tokens";
import { CTX_YEAR_WORDS, optYear, skipYearWord, yearSlot, type YearInfo } from "./year-slot";

export type { YearInfo } from "./year-slot";

export type AtomType =
  "day" | "days" | "month" | "quarter" | "half" | "decade" | "halfmonth" | "year" | "years" | "school";

export interface Atom {
  type: AtomType;
  d1: number;
  d2: number;
  m: number;
  /** Quarter / half-year / decade / half-month numbers (from, to). */
  n1: number;
  n2: number;
  year: YearInfo | null;
  /** Second year of «2023–2024 гг.» and of a school year. */
  y2: number | null;
  /** [t0, t1) token indexes. */
  t0: number;
  t1: number;
  typo: boolean;
  /** Read with doubt: a school year without «учебный», a bare number. */
  doubt: number;
  /** A bare «года» / «учебного года»: a period named only by the context. */
  weak: boolean;
  /** A half of the school year («II полугодие учебного года»); its year is the year the school year ends in. */
  school: boolean;
  br: boolean;
}

function atom(type: AtomType, t0: number, t1: number, toks: Tok[], over: Partial<Atom>): Atom {
  return {
    type,
    d1: 0,
    d2: 0,
    m: 0,
    n1: 0,
    n2: 0,
    year: null,
    y2: null,
    t0,
    t1,
    typo: false,
    doubt: 0,
    weak: false,
    school: false,
    br: toks[t0]?.br ?? false,
    ...over,
  };
}

/** The ordinal of a quarter / half / decade and the index after it («2», «II», «2-й», «второго»). */
function ordinalAt(toks: Tok[], i: number): { n: number; end: number } | null {
  const tk = toks[i];
  if (!tk || tk.t === "p") return null;
  if (tk.t === "num" && tk.v.length > 1) return null;
  const n = ordinalOf(tk.v);
  if (n === null) return null;
  let end = i + 1;
  if (isP(toks[end], "-") && toks[end + 1]?.t === "word" && ORDINAL_SUFFIX.has(toks[end + 1]!.v)) end += 2;
  else if (tk.t === "num" && toks[end]?.t === "word" && ORDINAL_SUFFIX.has(toks[end]!.v)) end += 1;
  return { n, end };
}

function periodWord(tk: Tok | undefined): "quarter" | "half" | "decade" | "halfmonth" | null {
  if (!tk || tk.t !== "word") return null;
  if (tk.v.startsWith("половин")) return "halfmonth";
  if (tk.v.startsWith("квартал") || tk.v === "кв") return "quarter";
  if (tk.v.startsWith("полугод")) return "half";
  if (tk.v.startsWith("декад")) return "decade";
  return null;
}

function monthAt(toks: Tok[], i: number): { month: number; typo: boolean; end: number } | null {
  const tk = toks[i];
  if (!tk || tk.t !== "word") return null;
  const mw = monthOf(tk.v);
  if (!mw) return null;
  let end = i + 1;
  // An abbreviation's dot («янв.», «сент.»).
  if (isP(toks[end], ".") && tk.v.length <= 4) end++;
  return { ...mw, end };
}

/** Tries every atom form at token i; the first that matches wins (order matters). */
export function atomAt(toks: Tok[], i: number): Atom | null {
  const tk = toks[i];
  if (!tk) return null;
  return (
    (tk.t === "num" ? numericDateAt(toks, i, tk) : null) ??
    periodAt(toks, i) ??
    quotedDayAt(toks, i, tk) ??
    (isNum(tk, 2) ? dayMonthAt(toks, i, tk) : null) ??
    monthDayAt(toks, i) ??
    monthOnlyAt(toks, i) ??
    // A four-digit number is a year or nothing: the context-year words below are words.
    (isNum(tk, 4, 4) ? yearNumberAt(toks, i, tk) : contextYearAt(toks, i, tk))
  );
}

/** Whether a day and month in digits begin at toks[i] («15.08…»): two digits there are a date's day, not a year. */
function nextDate(toks: Tok[], i: number): boolean {
  return isNum(toks[i], 2) && isP(toks[i + 1], ".") && isNum(toks[i + 2], 2, 2);
}

/** Dates written in digits: ISO, dd.mm.yyyy, mm.yyyy, dd.mm without a year. */
function numericDateAt(toks: Tok[], i: number, tk: Tok): Atom | null {
  // ISO 2024-02-01
  if (
    isNum(tk, 4, 4) &&
    isP(toks[i + 1], "-") &&
    isNum(toks[i + 2], 2) &&
    isP(toks[i + 3], "-") &&
    isNum(toks[i + 4], 2)
  ) {
    return atom("day", i, i + 5, toks, {
      d1: Number(toks[i + 4]!.v),
      d2: Number(toks[i + 4]!.v),
      m: Number(toks[i + 2]!.v),
      year: { year: Number(tk.v) },
    });
  }
  // 30.11.2023, 30/11/23, 1.9.2024 г.
  if (
    isNum(tk, 2) &&
    isP(toks[i + 1], ".", "/") &&
    isNum(toks[i + 2], 2) &&
    isP(toks[i + 3], toks[i + 1]!.v) &&
    (isNum(toks[i + 4], 4, 4) || (isNum(toks[i + 4], 2, 2) && !nextDate(toks, i + 4)))
  ) {
    const yt = toks[i + 4]!;
    const yy = Number(yt.v);
    const year: YearInfo =
      yt.v.length === 4 ? { year: yy } : { year: yy < 70 ? 2000 + yy : 1900 + yy, twoDigit: true };
    return atom("day", i, skipYearWord(toks, i + 5), toks, {
      d1: Number(tk.v),
      d2: Number(tk.v),
      m: Number(toks[i + 2]!.v),
      year,
    });
  }
  // 11.2023 (a month)
  if (
    isNum(tk, 2) &&
    isP(toks[i + 1], ".", "/") &&
    isNum(toks[i + 2], 4, 4) &&
    Number(tk.v) >= 1 &&
    Number(tk.v) <= 12
  ) {
    return atom("month", i, skipYearWord(toks, i + 3), toks, {
      m: Number(tk.v),
      year: { year: Number(toks[i + 2]!.v) },
    });
  }
  // 31.01 (no year); «15.06. 15.08.2027»: its closing dot before the next date's day is no year's.
  const closed = isP(toks[i + 3], ".") && nextDate(toks, i + 4);
  if (
    isNum(tk, 2) &&
    isP(toks[i + 1], ".") &&
    isNum(toks[i + 2], 2, 2) &&
    (!isP(toks[i + 3], ".") || closed)
  ) {
    const d = Number(tk.v);
    const m = Number(toks[i + 2]!.v);
    if (d >= 1 && d <= 31 && m >= 1 && m <= 12)
      return atom("day", i, closed ? i + 4 : i + 3, toks, { d1: d, d2: d, m });
  }
  return null;
}

/** Quarters, half-years, decades: «2 квартал 2024 г.», «I–II кварталы», «1 полугодие», «2 декада сентября». */
function periodAt(toks: Tok[], i: number): Atom | null {
  const q = latinQuarterAt(toks, i);
  if (q) return q;
  // «середина декабря», «до середины марта»: the middle of the month is its 15th, read as that day.
  if (wordStarts(toks[i], "середин")) {
    const mo = monthAt(toks, i + 1);
    if (!mo) return null;
    const y = optYear(toks, mo.end);
    return atom("day", i, y.end, toks, { d1: 15, d2: 15, m: mo.month, typo: mo.typo, year: y.info });
  }
  const o1 = ordinalAt(toks, i);
  if (o1) {
    let n2 = o1.n;
    let j = o1.end;
    if ((isP(toks[j], "-") || isW(toks[j], "и")) && periodWord(toks[j + 1]) === null) {
      const o2 = ordinalAt(toks, j + 1);
      if (o2 && o2.n >= o1.n) {
        n2 = o2.n;
        j = o2.end;
      }
    }
    const pw = periodWord(toks[j]);
    if (pw === "quarter" && o1.n <= 4 && n2 <= 4) {
      j++;
      if (isP(toks[j], ".")) j++;
      const y = optYear(toks, j);
      return atom("quarter", i, y.end, toks, { n1: o1.n, n2, year: y.info });
    }
    if (pw === "half" && o1.n <= 2 && n2 <= 2) {
      const sy = schoolYearAfter(toks, j + 1);
      if (sy) return atom("half", i, sy.end, toks, { n1: o1.n, n2, year: sy.year, school: true });
      const y = optYear(toks, j + 1);
      return atom("half", i, y.end, toks, { n1: o1.n, n2, year: y.info });
    }
    // «первая половина декабря»: schools plan by half-months as well as by decades.
    if (pw === "halfmonth" && o1.n <= 2 && n2 === o1.n) {
      const mo = monthAt(toks, j + 1);
      if (mo) {
        const y = optYear(toks, mo.end);
        return atom("halfmonth", i, y.end, toks, { n1: o1.n, n2, m: mo.month, typo: mo.typo, year: y.info });
      }
    }
    if (pw === "decade" && o1.n <= 3 && n2 === o1.n) {
      const mo = monthAt(toks, j + 1);
      if (mo) {
        const y = optYear(toks, mo.end);
        return atom("decade", i, y.end, toks, { n1: o1.n, n2, m: mo.month, typo: mo.typo, year: y.info });
      }
    }
  }

  return null;
}

/** An English working copy's quarter: «Q2 2027», «Q3» (normalisation splits «q2» into «q 2»). */
function latinQuarterAt(toks: Tok[], i: number): Atom | null {
  if (!isW(toks[i], "q") || !isNum(toks[i + 1], 1)) return null;
  const n = Number(toks[i + 1]!.v);
  if (n < 1 || n > 4) return null;
  const y = optYear(toks, i + 2);
  return atom("quarter", i, y.end, toks, { n1: n, n2: n, year: y.info });
}

/**
 * «учебного года», «2026/2027 учебного года» after a half-year: the half is of the school year, not the calendar one
 * (planners of complex plans count September to December as the first half). The year given is the school year's end.
 */
function schoolYearAfter(toks: Tok[], j: number): { year: YearInfo | null; end: number } | null {
  if (wordStarts(toks[j], "учебн") && isW(toks[j + 1], "года", "год", "году"))
    return { year: null, end: j + 2 };
  if (!isNum(toks[j], 4, 4) || !isP(toks[j + 1], "/", "-") || !isNum(toks[j + 2], 4, 4)) return null;
  const y1 = Number(toks[j]!.v);
  const y2 = Number(toks[j + 2]!.v);
  let k = j + 3;
  if (y2 !== y1 + 1 || !(wordStarts(toks[k], "учебн") || isW(toks[k], "уч"))) return null;
  k++;
  if (isP(toks[k], ".")) k++;
  return { year: { year: y2 }, end: skipYearWord(toks, k) };
}

/** «25» августа 2027 г., "25" августа: the day in quotes, as official documents write it. */
function quotedDayAt(toks: Tok[], i: number, tk: Tok): Atom | null {
  if (isP(tk, '"') && isNum(toks[i + 1], 2) && isP(toks[i + 2], '"')) {
    const mo = monthAt(toks, i + 3);
    if (mo) {
      const d1 = Number(toks[i + 1]!.v);
      const y = optYear(toks, mo.end);
      return atom("day", i, y.end, toks, { d1, d2: d1, m: mo.month, typo: mo.typo, year: y.info });
    }
  }

  return null;
}

/** A day or days before a month word: «1–15 сентября», «1 по 15 сентября», «1 марта 2024 года», «1-го марта». */
function dayMonthAt(toks: Tok[], i: number, tk: Tok): Atom | null {
  const d1 = Number(tk.v);
  // 1–15 сентября, 1 по 15 сентября
  if ((isP(toks[i + 1], "-") || isW(toks[i + 1], "по", "до")) && isNum(toks[i + 2], 2)) {
    const mo = monthAt(toks, i + 3);
    if (mo) {
      const y = optYear(toks, mo.end);
      return atom("days", i, y.end, toks, {
        d1,
        d2: Number(toks[i + 2]!.v),
        m: mo.month,
        typo: mo.typo,
        year: y.info,
      });
    }
  }
  // 1 марта 2024 года, 1-го марта
  let j = i + 1;
  if (isP(toks[j], "-") && isW(toks[j + 1], "го", "е", "ое")) j += 2;
  const mo = monthAt(toks, j);
  if (mo) {
    const y = optYear(toks, mo.end);
    return atom("day", i, y.end, toks, { d1, d2: d1, m: mo.month, typo: mo.typo, year: y.info });
  }
  return null;
}

/** The English order, month before day: «Dec 29, 2026», «September 1, 2027», «March 1». */
function monthDayAt(toks: Tok[], i: number): Atom | null {
  const tk = toks[i];
  // Russian writes the day first; a number after a Russian month is its year («март 27»), not a day.
  if (!tk || tk.t !== "word" || !/^[a-z]/.test(tk.v)) return null;
  const mo = monthAt(toks, i);
  const day = mo ? toks[mo.end] : undefined;
  if (!mo || !day || !isNum(day, 2) || Number(day.v) < 1 || Number(day.v) > 31) return null;
  let j = mo.end + 1;
  if (isW(toks[j], "st", "nd", "rd", "th")) j++;
  const y = optYear(toks, isP(toks[j], ",") && isNum(toks[j + 1], 4, 4) ? j + 1 : j);
  const d = Number(day.v);
  return atom("day", i, y.info ? y.end : j, toks, { d1: d, d2: d, m: mo.month, year: y.info });
}

/** A month on its own: «ноябрь 2023 г.». */
function monthOnlyAt(toks: Tok[], i: number): Atom | null {
  const mo = monthAt(toks, i);
  if (mo) {
    const y = optYear(toks, mo.end);
    return atom("month", i, y.end, toks, { m: mo.month, typo: mo.typo, year: y.info });
  }

  return null;
}

/** A year written in four digits, a school year «2023/2024», a range of years «2024-2026». */
function yearNumberAt(toks: Tok[], i: number, tk: Tok): Atom | null {
  const y1 = Number(tk.v);
  if ((y1 < 1900 || y1 > 2100) && !isW(toks[i + 1], ...YEAR_WORDS)) return null;
  // 2023/2024 учебный год, 2023-24 уч. г.
  if (isP(toks[i + 1], "/", "-") && (isNum(toks[i + 2], 4, 4) || isNum(toks[i + 2], 2, 2))) {
    const raw = toks[i + 2]!.v;
    const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
    let j = i + 3;
    if (isP(toks[j], "-")) j++;
    if (wordStarts(toks[j], "учебн") || isW(toks[j], "уч")) {
      j++;
      if (isP(toks[j], ".")) j++;
      j = skipYearWord(toks, j);
      return atom("school", i, j, toks, { year: { year: y1 }, y2, doubt: y2 === y1 + 1 ? 0 : 0.3 });
    }
    if (toks[i + 1]!.v === "-" && raw.length === 4 && y2 > y1) {
      return atom("years", i, skipYearWord(toks, j), toks, { year: { year: y1 }, y2 });
    }
    if (toks[i + 1]!.v === "/" && y2 === y1 + 1) {
      // «2023/2024» alone: the school year is what planners mean by a slash.
      return atom("school", i, skipYearWord(toks, j), toks, { year: { year: y1 }, y2, doubt: 0.2 });
    }
  }
  const end = skipYearWord(toks, i + 1);
  return atom("year", i, end, toks, { year: { year: y1 }, doubt: end === i + 1 ? 0.1 : 0 });
}

/** «года Y», «года получения субсидии», «текущего года» on their own (after «в течение», «до конца»). */
function contextYearAt(toks: Tok[], i: number, tk: Tok): Atom | null {
  const prev = toks[i - 1];
  if (isW(tk, "года", "год", "году", "г") || wordStarts(tk, ...CTX_YEAR_WORDS)) {
    const y = yearSlot(toks, i);
    if (y) return atom("year", i, y.end, toks, { year: y.info, weak: !!y.info.ctx });
    // «в течение календарного года»: the adjective only says which year; the atom takes it in.
    const from = wordStarts(prev, "календарн") ? i - 1 : i;
    if (
      isW(tk, "года", "год", "году") &&
      wordStarts(toks[from - 1], "течени", "конц", "протяжени", "окончани")
    ) {
      return atom("year", from, i + 1, toks, { year: { ctx: true }, weak: true });
    }
  }
  if (wordStarts(tk, "учебн") && isW(toks[i + 1], "года", "год", "году")) {
    return atom("school", i, i + 2, toks, { year: { ctx: true }, weak: true });
  }
  return null;
}
