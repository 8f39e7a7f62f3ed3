// What a reviewer finds in each fixture, written from reading the seed documents (../shared/seeds), not from the code.
import type { FindingCode } from "../../../src/core/report";

export interface RoadmapSpec {
  file: string;
  /** Which roadmap of the sheet (the matrix has three). */
  programme: string;
  edition: string;
  targetYear: number;
  /** A day before the first deadline (the approval date where the document gives one): nothing is overdue yet. */
  checkDate: string;
  /** Items each row covers, by row position, in the order of the document. */
  rows: string[][];
  /** Every finding expected at checkDate, by code. */
  findings: Partial<Record<FindingCode, number>>;
}

const APPROVALS_K = [
  "approve-official",
  "approve-roadmap",
  "approve-register",
  "approve-indicators",
  "approve-regulation",
];
const APPROVALS_T = [
  "approve-official",
  "approve-roadmap",
  "approve-school-list",
  "approve-indicators",
  "approve-regulation",
];

export const SPECS: RoadmapSpec[] = [
  {
    file: "seed000-smolensk-2024-matrix.xlsx",
    programme: "kvantorium",
    edition: "kvantorium-2024",
    targetYear: 2024,
    checkDate: "2023-11-01",
    rows: [
      APPROVALS_K, // 30.11.2023 «Утверждение: 1) … 5) …»
      ["infrastructure-list"],
      ["procurement"], // 31 января
      ["design-zoning"], // 1 февраля
      ["basic-equipment"], // 1 марта
      ["info-reference"], // 30 июня
      ["event-plans", "equipment-installed", "photo-monitoring"], // the «25 августа» cell with three measures
      ["complex-plan"],
      ["start"],
      ["indicator-monitoring"],
      ["professional-development"], // 1 декабря
    ],
    // 30.06.2024, 25.08.2024 (two rows), 01.09.2024 and 01.12.2024 are Sundays; «Баник» in the table, «Банник» below it.
    findings: { "non-working-day": 5, "responsible-name-variant": 1 },
  },
  {
    file: "seed000-smolensk-2024-matrix.xlsx",
    programme: "tochka-rosta",
    edition: "tochka-rosta-2024",
    targetYear: 2024,
    checkDate: "2023-11-01",
    rows: [
      APPROVALS_T,
      ["infrastructure-list"],
      ["procurement"],
      ["design-zoning"],
      ["info-reference"],
      ["acceptance-register", "photo-monitoring"],
      ["complex-plan"],
      ["start"],
      ["indicator-monitoring"],
      ["professional-development"],
    ],
    findings: { "non-working-day": 5, "responsible-name-variant": 1 },
  },
  {
    file: "seed000-smolensk-2024-matrix.xlsx",
    programme: "cos",
    edition: "cos-2024",
    targetYear: 2024,
    checkDate: "2023-11-01",
    rows: [
      ["approve-official", "approve-school-list"],
      ["infrastructure-list"],
      ["procurement"],
      ["equipment-delivery"],
      ["progress-monitoring-august"],
      ["progress-monitoring-november"],
    ],
    // 25.08.2024 (two rows) is a Sunday, 30.11.2024 a Saturday.
    findings: { "non-working-day": 3 },
  },
  {
    file: "seed001-vladimir-2021-tochka.xlsx",
    programme: "tochka-rosta",
    edition: "tochka-rosta-2021",
    targetYear: 2021,
    checkDate: "2020-12-10",
    rows: [
      ["approve-official", "approve-indicators", "approve-regulation", "approve-school-list"],
      ["infrastructure-list"],
      ["subsidy-agreement"],
      ["procurement"],
      ["professional-development"],
      ["site-monitoring"],
      ["start"],
      ["indicator-monitoring"],
    ],
    // Every date (18.12.2020, 30.12.2020, 01.03.2021, 25.08.2021, 01.09.2021, 01.10.2021) is a working day.
    findings: {},
  },
  {
    file: "seed002-leningrad-2024-kvantorium.xlsx",
    programme: "kvantorium",
    edition: "kvantorium-2024",
    targetYear: 2024,
    checkDate: "2023-12-28",
    rows: [
      APPROVALS_K,
      ["infrastructure-list"],
      ["design-zoning"],
      ["basic-equipment"],
      ["procurement"],
      ["info-reference"],
      ["event-plans"],
      ["equipment-installed"],
      ["photo-monitoring"],
      ["complex-plan"],
      ["professional-development"],
      ["start"],
      ["indicator-monitoring"],
    ],
    // 30.06.2024, 25.08.2024 (rows 7–10) and 15.09.2024 are Sundays.
    findings: { "non-working-day": 6 },
  },
  {
    file: "seed003-smolensk-2021-kvantorium.xlsx",
    programme: "kvantorium",
    edition: "kvantorium-2021",
    targetYear: 2021,
    checkDate: "2020-12-01",
    rows: [
      ["coordinator-and-roadmap"],
      ["approve-official", "approve-concept"],
      ["infrastructure-list"],
      ["subsidy-agreement"],
      ["basic-equipment"],
      ["procurement"],
      ["professional-development"],
      ["site-monitoring"],
      ["start"],
      ["indicator-monitoring"],
    ],
    // Relative deadlines resolved for 2021: 27.11.2020, 18.12.2020, 30.12.2020, 01.03, 25.08, 01.09, 01.10.2021 — all working days.
    // The act is dated 01.12.2020, after its own item 1 («27 ноября года, предшествующего…»): on that day item 1 is
    // overdue and the sheet has no completion mark — a real observation, not a template mismatch.
    findings: { overdue: 1 },
  },
  {
    file: "seed004-smolensk-2023-complex-plan.xlsx",
    programme: "complex-plan",
    edition: "complex-plan-2024",
    targetYear: 2024,
    checkDate: "2023-09-01",
    // Directions 1–10 hold 7, 3, 5, 4, 5, 2, 3, 4, 3, 3 measures.
    rows: [
      ...Array(7).fill(["joint-events"]),
      ...Array(3).fill(["conferences"]),
      ...Array(5).fill(["federal-events"]),
      ...Array(4).fill(["information-campaigns"]),
      ...Array(5).fill(["network-programmes"]),
      ...Array(2).fill(["mentoring"]),
      ...Array(3).fill(["career-guidance"]),
      ...Array(4).fill(["project-work"]),
      ...Array(3).fill(["low-results-support"]),
      ...Array(3).fill(["effective-practice"]),
    ],
    // The plan skips 5.4 and 9.3–9.4.
    findings: { "numbering-gap": 2 },
  },
];
