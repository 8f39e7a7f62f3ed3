/**
 * Latin letters that look like Russian ones, lower-cased (a planner's «A», «В», «Н», «Т» typed on the Latin layout
 * become a, b, h, t): what a Latin letter inside a Russian word stands for. The deadline parser and the matcher read
 * mixed words with it; the reader keeps its own case-aware table (it maps before lower-casing).
 */
export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};
