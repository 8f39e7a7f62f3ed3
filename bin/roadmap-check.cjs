#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/ by `npm run build:cli` (run automatically by npm ci / npm install).
require("../dist/cli/roadmap-check.cjs");
