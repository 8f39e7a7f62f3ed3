import { describe, expect, it } from "vitest";
import { isDone, check as overdue, codes } from "../../../../src/core/checks/rules/overdue";
import { contextOf, findingsOf, leningrad } from "./context";
import { check, producesItsCodes } from "./produce";
import { checkSheet } from "../../../../src/core/checks/sheet";
import { grid } from "../../reader/layouts";
import type { CellValue } from "../../../../src/core/grid";

const HEAD = ["№", "Мероприятие", "Срок", "Ответственный", "Результат"];

/** The overdue findings' addresses on a one-school sheet of these rows under this header, checked on that day. */
function overdueAt(header: string[], rows: CellValue[][], checkDate: string): (string | null)[] {
  const title = ["Дорожная карта «Точка роста» — 2027, МКОУ «Берёзовская СОШ»"];
  return checkSheet(grid([title, header, ...rows], []), { checkDate })
    .reports.flatMap((r) => r.findings)
    .filter((f) => f.code === "overdue")
    .map((f) => f.address);
}

describe("rule overdue", () => {
  it("a passed date without a completion mark; «Выполнено» and «Да» clear it, «Не выполнено» does not", () => {
    const rows = leningrad();
    rows[2]!.status = "Выполнено";
    rows[3]!.status = "не выполнено";
    rows[4]!.status = "Да";
    rows[5]!.status = "Дальше по плану";
    const found = findingsOf(overdue, contextOf(rows, { checkDate: "2024-07-05", withStatus: true }));
    expect(found.map((f) => f.address)).toEqual(["E2", "E5", "E7"]);
    expect(found[0]!.message.ru).toBe(
      "Срок 29.12.2023 прошёл (проверка на 05.07.2024), а отметки о выполнении нет.",
    );
  });

  it("nothing is overdue before its day, and «по графику» has no day", () => {
    expect(findingsOf(overdue, contextOf(leningrad(), { checkDate: "2023-12-01" }))).toEqual([]);
    const rows = [{ number: "1", title: "Поставка оборудования", deadline: "по графику поставки" }];
    expect(findingsOf(overdue, contextOf(rows, { checkDate: "2030-01-01" }))).toEqual([]);
  });

  it("isDone reads Russian and English marks, not their negations", () => {
    const f = (text: string) => ({ text, value: text, addresses: [] });
    expect(["Исполнено", "done", "✓", "+", "да"].map((t) => isDone(f(t)))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["не исполнено", "нет", "no", "данные"].map((t) => isDone(f(t)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isDone(undefined)).toBe(false);
  });

  it("«100» typed as text in a «% выполнения» column is the whole done, as the number 100 is; «40» is not", () => {
    // h187-cos-region-progress-jun2027: the text «100» had left three steps done reported overdue.
    const f = (text: string) => ({ text, value: text, addresses: [] });
    expect(["100", "100,0", " 100 ", "40", "0", "1000"].map((t) => isDone(f(t)))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("a bare date in the status column marks the step done; «исполнено частично» does not", () => {
    const f = (text: string, value: unknown = text) => ({ text, value, addresses: [] }) as never;
    expect(isDone(f("29.06.2027"))).toBe(true);
    expect(isDone(f("26.01.2027", new Date(Date.UTC(2027, 0, 26))))).toBe(true);
    expect(isDone(f("исполнено частично"))).toBe(false);
    expect(isDone(f("выполнено частично"))).toBe(false);
  });

  it("a delay then done («перенесено на 12.04.2027, выполнено») is done; done then a delay is not", () => {
    const f = (text: string) => ({ text, value: text, addresses: [] });
    expect(isDone(f("перенесено на 12.04.2027, выполнено"))).toBe(true);
    expect(isDone(f("перенесено на 12.04.2027; исполнено"))).toBe(true);
    expect(isDone(f("перенесено на 12.04.2027"))).toBe(false);
    expect(isDone(f("перенесено, выполнено частично"))).toBe(false);
    expect(isDone(f("частично выполнено, остальное перенесено"))).toBe(false);
  });

  it("a document or a dated past step in the status column is a completion mark; partial work and a delay are not", () => {
    const f = (text: string) => ({ text, value: text, addresses: [] });
    const done = [
      "приказы от 28.12.2026 № 901–905",
      "Приказ № 45 от 20.01.2027",
      "письмо ФО от 29.01.2027",
      "письмо от 26.02.2027",
      "протокол заседания от 14.03.2027 № 2",
      "согласован 12.02.2027",
      "извещения размещены 11.02.2027",
      "направлена 25.06.2027",
      "утверждено",
      "за I–III кв. представлен",
      "проведено 12.10.2026",
      "Центры открыты 01.09.2026",
      "центр начал работу 01.09.2027",
      "оборудование поставлено и смонтировано",
      "реализована",
      "Загружен в систему мониторинга ФО 23.08.2027",
      "обеспечено",
      "педагоги обучены",
    ];
    expect(done.filter((t) => !isDone(f(t)))).toEqual([]);
    const open = [
      "поставлено 80 %",
      "обучено 31 из 46",
      "выполняется",
      "в работе",
      "не начато",
      "перенесено на 15.09.2027",
      "отложено",
      "письмо ФО ожидается",
      "не согласован",
      "проект приказа",
      "будет направлена до 30.06.2027",
      "центр не открыт",
      "начало работы перенесено",
      "не реализована",
      "будет загружен до 25.08.2027",
      "реализуется",
    ];
    expect(open.filter((t) => isDone(f(t)))).toEqual([]);
  });

  it("a past-tense verb of taking part or holding the event is a completion mark; a future or negated one is not", () => {
    const f = (text: string) => ({ text, value: text, addresses: [] });
    const done = [
      "участвовали 12–13.11.2026",
      "приняли участие 6 педагогов",
      "провели 3 семинара",
      "участвовал",
      "выступил 15.04.2027",
      "выступили с докладом",
    ];
    expect(done.filter((t) => !isDone(f(t)))).toEqual([]);
    const open = [
      "будут участвовать",
      "не участвовали",
      "участвуют",
      "примут участие",
      "не приняли участие",
      "выступит 20.04.2027",
      "не выступил",
    ];
    expect(open.filter((t) => isDone(f(t)))).toEqual([]);
  });

  it("«состоялось» and a count of what came out («3 выступления педагогов») say the step took place", () => {
    const f = (text: string) => ({ text, value: text, addresses: [] });
    const done = [
      "Торжественное открытие состоялось 01.09.2027.",
      "семинар состоялся",
      "3 выступления педагогов округа",
      "36 материалов на сайтах ОО",
      "12 участников",
    ];
    expect(done.filter((t) => !isDone(f(t)))).toEqual([]);
    const open = [
      "не состоялось",
      "состоится 15.10.2027",
      "0 выступлений",
      "3 квартал",
      "2 этап",
      "1 полугодие 2027 г.",
      "2 из 5 школ",
      "15 октября 2027 г.",
      "5 числа каждого месяца",
      "3 выступления запланированы на ноябрь",
      "2027",
    ];
    expect(open.filter((t) => isDone(f(t)))).toEqual([]);
  });
});

producesItsCodes(codes, {
  overdue: () => check(leningrad(), { checkDate: "2024-07-05", withStatus: true }),
});

describe("a «Примечание» column in a table with no status column", () => {
  const overdueRows = (notes: (string | null)[]) =>
    overdueAt(
      [...HEAD, "Примечание"],
      notes.map((n, i) => [String(i + 1), `Мероприятие ${i + 1}`, "до 28.12.2026", "Директор", "Приказ", n]),
      "2027-03-03",
    );

  it("a note opening with a completion mark («исполнено 24.12.2026», «согласован ФО 18.01.2027») clears the row", () => {
    expect(
      overdueRows([
        "исполнено: приказ от 21.12.2026 № 214",
        "исполнено 24.12.2026",
        "согласован ФО 18.01.2027",
      ]),
    ).toEqual([]);
  });

  it("a note that is the act doing the step («приказ от 28.12.2026 № 215-од») clears the row", () => {
    expect(
      overdueRows([
        "приказ от 28.12.2026 № 215-од",
        "распоряжение министерства от 22.12.2026 № 1902-р",
        "проект приказа от 20.12.2026",
      ]),
    ).toEqual(["C5"]);
  });

  it("a note naming the work done with its day or act («дизайн-проект согласован 29.01.2027») clears the row", () => {
    expect(
      overdueRows([
        "дизайн-проект согласован 29.01.2027",
        "закупки объявлены 03.02.2027",
        "настоящий план утверждён приказом от 28.12.2026 № 147-о",
        "включена (распоряжение министерства от 15.12.2026 № 2231-р)",
      ]),
    ).toEqual([]);
  });

  it("a note about the deadline, a count or a basis is no completion mark", () => {
    expect(
      overdueRows([
        "срок перенесён с 15.02.2027: доведение лимитов в феврале",
        "5 педагогов",
        "в соответствии с приказом Минпросвещения от 12.01.2024 № 21",
        null,
      ]),
    ).toEqual(["C3", "C4", "C5", "C6"]);
  });
});

describe("a completion mark written in the measure cell", () => {
  const overdueRows = (titles: string[]) =>
    overdueAt(
      HEAD,
      titles.map((t, i) => [String(i + 1), t, "до 28.12.2026", "Директор", "Приказ"]),
      "2027-03-03",
    );

  it("«… — (выполнено)», «… (выполнено 20.12.2026)», «…, исполнено» at the end of the measure clear the row", () => {
    expect(
      overdueRows([
        "Утверждение показателей деятельности центра (выполнено)",
        "Утверждение положения о центре — (выполнено 20.12.2026)",
        "Назначение руководителя центра – исполнено",
        "Включение школы в реестр (выполнено, распоряжение министерства от 21.12.2026)",
      ]),
    ).toEqual([]);
  });

  it("a measure that only names done work, or a mark that is not its state, does not", () => {
    expect(
      overdueRows([
        "Контроль за выполнением показателей",
        "Утверждение отчёта о выполненных работах",
        "Утверждение положения (не выполнено)",
        "Утверждение положения (выполнено частично, проект на согласовании)",
        "Закупка оборудования (выполнено не в полном объёме)",
      ]),
    ).toEqual(["C3", "C4", "C5", "C6", "C7"]);
  });
});

describe("a completion mark written after the date in the «Срок» cell", () => {
  const overdueRows = (deadlines: string[]) =>
    overdueAt(
      HEAD,
      deadlines.map((d, i) => [String(i + 1), `Мероприятие № ${i + 1} центра`, d, "Директор", "Приказ"]),
      "2027-12-03",
    );

  it("«до 01.03.2027 – исполнено 20.02.2027», «… – исполнено (акты от …)», «…, выполнено» clear the row", () => {
    expect(
      overdueRows([
        "до 29.12.2026 – исполнено 27.12.2026 (№ 1744-р)",
        "до 01.02.2027 – исполнено",
        "до 25.08.2027 – исполнено (акты от 14.08.2027)",
        "01.10.2027, далее ежеквартально – исполнено за III квартал",
        "до 15.09.2027 – исполнено, центры открыты 01.09.2027",
        "до 01.03.2027 (выполнено)",
        "31.03.2027 выполнено",
        "до 15.02.2027 — согласован 11.02.2027",
        "01.10.2027, далее ежеквартально — отчёт за III квартал сдан 01.10.2027",
      ]),
    ).toEqual([]);
  });

  it("a partial, pending or negated mark, or none, leaves the row overdue", () => {
    expect(
      overdueRows([
        "до 01.03.2027 – выполнено частично",
        "до 01.03.2027 – не выполнено",
        "до 01.03.2027 – исполняется",
        "до 01.03.2027 – выполнено не в полном объёме",
        "до 01.03.2027 — не согласован",
        "до 01.03.2027",
      ]),
    ).toEqual(["C3", "C4", "C5", "C6", "C7", "C8"]);
  });
});

describe("the roadmap's own approval under the act approving it", () => {
  const overdueTitles = (above: string[][]) =>
    checkSheet(
      grid(
        [
          ...above,
          ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» в Озёрной области на 2027 год"],
          ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
          [
            "1",
            "Утверждение комплекса мер (дорожной карты)",
            "до 29.12.2026",
            "Министерство",
            "Распоряжение",
          ],
          ["2", "Утверждение положения о центре", "до 29.12.2026", "Министерство", "Распоряжение"],
        ],
        [],
      ),
      { checkDate: "2027-03-03" },
    )
      .reports.flatMap((r) => r.findings)
      .filter((f) => f.code === "overdue")
      .map((f) => f.itemId);

  it("«УТВЕРЖДЁН распоряжением … от 24.12.2026 № 2214-р» above the table: the roadmap step is done, the others are not", () => {
    expect(
      overdueTitles([
        ["", "", "", "УТВЕРЖДЁН"],
        ["", "", "", "распоряжением министерства образования Озёрной области от 24.12.2026 № 2214-р"],
      ]),
    ).toEqual(["approve-regulation"]);
    expect(overdueTitles([["", "", "", "Приложение к приказу министерства от 24.12.2026 № 1560"]])).toEqual([
      "approve-regulation",
    ]);
  });

  it("a draft («ПРОЕКТ»), a stamp with the date left blank, or no stamp leaves the roadmap step overdue", () => {
    const both = ["approve-roadmap", "approve-regulation"];
    expect(overdueTitles([])).toEqual(both);
    expect(overdueTitles([["", "", "", "УТВЕРЖДЁН приказом министерства от ____________ № _____"]])).toEqual(
      both,
    );
    expect(
      overdueTitles([
        ["", "", "", "ПРОЕКТ"],
        ["", "", "", "Приложение к приказу министерства от 24.12.2026 № 1560"],
      ]),
    ).toEqual(both);
  });
});

describe("a recurring step reported period by period", () => {
  const HEADER = [...HEAD, "Информация об исполнении"];
  const row = (status: string): CellValue[] => [
    "1",
    "Ежеквартальный мониторинг выполнения показателей центров",
    "не позднее 1 октября 2027 года, далее ежеквартально",
    "Региональный координатор",
    "Отчёт",
    status,
  ];

  it("is done when its first period's clause says so, the next period still to come", () => {
    const status = "Отчёт за III квартал направлен 29.09.2027; за IV квартал будет направлен до 05.01.2028.";
    expect(overdueAt(HEADER, [row(status)], "2027-12-15")).toEqual([]);
  });

  it("is overdue when its first period's clause is still to do, or a one-off step's report ends «будет …»", () => {
    const late = "Отчёт за III квартал будет направлен до 20.12.2027; за IV квартал — до 05.01.2028.";
    expect(overdueAt(HEADER, [row(late)], "2027-12-15")).toEqual(["C3"]);
    const once: CellValue[] = [
      "1",
      "Закупка оборудования",
      "до 15.02.2027",
      "Школа",
      "Акты",
      "Извещение размещено 10.02.2027; поставка будет до 20.12.2027",
    ];
    expect(overdueAt(HEADER, [once], "2027-12-15")).toEqual(["C3"]);
  });
});
