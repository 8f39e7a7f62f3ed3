// What a row's words say it buys or does, for rules that tell one step from another by its object.

/** What a step buys or does: furniture, equipment, repairs, software, teaching aids (one object per pattern). */
const OBJECTS: readonly RegExp[] = [
  /мебел/,
  /оборудовани|техник|компьютер|ноутбук/,
  /ремонт/,
  /программн[а-я]*\s+обеспечени/,
  /средств[а-я]*\s+обучени/,
  /расходн[а-я]*\s+материал/,
];
// A consolidated sheet repeats a few dozen titles thousands of times: each title's objects are found once.
const objectMemo = new Map<string, number>();
/** The objects a title names, one bit each. */
export function objectsIn(t: string): number {
  let bits = objectMemo.get(t);
  if (bits !== undefined) return bits;
  const low = t.toLowerCase();
  bits = OBJECTS.reduce((b, re, i) => (re.test(low) ? b | (1 << i) : b), 0);
  if (objectMemo.size > 10_000) objectMemo.clear();
  objectMemo.set(t, bits);
  return bits;
}
