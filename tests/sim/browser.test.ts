import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";

const CHROMIUM = "/usr/bin/chromium";

describe("in a browser", () => {
  it("runs the simulator and the adapter in Chromium with exceljs's browser build", async () => {
    const bundle = await build({
      entryPoints: [join(__dirname, "browser-entry.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      logLevel: "silent",
    });
    const code = bundle.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\("node:|from "node:/);
    const dir = mkdtempSync(join(tmpdir(), "sim-chromium-"));
    const browser = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
      ],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.setContent("<!doctype html><meta charset=utf-8><body></body>");
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(
        () => (window as unknown as { __result: Promise<unknown> }).__result,
      );
      expect(errors).toEqual([]);
      expect(result).toEqual({
        read: [
          ["№", "Мероприятие", "Срок"],
          [1, "Закупка оборудования", "до 1 марта"],
        ],
        marked: 1,
        fill: "FFF4B6B0",
        cleared: 1,
        after: null,
        sheets: ["Лист"],
        bytes: true,
        syncs: 8, // read 1, mark 4 (the new report's id is the fourth), clear 3
      });
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
