// A progress report with one «Срок» column and «Отметка об исполнении» merged over a status column per programme
// («Точка роста | Кванториум»): each programme's roadmap takes the rows its column does not rule out, the shared
// «Срок» as their deadline and its own column as their completion mark.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

function statusColumns(): { values: CellValue[][]; merges: string[] } {
  return {
    values: [
      ["Мониторинг исполнения дорожной карты по созданию центров на 2027 год (на 26.08.2027)"],
      [],
      ["№", "Мероприятие", "Срок", "Отметка об исполнении", null, "Ответственный"],
      [null, null, null, "Точка роста", "Кванториум", null],
      ["1", "Утверждение дорожной карты на 2027 год", "22.12.2026", "исполнено", "исполнено", "Минобр"],
      [
        "2",
        "Согласование базового набора оборудования",
        "01.03.2027",
        "не предусмотрено",
        "исполнено",
        "Минобр",
      ],
      [
        "3",
        "Реестр документов о приёмке",
        "25.08.2027",
        "выполнено 20.08.2027",
        "не предусмотрено",
        "Минобр",
      ],
      ["4", "Начало работы центров", "01.09.2027", "в работе", "в работе", "Минобр"],
    ],
    merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"],
  };
}

describe("a status column per programme under «Отметка об исполнении»", () => {
  it("splits the list by programme, the shared «Срок» the deadline and the programme's column its status", () => {
    const { values, merges } = statusColumns();
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "kvantorium"]);
    const rows = rs.map((r) =>
      r.rows.map((x) => [x.sheetRows[0], x.fields.deadline?.text ?? null, x.fields.status?.text ?? null]),
    );
    expect(rows[0]).toEqual([
      [5, "22.12.2026", "исполнено"],
      [7, "25.08.2027", "выполнено 20.08.2027"],
      [8, "01.09.2027", "в работе"],
    ]);
    expect(rows[1]).toEqual([
      [5, "22.12.2026", "исполнено"],
      [6, "01.03.2027", "исполнено"],
      [8, "01.09.2027", "в работе"],
    ]);
    expect(rs[1]!.columns.deadline?.column).toBe("C");
    expect(rs[1]!.columns.status?.column).toBe("E");
    expect(rs[1]!.columnRoles!.map((c) => `${c.column}:${c.role}`)).toEqual([
      "A:number",
      "B:measure",
      "C:deadline",
      "E:status",
      "F:responsible",
    ]);
  });

  it("reads no status as a deadline: no «unreadable» deadline, no overdue step that is marked done", () => {
    const { values, merges } = statusColumns();
    const { reports } = checkSheet(grid(values, merges), { checkDate: "2027-08-26" });
    const codes = reports.flatMap((r) =>
      r.findings.map((f) => `${r.programme}:${f.code}:${f.address ?? ""}`),
    );
    expect(codes.filter((c) => /deadline-unreadable|overdue/.test(c))).toEqual([]);
  });
});

describe("a programme's status cell left empty", () => {
  it("is a step not yet marked, still the programme's: only «—» or «не предусмотрено» leaves it out", () => {
    const { values, merges } = statusColumns();
    values[7] = ["4", "Начало работы центров", "01.09.2027", "исполнено", null, "Минобр"];
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => r.rows.map((x) => x.sheetRows[0]))).toEqual([
      [5, 7, 8],
      [5, 6, 8],
    ]);
    expect(rs[1]!.rows[2]!.fields.status).toBeUndefined();
  });

  it.each([["Статус исполнения"], ["Информация об исполнении"], ["Отметка о выполнении"]])(
    "«%s» over the programmes heads their status columns too",
    (group) => {
      const { values, merges } = statusColumns();
      values[2] = ["№", "Мероприятие", "Срок", group, null, "Ответственный"];
      const rs = readRoadmaps(grid(values, merges)).roadmaps;
      expect(rs.map((r) => r.columns.status?.column)).toEqual(["D", "E"]);
      expect(rs[0]!.rows.map((x) => x.fields.deadline?.text)).toEqual([
        "22.12.2026",
        "25.08.2027",
        "01.09.2027",
      ]);
    },
  );
});

describe("a status column named with its programme in one header cell", () => {
  it("«Исполнение (Точка роста)» | «Исполнение (Кванториум)» are the programmes' status columns", () => {
    const values: CellValue[][] = [
      ["Мониторинг исполнения дорожной карты на 2027 год"],
      ["№", "Мероприятие", "Срок", "Исполнение (Точка роста)", "Исполнение (Кванториум)", "Ответственный"],
      ["1", "Утверждение дорожной карты на 2027 год", "22.12.2026", "исполнено", "исполнено", "Минобр"],
      ["2", "Согласование базового набора оборудования", "01.03.2027", "—", "исполнено", "Минобр"],
    ];
    const rs = readRoadmaps(grid(values, ["A1:F1"])).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "kvantorium"]);
    expect(rs.map((r) => r.rows.map((x) => [x.fields.deadline?.text, x.fields.status?.text]))).toEqual([
      [["22.12.2026", "исполнено"]],
      [
        ["22.12.2026", "исполнено"],
        ["01.03.2027", "исполнено"],
      ],
    ]);
  });
});
