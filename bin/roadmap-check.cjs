#!/usr/bin/env node
// Thin launcher: the CLI is bundled to build/ by `npm run build:cli` (run automatically by npm ci / npm install);
// kept out of dist/, which webpack cleans. CommonJS so it runs on any Node without flags.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a .cjs launcher has no other way to load the bundle
require("../build/cli/roadmap-check.cjs");
