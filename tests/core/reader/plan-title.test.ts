// A centre's own plan under its name: «План работы на 2027/2028 учебный год» is the title, so the plan's school year is
// read from it (a September–December month falls in 2027), not guessed from the dates in the rows.
import { describe, expect, it } from "vitest";
import { readRoadmaps } from "../../../src/core/reader";
import { rowDeadline } from "../../../src/core/row-deadline";
import { grid } from "./layouts";

const sheet = (title: string) =>
  grid(
    [
      ["Центр цифрового образования детей «IT-куб» г. Соколья Гора"],
      [title],
      [],
      ["№", "Мероприятие", "Сроки", "Ответственный"],
      ["1", "Дни открытых дверей для обучающихся", "ежегодно, октябрь – ноябрь", "Педагоги"],
      ["2", "Участие в конкурсе «IT-прорыв»", "II полугодие (январь – май 2028 г.)", "Педагоги"],
      ["3", "Летняя IT-смена", "июнь 2028 г.", "Педагоги"],
    ],
    [],
  );

describe("«План работы …» over a centre's table", () => {
  it.each(["План работы на 2027/2028 учебный год", "План работы центра на 2027/2028 учебный год"])(
    "«%s» is the title: its school year is the plan's",
    (title) => {
      const r = readRoadmaps(sheet(title)).roadmaps[0]!;
      expect(r.title).toContain("План работы");
      expect(r.year.value).toBe(2028);
      expect(rowDeadline(r.rows[0]!.fields.deadline, r, 2028, null)?.due).toBe("2027-11-30");
    },
  );

  it("a line that only starts like one («Планируемые результаты …») is no title", () => {
    const r = readRoadmaps(sheet("Планируемые результаты работы центра")).roadmaps[0]!;
    expect(r.title).not.toContain("Планируемые");
  });
});
