// An English copy signs under the table as a Russian one does: «Agreed:» and «Approved:» (the «Согласовано:» and
// «Утверждаю:» of an English copy) open the signature block, which ends the table and is no measure.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

describe("an English copy's signature block", () => {
  it.each(["Agreed:", "Approved:", "Agreed by:"])("a row opening with «%s» ends the table", (label) => {
    const values: CellValue[][] = [
      ["Roadmap for the IT-Cube centre, 2027"],
      ["No.", "Activity", "Deadline", "Responsible", "Deliverable"],
      [1, "Appoint the official responsible for the centre", "Dec 29, 2026", "the Ministry", "Order"],
      [2, "Opening of the centre", "September 1, 2027", "the Ministry", "Centre in operation"],
      [],
      [label, null, "Approved:"],
      ["Federal partner: ANO «Skills», director J. Petrenko", null, "Deputy Minister, O. Stepanova"],
    ];
    const rows = readRoadmaps(grid(values)).roadmaps.flatMap((r) => r.rows.map((x) => x.sheetRows[0]));
    expect(rows).toEqual([3, 4]);
  });
});
