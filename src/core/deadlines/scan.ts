// What a deadline text holds before it is read: tokens, date groups, cadence and request / schedule markers; and the
// bookkeeping of a reading (the parts used, the reasons, the confidence left once unread words are counted).
import { EXTERNAL, ON_REQUEST, ONGOING } from "./lexicon";
import { findAll, groupsOf, leftovers, pickCadence, type Group, type Match } from "./groups";
import { normalize, type Normalized } from "./normalize";
import { tokenize, type Tok } from "./tokens";
import type { Cadence, Deadline } from "./types";

export interface Scan {
  text: string;
  n: Normalized;
  toks: Tok[];
  cad: { cadence: Cadence; m: Match } | null;
  onRequest: Match[];
  external: Match[];
  ongoing: Match[];
  allGroups: Group[];
  /** «(года, предшествующего году получения субсидии)» in brackets: the rule a written date follows. */
  relNote: Group | undefined;
  /** Groups that name a period by themselves (not a bare «года»), the rule note aside. */
  strong: Group[];
  /** The strong groups read: those outside brackets, or all of them when every one is in brackets. */
  groups: Group[];
  bracketOnly: boolean;
  /** Groups of a bare «года» / «учебного года». */
  weak: Group[];
  used: Match[];
  reasons: string[];
  /** The confidence the text starts with (lower after OCR repairs). */
  conf: number;
}

export type Fields = Omit<Deadline, "text" | "span" | "confidence" | "reason" | "occurrences"> & {
  occurrences?: Deadline["occurrences"];
};

/** The scan of a text; null when normalising leaves nothing. */
export function scan(text: string): Scan | null {
  const n: Normalized = normalize(text);
  if (n.s.length === 0) return null;
  const toks = tokenize(n.s);
  // A request / schedule marker explains the rest of its clause («…, направляемому федеральным оператором»).
  const toClauseEnd = (m: Match): Match => {
    const stop = n.s.slice(m.e).search(/[;(]/);
    return { ...m, e: stop < 0 ? n.s.length : m.e + stop };
  };
  const cad = pickCadence(n.s, toks);
  const onRequest = findAll(ON_REQUEST, n.s, toks).map(toClauseEnd);
  const external = findAll(EXTERNAL, n.s, toks).map(toClauseEnd);
  const ongoing = findAll(ONGOING, n.s, toks);

  const allGroups = groupsOf(toks);
  const relNote = allGroups.find(
    (g) => g.br && g.atoms.length === 1 && g.atoms[0]!.type === "year" && g.atoms[0]!.year?.rel !== undefined,
  );
  const strong = allGroups.filter((g) => !g.atoms.every((a) => a.weak) && g !== relNote);
  let groups = strong.filter((g) => !g.br);
  let bracketOnly = false;
  if (groups.length === 0 && strong.length > 0) {
    groups = strong;
    bracketOnly = true;
  }
  const weak = allGroups.filter((g) => g.atoms.every((a) => a.weak));
  const reasons: string[] = [];
  if (n.ocr) reasons.push("OCR debris repaired");
  if (n.truncated) reasons.push("text truncated");
  return {
    text,
    n,
    toks,
    cad,
    onRequest,
    external,
    ongoing,
    allGroups,
    relNote,
    strong,
    groups,
    bracketOnly,
    weak,
    used: [],
    reasons,
    conf: n.ocr ? 0.9 : 1,
  };
}

/** The span of the original text behind [s, e) of the normalised one. */
export function spanOf(sc: Scan, s: number, e: number): [number, number] {
  return [sc.n.map[s]!, sc.n.map[e - 1]! + 1];
}

/** The span of the original text a group covers. */
export function groupSpan(sc: Scan, g: Group): [number, number] {
  return spanOf(sc, sc.toks[g.t0]!.s, sc.toks[g.t1 - 1]!.e);
}

export function markGroup(sc: Scan, g: Group): void {
  sc.used.push({ s: sc.toks[g.t0]!.s, e: sc.toks[g.t1 - 1]!.e, br: g.br });
}

function clamp(c: number): number {
  return Math.round(Math.max(0.05, Math.min(1, c)) * 100) / 100;
}

export function finish(sc: Scan, d: Fields, c: number): Deadline {
  // Words nobody read lower the confidence.
  const ignored = leftovers(
    sc.toks,
    [...sc.used, ...sc.onRequest, ...sc.external, ...sc.ongoing, ...(sc.cad ? [sc.cad.m] : [])],
    sc.allGroups,
  );
  if (ignored.length > 0) {
    c -= Math.min(0.3, 0.1 * ignored.length);
    sc.reasons.push(`ignored: ${ignored.slice(0, 4).join(" ")}`);
  }
  let span: [number, number] | null = null;
  if (sc.used.length > 0) {
    const s = Math.min(...sc.used.map((u) => u.s));
    const e = Math.max(...sc.used.map((u) => u.e));
    span = spanOf(sc, s, e);
  }
  return {
    ...d,
    occurrences: d.occurrences ?? null,
    text: sc.text,
    span,
    confidence: clamp(c),
    reason: sc.reasons.length ? sc.reasons.join("; ") : null,
  };
}
