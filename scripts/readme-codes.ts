// Rewrites the README's «What is checked» table from the finding catalogue: `npx tsx scripts/readme-codes.ts`.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { codesTable, TABLE_END, TABLE_START } from "../src/core/findings/table";

const README = fileURLToPath(new URL("../README.md", import.meta.url));
const text = readFileSync(README, "utf8");
const from = text.indexOf(TABLE_START);
const to = text.indexOf(TABLE_END);
if (from < 0 || to < from) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} block`);
const next = `${text.slice(0, from + TABLE_START.length)}\n\n${codesTable()}\n\n${text.slice(to)}`;
const options = (await prettier.resolveConfig(README)) ?? {};
writeFileSync(README, await prettier.format(next, { ...options, filepath: README }));
console.log("README.md: codes table written");
