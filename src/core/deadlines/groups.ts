// Groups of a deadline text: date atoms with the modifier before them («не позднее», «до», «в течение») and a range
// partner («сентябрь – октябрь»); marker matches (cadences, requests) and the words nobody read.
import { atomAt, type Atom, type YearInfo } from "./atoms";
import { calendarBounds } from "./bounds";
import { compareIso } from "./dates";
import { CADENCES } from "./lexicon";
import type { Tok } from "./tokens";
import type { Cadence } from "./types";

export type Mod = "by" | "before" | "by-end" | "by-start" | "from" | "after" | "during" | "early" | "none";

const MODIFIERS: { words: string[]; mod: Mod }[] = [
  { words: ["в", "срок", "не", "позднее"], mod: "by" },
  { words: ["в", "срок", "не", "позже"], mod: "by" },
  // «до начала учебного года» is «до 1 сентября»: due on the period's first day.
  { words: ["не", "позднее", "начала"], mod: "by-start" },
  { words: ["не", "позже", "начала"], mod: "by-start" },
  { words: ["до", "начала"], mod: "by-start" },
  { words: ["к", "началу"], mod: "by-start" },
  { words: ["не", "позднее", "конца"], mod: "by-end" },
  { words: ["не", "позже", "конца"], mod: "by-end" },
  { words: ["до", "окончания"], mod: "by-end" },
  { words: ["в", "срок", "до"], mod: "before" },
  { words: ["срок", "до"], mod: "before" },
  { words: ["в", "течение"], mod: "during" },
  { words: ["на", "протяжении"], mod: "during" },
  { words: ["в", "период"], mod: "during" },
  { words: ["начиная", "с"], mod: "from" },
  { words: ["начиная", "со"], mod: "from" },
  { words: ["не", "позднее"], mod: "by" },
  { words: ["не", "позже"], mod: "by" },
  { words: ["не", "ранее"], mod: "after" },
  { words: ["до", "конца"], mod: "by-end" },
  { words: ["к", "концу"], mod: "by-end" },
  { words: ["в", "конце"], mod: "by-end" },
  { words: ["в", "начале"], mod: "early" },
  { words: ["конец"], mod: "by-end" },
  { words: ["начало"], mod: "early" },
  // An English working copy: «by 15 February 2027», «no later than …», «by the end of 2027».
  { words: ["by", "the", "end", "of"], mod: "by-end" },
  { words: ["no", "later", "than"], mod: "by" },
  { words: ["not", "later", "than"], mod: "by" },
  { words: ["by"], mod: "by" },
  { words: ["before"], mod: "before" },
  { words: ["до"], mod: "before" },
  { words: ["к"], mod: "before" },
  { words: ["по"], mod: "by-end" },
  { words: ["после"], mod: "after" },
  { words: ["с"], mod: "from" },
  { words: ["со"], mod: "from" },
  { words: ["в"], mod: "during" },
  { words: ["во"], mod: "during" },
  { words: ["на"], mod: "during" },
];

const FILLER = new Set([
  "далее",
  "затем",
  "и",
  "а",
  "также",
  "включительно",
  "срок",
  "сроки",
  "исполнения",
  "проведения",
  "выполнения",
  "года",
  "г",
  "гг",
  "год",
  "не",
]);

export interface Group {
  atoms: Atom[];
  mod: Mod;
  /** Token index where the modifier starts (or the first atom when there is none). */
  t0: number;
  t1: number;
  br: boolean;
}

export interface Match {
  s: number;
  e: number;
  br: boolean;
}

export function findAll(re: RegExp, s: string, toks: Tok[]): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index;
    const tk = toks.find((t) => t.s >= at);
    out.push({ s: at, e: at + m[0].length, br: tk?.br ?? false });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The first match of a global pattern with its groups and its place (inside brackets or not). */
export function firstMatch(re: RegExp, s: string, toks: Tok[]): { g: RegExpExecArray; m: Match } | null {
  re.lastIndex = 0;
  const g = re.exec(s);
  if (!g) return null;
  const tk = toks.find((t) => t.s >= g.index);
  return { g, m: { s: g.index, e: g.index + g[0].length, br: tk?.br ?? false } };
}

function modifierBefore(toks: Tok[], i: number, floor: number): { mod: Mod; t0: number } {
  for (const { words, mod } of MODIFIERS) {
    const t0 = i - words.length;
    if (t0 < floor) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const tk = toks[t0 + k]!;
      if (tk.t !== "word" || tk.v !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { mod, t0 };
  }
  return { mod: "none", t0: i };
}

/** Gives a yearless atom of a range the year of its partner («ноябрь – февраль 2024 г.»: November 2023). */
function shareYears(g: Group): void {
  if (g.atoms.length !== 2) return;
  const [a, b] = g.atoms as [Atom, Atom];
  const probe = (x: Atom) => calendarBounds(x, 2000);
  if (!a.year && b.year) {
    const pa = probe(a);
    const pb = probe(b);
    const before = typeof pa !== "string" && typeof pb !== "string" && compareIso(pa.start, pb.start) > 0;
    a.year = shift(b.year, before ? -1 : 0);
  } else if (a.year && !b.year) {
    const pa = probe(a);
    const pb = probe(b);
    const after = typeof pa !== "string" && typeof pb !== "string" && compareIso(pb.start, pa.start) < 0;
    b.year = shift(a.year, after ? 1 : 0);
  }
}

function shift(info: YearInfo, by: number): YearInfo {
  if (info.year !== undefined) return { ...info, year: info.year + by };
  if (info.rel !== undefined) return { ...info, rel: info.rel + by };
  return { ...info };
}

export function groupsOf(toks: Tok[]): Group[] {
  const groups: Group[] = [];
  let floor = 0;
  let i = 0;
  while (i < toks.length) {
    const a = atomAt(toks, i);
    if (!a) {
      i++;
      continue;
    }
    // An atom may take in a word before the one it was found at («календарного года»): its modifier is before that.
    const { mod, t0 } = modifierBefore(toks, a.t0, floor);
    const atoms = [a];
    let t1 = a.t1;
    const conn = toks[t1];
    const isConn =
      conn &&
      ((conn.t === "p" && conn.v === "-") ||
        (conn.t === "word" && conn.v === "по") ||
        (conn.t === "word" && conn.v === "до" && mod === "from"));
    if (isConn && !(conn.t === "word" && conn.v === "по" && !["from", "none", "during"].includes(mod))) {
      const b = atomAt(toks, t1 + 1);
      if (b && b.br === a.br && compatible(a, b)) {
        atoms.push(b);
        t1 = b.t1;
      }
    }
    const g: Group = { atoms, mod, t0, t1, br: a.br };
    shareYears(g);
    groups.push(g);
    floor = t1;
    i = t1;
  }
  return groups;
}

/** Two atoms make a range when both are periods of the calendar (not «2024 год – 1 марта» nonsense). */
function compatible(a: Atom, b: Atom): boolean {
  if (a.weak || b.weak) return false;
  if (a.type === "year" || b.type === "year") return a.type === b.type;
  return true;
}

export function pickCadence(s: string, toks: Tok[]): { cadence: Cadence; m: Match } | null {
  let best: { cadence: Cadence; m: Match } | null = null;
  for (const { cadence, re } of CADENCES) {
    for (const m of findAll(re, s, toks)) {
      // Outside brackets first, then the earliest («ежегодно (по необходимости)» is yearly).
      if (!best || (best.m.br && !m.br) || (best.m.br === m.br && m.s < best.m.s)) best = { cadence, m };
    }
  }
  return best;
}

/** Words outside brackets that no part of the reading explains. */
export function leftovers(toks: Tok[], used: Match[], groups: Group[]): string[] {
  const spans: [number, number][] = used.map((u) => [u.s, u.e]);
  for (const g of groups) if (!g.br) spans.push([toks[g.t0]!.s, toks[g.t1 - 1]!.e]);
  const out: string[] = [];
  for (const t of toks) {
    if (t.br || t.t === "p" || (t.t === "word" && (FILLER.has(t.v) || t.v.length === 1))) continue;
    if (spans.some(([s, e]) => t.s >= s && t.e <= e)) continue;
    out.push(t.v);
  }
  return out;
}
