// «Вовлечение (обучающихся) в …» opens the complex plan's direction 6 («Вовлечение обучающихся … в различные формы
// сопровождения и наставничества …»): under the direction's number 6 it is that direction even when the planner names
// another form of involvement («в дополнительное образование»); without the number, as a row's words, it is not.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const plan = getEdition("complex-plan-2024")!;

function covered(
  sections: { number: string; title: string }[],
  rowTitle = "Запись обучающихся в объединения",
): string[] {
  const secs = sections.map((s, i) => ({ ...s, address: `A${2 + 2 * i}` }));
  const rows = sections.map((s) => ({ number: `${s.number}.1`, title: rowTitle, section: s.number }));
  const m = matchRoadmap(
    buildRoadmap(rows, { programme: "complex-plan", year: 2027, sections: secs }),
    plan,
    {
      targetYear: 2027,
    },
  );
  return [...m.byItem.keys()].sort();
}

describe("direction 6 named by its opening words", () => {
  it.each([
    "Вовлечение в дополнительное образование",
    "Вовлечение обучающихся в кружки и объединения центров",
  ])("«Направление 6. %s» is the mentoring direction", (title) =>
    expect(covered([{ number: "6", title }])).toEqual(["mentoring"]),
  );

  it("under another number, or as a row of another direction, it is not", () => {
    expect(covered([{ number: "8", title: "Вовлечение в дополнительное образование" }])).not.toContain(
      "mentoring",
    );
    const rows = [{ title: "Вовлечение обучающихся в проектную деятельность центров" }];
    const m = matchRoadmap(buildRoadmap(rows, { programme: "complex-plan", year: 2027 }), plan, {
      targetYear: 2027,
    });
    expect([...m.byItem.keys()]).not.toContain("mentoring");
  });
});
