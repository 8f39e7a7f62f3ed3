// h210-kv-start-end-line-rows: a PDF converted line by line, each line of a row its own sheet row. A line going on in
// lower case read as another table's header, and the last line of a row broken at its page («Кванториумы») read as the
// next programme's caption: one roadmap read as two, fourteen false missing items.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const head: CellValue[] = ["№ п/п", "Наименование мероприятия", "Срок", "Ответственный", "Результат"];
const title: CellValue[] = [
  "Комплекс мер (дорожная карта) по созданию детских технопарков «Кванториум» на 2027 год",
];
const read = (rows: CellValue[][]) =>
  readRoadmaps(grid(rows)).roadmaps.map((r) => r.rows.map((x) => [x.number, x.sheetRows.join(",")]));

describe("a table converted line by line", () => {
  it("a row's lines going on in lower case under header words («организаций») are its lines, not another table", () => {
    const rows: CellValue[][] = [
      title,
      head,
      [
        "1.",
        "Обеспечено наличие базового набора оборудования,",
        "01.03.2027",
        "Руководители",
        "Письмо с гарантией",
      ],
      [null, "средств обучения в общеобразовательных", null, "общеобразовательных", "наличия базового"],
      [null, "организациях, на базе которых создаются Школьные", null, "организаций", "набора"],
      [null, "Кванториумы.", null, null, null],
      ["2.", "Информационная справка", "30.06.2027", "Региональный координатор", "Справка"],
    ];
    expect(read(rows)).toEqual([
      [
        ["1.", "3,4,5,6"],
        ["2.", "7"],
      ],
    ]);
  });

  it("the last line of a row broken at its page («Кванториумы»), over the header again, ends that row", () => {
    const rows: CellValue[][] = [
      title,
      head,
      ["4.", "Объявлены закупки", "15.02.2027", "Региональный координатор", "Извещения"],
      ["5.", "Обеспечено наличие базового набора оборудования", "01.03.2027", "Руководители", "Письмо"],
      [null, "в организациях, на базе которых создаются Школьные", null, null, null],
      [null, "Кванториумы", null, null, null],
      [null, null, "2", null, null],
      head,
      ["6.", "Информационная справка", "30.06.2027", "Региональный координатор", "Справка"],
    ];
    expect(read(rows)).toEqual([
      [
        ["4.", "3"],
        ["5.", "4,5,6"],
        ["6.", "9"],
      ],
    ]);
  });

  it("a programme's caption over the header again, its numbering starting anew, opens the next roadmap", () => {
    const rows: CellValue[][] = [
      title,
      head,
      ["1.", "Объявлены закупки для создания центров", "15.02.2027", "Региональный координатор", "Извещения"],
      [null, "«Точка роста» на базе школ", null, null, null],
      [null, "Школьные Кванториумы", null, null, null],
      head,
      ["1.", "Информационная справка", "30.06.2027", "Региональный координатор", "Справка"],
    ];
    expect(read(rows)).toHaveLength(2);
  });
});
