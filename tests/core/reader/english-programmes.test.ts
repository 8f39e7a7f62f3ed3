// An English working copy names the programmes in Latin letters: «Tochka Rosta centres», «School Kvantoriums»,
// «digital educational environment», «IT-cube». A matrix headed «Deadline | Tochka Rosta centres | School
// Kvantoriums» is one roadmap per programme column, and an English title names the roadmap's programme.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { programmeMentions } from "../../../src/core/reader/guess";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

describe("programme names in English", () => {
  it.each([
    ["Tochka Rosta centres", "tochka-rosta"],
    ["“Tochka Rosta” education centres", "tochka-rosta"],
    ["School Kvantoriums", "kvantorium"],
    ["School Kvantorium children's technoparks", "kvantorium"],
    ["target model of the digital educational environment", "cos"],
    ["IT-cube centres", "it-cube"],
    ["IT cubes", "it-cube"],
  ])("%s → %s", (text, id) =>
    expect(programmeMentions({ text, address: "A1" }).map((m) => m.id)).toEqual([id]),
  );

  it("are not other English words", () => {
    for (const t of ["growth points", "cubes of ice", "digital environment", "quantum"])
      expect(programmeMentions({ text: t, address: "A1" }), t).toEqual([]);
  });

  it("a matrix «Deadline | Tochka Rosta centres | School Kvantoriums»: one roadmap per programme column", () => {
    const values: CellValue[][] = [
      ["Roadmap 2027"],
      ["Deadline", "Tochka Rosta centres", "School Kvantoriums"],
      ["28.12.2026", "Утверждение должностного лица", "Утверждение должностного лица"],
      ["29.01.2027", "Дизайн-проект и зонирование", "Дизайн-проект и зонирование"],
      ["12.02.2027", "Объявление закупок", "Объявление закупок"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps;
    expect(r.map((x) => [x.layout, x.programme.value, x.rows.length])).toEqual([
      ["matrix", "tochka-rosta", 3],
      ["matrix", "kvantorium", 3],
    ]);
  });

  it("an English title names the programme of a plain table", () => {
    const values: CellValue[][] = [
      ["Set of measures (roadmap) for School Kvantorium children's technoparks in 2027"],
      ["No.", "Activity", "End date", "Responsible"],
      ["1.", "Appointment of the official", "25.12.2026", "A.N. Volkova"],
      ["2.", "Approval of the set of measures", "25.12.2026", "A.N. Volkova"],
    ];
    expect(readRoadmaps(grid(values)).roadmaps.map((x) => x.programme.value)).toEqual(["kvantorium"]);
  });
});
