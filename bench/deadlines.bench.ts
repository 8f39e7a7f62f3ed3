// The phrase table through parseDeadline and through chrono-node's Russian parser, side by side:
// share of phrases whose due date is right, and phrases parsed per second. Then the phrases from published
// regional acts: the tuning part (pinned by a test) and the held-out part (never tuned against), scored apart.
import * as chrono from "chrono-node";
import { format } from "date-fns";
import { parseDeadline } from "../src/core/deadlines";
import { cellText, type CellValue } from "../src/core/grid";
import { isDeepStrictEqual } from "node:util";
import { expectedReading, PHRASES, readingOf, type PhraseCase } from "../tests/core/deadlines/phrases";
import { REAL_HELD_OUT, REAL_TUNING } from "../tests/core/deadlines/real-phrases";

/** A reading is right when kind, due, start, cadence, rule and inferred-year flag all match the hand-written one. */
function readingRight(p: PhraseCase): { due: boolean; all: boolean } {
  const got = readingOf(parseDeadline(p.input, p.ctx));
  const want = expectedReading(p.expect);
  return { due: got.due === want.due, all: isDeepStrictEqual(got, want) };
}

function scoreReal(name: string, set: PhraseCase[]): { due: number; all: number } {
  const rs = set.map(readingRight);
  const due = rs.filter((r) => r.due).length / set.length;
  const all = rs.filter((r) => r.all).length / set.length;
  console.log(
    `${name.padEnd(26)}${String(set.length).padStart(8)}${(due * 100).toFixed(1).padStart(12)}%${(all * 100).toFixed(1).padStart(16)}%`,
  );
  set.forEach((p, i) => {
    if (!rs[i]!.all) {
      const d = parseDeadline(p.input, p.ctx);
      console.log(
        `  wrong: ${JSON.stringify(p.input)} → ${d.kind} ${d.start ?? "-"} … ${d.due ?? "-"} (${p.source})`,
      );
    }
  });
  return { due, all };
}

/** What chrono gets: the cell as text; Excel serials and Date cells as the dd.mm.yyyy a planner sees (chrono's best case). */
function chronoInput(v: CellValue): string {
  if (typeof v === "number" || v instanceof Date) return parseDeadline(v).text;
  return cellText(v);
}

function refDate(p: PhraseCase): Date {
  const y = p.ctx?.targetYear ?? p.ctx?.documentYear ?? 2024;
  return new Date(y, 0, 1, 12);
}

function chronoDue(text: string, ref: Date): string | null {
  const d = chrono.ru.parseDate(text, ref);
  return d ? format(d, "yyyy-MM-dd") : null;
}

/**
 * Phrases per second from the median pass over the table, by wall clock and by CPU time of this process
 * (the machine is shared, so CPU time is the steadier figure).
 */
function throughput(fn: () => void, minMs = 1500, minRounds = 15): { wall: number; cpu: number } {
  fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || wall.length < minRounds) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    wall: PHRASES.length / (median(wall) / 1000),
    cpu: PHRASES.length / (Math.max(median(cpu), 0.001) / 1000),
  };
}

export async function run(): Promise<Record<string, number>> {
  const inputs = PHRASES.map((p) => ({ p, text: chronoInput(p.input), ref: refDate(p) }));
  let oursRight = 0;
  let chronoRight = 0;
  let oursDated = 0;
  let chronoDated = 0;
  let oursKind = 0;
  const dated = PHRASES.filter((p) => p.expect.due !== null).length;
  for (const { p, text, ref } of inputs) {
    const ours = parseDeadline(p.input, p.ctx);
    const theirs = chronoDue(text, ref);
    if (ours.due === p.expect.due) {
      oursRight++;
      if (p.expect.due !== null) oursDated++;
    }
    if (theirs === p.expect.due) {
      chronoRight++;
      if (p.expect.due !== null) chronoDated++;
    }
    if (ours.kind === p.expect.kind) oursKind++;
  }

  const oursRate = throughput(() => {
    for (const p of PHRASES) parseDeadline(p.input, p.ctx);
  });
  const chronoRate = throughput(() => {
    for (const { text, ref } of inputs) chrono.ru.parseDate(text, ref);
  });

  const n = PHRASES.length;
  const metrics = {
    "deadlines.phrases": n,
    "deadlines.phrases_with_due": dated,
    "deadlines.ours.share_due_correct": oursRight / n,
    "deadlines.chrono.share_due_correct": chronoRight / n,
    "deadlines.ours.share_due_correct_dated": oursDated / dated,
    "deadlines.chrono.share_due_correct_dated": chronoDated / dated,
    "deadlines.ours.share_kind_correct": oursKind / n,
    "deadlines.ours.phrases_per_s": Math.round(oursRate.wall),
    "deadlines.chrono.phrases_per_s": Math.round(chronoRate.wall),
    "deadlines.ours.phrases_per_cpu_s": Math.round(oursRate.cpu),
    "deadlines.chrono.phrases_per_cpu_s": Math.round(chronoRate.cpu),
  };
  console.log(`deadline phrases: ${n} (${dated} with a due date)`);
  console.log("parser        due right (all)  due right (dated)  phrases/s (wall)  phrases/CPU-s");
  const row = (name: string, all: number, withDue: number, rate: { wall: number; cpu: number }) =>
    console.log(
      `${name.padEnd(14)}${(all * 100).toFixed(1).padStart(14)}%${(withDue * 100).toFixed(1).padStart(18)}%` +
        `${String(Math.round(rate.wall)).padStart(18)}${String(Math.round(rate.cpu)).padStart(15)}`,
    );
  row("parseDeadline", oursRight / n, oursDated / dated, oursRate);
  row("chrono ru", chronoRight / n, chronoDated / dated, chronoRate);

  console.log("\nphrases from regional acts  phrases   due right   reading right");
  // Phrases left with a reason (PhraseCase.left) stay in the tuning part and count as wrong here.
  const leftCount = REAL_TUNING.filter((p) => p.left).length;
  const tuning = scoreReal(`tuning (pinned; ${leftCount} left)`, REAL_TUNING);
  const held = scoreReal("held out (never tuned)", REAL_HELD_OUT);
  return {
    ...metrics,
    "deadlines.real.tuning.phrases": REAL_TUNING.length,
    "deadlines.real.tuning.share_reading_correct": tuning.all,
    "deadlines.real.heldout.phrases": REAL_HELD_OUT.length,
    "deadlines.real.heldout.share_due_correct": held.due,
    "deadlines.real.heldout.share_reading_correct": held.all,
  };
}
