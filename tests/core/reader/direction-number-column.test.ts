// A complex plan ordered by month with a column of the form's direction numbers («Сроки | Мероприятие | Направление
// плана (№) | …»): the number a row gives is the direction it belongs to, whatever the event's own words.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const EVENTS: [string, string, number][] = [
  ["сентябрь 2026 г.", "Пары «ученик – ученик» в группах технопарка", 6],
  ["октябрь 2026 г.", "Городской квест «Кванто-город» для школ № 2, 9, 11", 1],
  ["ноябрь 2026 г.", "Цикл публикаций «Один день в технопарке» в городских СМИ", 4],
  ["декабрь 2026 г.", "Открытие программы «Промышленный дизайн» для школ № 2 и № 9", 5],
  ["декабрь 2026 г.", "Вебинары по работе на оборудовании (участие педагогов)", 3],
  ["январь 2027 г.", "Мастер-классы для учителей технологии школы № 11", 9],
  ["февраль 2027 г.", "Доклад на областной конференции «Технопарки: опыт и перспективы»", 2],
  ["март 2027 г.", "Экскурсии на трубный завод", 7],
  ["апрель 2027 г.", "Защита проектов обучающихся", 8],
  ["май 2027 г.", "Городской семинар «Наш опыт: инженерные каникулы»", 10],
  ["май 2027 г.", "Весенний фестиваль технического творчества", 1],
];

function sheet(header: string): CellValue[][] {
  return [
    [
      "План мероприятий технопарка «Кванториум» по организационно-методической поддержке на 2026/2027 учебный год",
    ],
    ["Сроки", "Мероприятие", header, "Ответственный", "Результат"],
    ...EVENTS.map(([when, what, n]) => [when, what, String(n), "Руководитель технопарка", "Отчёт"]),
  ];
}

const missing = (header: string) =>
  checkSheet(grid(sheet(header), []), { checkDate: "2026-09-10" })
    .reports.flatMap((r) => r.findings)
    .filter((f) => f.code === "missing-item")
    .map((f) => f.itemId);

describe("a column of direction numbers", () => {
  it.each(["Направление плана (№)", "№ направления", "Направление"])(
    "«%s»: each row is in its numbered direction",
    (header) => {
      const [roadmap] = readRoadmaps(grid(sheet(header), [])).roadmaps;
      expect(roadmap!.rows.map((r) => r.section)).toEqual(EVENTS.map(([, , n]) => String(n)));
      expect(missing(header)).toEqual([]);
    },
  );
});
