// Rewrites what is generated from the rule files (src/core/checks/rules): src/core/codes.ts, the README's «What is
// checked» table and the code list in docs/cli-json.md. Run `npx tsx scripts/codes.ts` after adding or changing a check.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import {
  CODE_LIST_START,
  codesList,
  codesModule,
  codesTable,
  TABLE_END,
  TABLE_START,
} from "../src/core/findings/table";

const path = (rel: string) => fileURLToPath(new URL(`../${rel}`, import.meta.url));

/** Writes the file formatted as the repository's prettier config wants it. */
async function write(file: string, text: string): Promise<void> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  console.log(`${file}: written`);
}

/** The file with the text between its start and end markers replaced. */
function between(file: string, start: string, end: string, body: string): string {
  const text = readFileSync(file, "utf8");
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`;
}

await write(path("src/core/codes.ts"), codesModule());
await write(path("README.md"), between(path("README.md"), TABLE_START, TABLE_END, codesTable()));

/** The file with the code list that follows `start` (backquoted codes, comma-separated) replaced. */
function listAfter(file: string, start: string, list: string): string {
  const text = readFileSync(file, "utf8");
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`${file} has no «${start}» list`);
  const old = /^`[a-z-]+`(?:, `[a-z-]+`)*/.exec(text.slice(from + start.length));
  if (!old) throw new Error(`${file}: «${start}» is not followed by a list of codes`);
  return `${text.slice(0, from + start.length)}${list}${text.slice(from + start.length + old[0].length)}`;
}

await write(path("docs/cli-json.md"), listAfter(path("docs/cli-json.md"), CODE_LIST_START, codesList()));
