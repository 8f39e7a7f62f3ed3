import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile, type FileJob } from "../../src/cli/check-file";
import { makeSheetChecker } from "../../src/cli/core-port";
import { FileReportSchema } from "../../src/cli/run-report";

/**
 * Packages other programs write that exceljs's stream reader passes over as empty (namespace prefixes such as x:c,
 * UTF-16 parts, parts at the zip root): a big file is streamed, and must fall back to the raw reader as a small one does.
 */

const FOREIGN = join(__dirname, "..", "fixtures", "foreign");
const NEEDS_RAW = [
  "calamine--richtext-namespaced.xlsx",
  "phpspreadsheet--issue.2362.xlsx",
  "phpspreadsheet--namespacenonstd.xlsx",
  "phpspreadsheet--rootZipFiles.xlsx",
  "phpspreadsheet--utf16be.bom.xlsx",
  "tealeg--namespaced.xlsx",
];

const check = makeSheetChecker({
  checkDate: "2024-03-10",
  programme: null,
  edition: null,
  year: null,
  template: null,
});

function job(name: string, streamThreshold: number): FileJob {
  const absolute = join(FOREIGN, name);
  return {
    display: name,
    absolute,
    reason: null,
    sheet: null,
    lang: "ru",
    annotateTo: null,
    streamThreshold,
  };
}

describe("the streamed read falls back to the raw reader", () => {
  it.each(NEEDS_RAW)(
    "%s: streamed, the same sheets and answer as read whole",
    async (name) => {
      const full = FileReportSchema.parse(await checkFile(job(name, 16 * 1024 * 1024), check));
      const streamed = FileReportSchema.parse(await checkFile(job(name, 0), check));
      expect(full.readMode).toBe("full");
      expect(streamed.readMode).toBe("stream");
      // Values were read: the sheets hold data, so the answer is «no roadmap», never «empty workbook».
      expect(streamed.reason?.ru).toMatch(/^дорожная карта не найдена/);
      expect(streamed.sheets).toEqual(full.sheets);
      expect(streamed.reason).toEqual(full.reason);
    },
    60_000,
  );
});
