#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/ by `npm run build:cli` (run automatically by npm ci / npm install); kept out of dist/, which webpack cleans.
require("../build/cli/roadmap-check.cjs");
