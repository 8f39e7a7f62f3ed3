import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignMax, matchRoadmap, normalizeWord, sameStem, stems, words } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

describe("normalisation", () => {
  it("repairs OCR look-alikes inside Russian words and ё", () => {
    // «Opi-анизация», «Кванюриум»: the Latin O, p, i of the seed 004 OCR.
    expect(normalizeWord("Opiанизация")).toBe("орiанизация");
    expect(normalizeWord("ПРИЁМКА")).toBe("приемка");
    expect(normalizeWord("IT")).toBe("it"); // all-Latin words stay Latin
    expect(words("Сформирован дизайн-проект (1Т-куб), 2024 г.")).toEqual([
      "сформирован",
      "дизайн",
      "проект",
      "т",
      "куб",
    ]);
  });

  it("stems Russian inflections to one form and joins fleeting vowels", () => {
    expect(stems("закупки")).toEqual(stems("закупка"));
    expect(sameStem(stems("закупок")[0]!, stems("закупки")[0]!)).toBe(true);
    expect(sameStem(stems("площадок")[0]!, stems("площадки")[0]!)).toBe(true);
    // Different words sharing a beginning are not joined.
    expect(sameStem(stems("организационно")[0]!, stems("организации")[0]!)).toBe(false);
    expect(sameStem(stems("начало")[0]!, stems("начальник")[0]!)).toBe(false);
  });
});

describe("a word a Word or PDF line end broke with a hyphen", () => {
  it("is read whole as well as in parts: «обще-⏎образовательных» is «общеобразовательных»", () => {
    // h206-tr-two-schools-pdf-hyphen: «перечня обще-⏎образовательных организаций» not matched to the list of schools.
    expect(words("перечня обще-\nобразовательных организаций")).toContain("общеобразовательных");
    expect(words("дизайн-\nпроекта")).toEqual(["дизайн", "проекта", "дизайнпроекта"]);
    const tr = getEdition("tochka-rosta-2024")!;
    const title =
      "Утверждение должностного лица, комплекса мер (дорожной карты), перечня обще-\nобразовательных организаций, на базе которых создаются Центры";
    const m = matchRoadmap(buildRoadmap([{ title, deadline: "до 28.12.2026" }]), tr, {
      targetYear: 2027,
      dates: [{ due: "2026-12-28", key: null }],
    });
    expect(m.byRow.get(0)!.map((c) => c.itemId)).toContain("approve-school-list");
  });
});

describe("assignMax", () => {
  function brute(w: number[][]): number {
    const rows = w.length;
    const cols = w[0]?.length ?? 0;
    let best = 0;
    const used = new Array<boolean>(cols).fill(false);
    const go = (r: number, sum: number) => {
      if (r === rows) {
        best = Math.max(best, sum);
        return;
      }
      go(r + 1, sum);
      for (let c = 0; c < cols; c++) {
        if (used[c] || w[r]![c]! <= 0) continue;
        used[c] = true;
        go(r + 1, sum + w[r]![c]!);
        used[c] = false;
      }
    };
    go(0, 0);
    return best;
  }

  it("finds the maximum total weight (against brute force)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((rows) =>
          fc.integer({ min: 1, max: 5 }).chain((cols) =>
            fc.array(
              fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 })), {
                minLength: cols,
                maxLength: cols,
              }),
              {
                minLength: rows,
                maxLength: rows,
              },
            ),
          ),
        ),
        (w) => {
          const a = assignMax(w);
          const cols = a.filter((c) => c >= 0);
          expect(new Set(cols).size).toBe(cols.length);
          const total = a.reduce((s, c, r) => s + (c >= 0 ? w[r]![c]! : 0), 0);
          expect(total).toBe(brute(w));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("matchRoadmap", () => {
  const cos = getEdition("cos-2024")!;
  const kv = getEdition("kvantorium-2024")!;
  const MONITORING =
    "Проведение мониторинга хода реализации мероприятий по внедрению ЦОС в соответствии с методическими рекомендациями";

  it("tells two items with the same words apart by their dates", () => {
    const r = buildRoadmap([
      { title: MONITORING, deadline: "30 ноября" },
      { title: MONITORING, deadline: "25 августа" },
    ]);
    const m = matchRoadmap(r, cos, {
      targetYear: 2024,
      dates: [
        { due: "2024-11-30", key: null },
        { due: "2024-08-25", key: null },
      ],
    });
    expect(m.byRow.get(0)!.map((c) => c.itemId)).toEqual(["progress-monitoring-november"]);
    expect(m.byRow.get(1)!.map((c) => c.itemId)).toEqual(["progress-monitoring-august"]);
    expect(m.byRow.get(0)![0]!.terms).toContain("срок");
    // Alone, the November row still goes to the November item.
    const alone = matchRoadmap(buildRoadmap([{ title: MONITORING }]), cos, {
      targetYear: 2024,
      dates: [{ due: "2024-11-30", key: null }],
    });
    expect(alone.byRow.get(0)!.map((c) => c.itemId)).toEqual(["progress-monitoring-november"]);
  });

  it("a row naming a second item in full, due on its day, covers it too; a shared word months apart does not", () => {
    const both =
      "План мероприятий Кванториума на 2027/2028 учебный год (в составе единого комплексного плана организационно-методической поддержки)";
    const r = buildRoadmap([{ title: both, deadline: "до 25 августа 2027 г." }]);
    const m = matchRoadmap(r, kv, { targetYear: 2027, dates: [{ due: "2027-08-25", key: null }] });
    expect(
      m.byRow
        .get(0)!
        .map((c) => c.itemId)
        .sort(),
    ).toEqual(["complex-plan", "event-plans"]);
    // The monitoring of the indicators shares «показателей» with their approval, due in December of the year before.
    const monitoring = buildRoadmap([
      { title: "Мониторинг выполнения показателей деятельности Кванториума", deadline: "ежеквартально" },
    ]);
    const alone = matchRoadmap(monitoring, kv, {
      targetYear: 2027,
      dates: [{ due: "2027-10-01", key: null }],
    });
    expect(alone.byRow.get(0)!.map((c) => c.itemId)).toEqual(["indicator-monitoring"]);
  });

  it("«единый комплексный план мероприятий … на учебный год» names the complex plan alone: its «план» is written once", () => {
    // h189-kv-region-school-blocks-missing: a school's missing event plans were taken as covered by the region's row.
    const plan =
      "Сформирован единый комплексный план мероприятий по организационно-методической поддержке инфраструктуры, в том числе Школьных Кванториумов, на 2027/2028 учебный год";
    const r = buildRoadmap([{ title: plan, deadline: "не позднее 25 августа 2027 г." }]);
    const m = matchRoadmap(r, kv, { targetYear: 2027, dates: [{ due: "2027-08-25", key: null }] });
    expect(m.byRow.get(0)!.map((c) => c.itemId)).toEqual(["complex-plan"]);
  });

  it("one row whose deadline lists both dates covers both same-worded items", () => {
    const r = buildRoadmap([{ title: MONITORING, deadline: "август, ноябрь 2027 г." }]);
    const m = matchRoadmap(r, cos, {
      targetYear: 2027,
      dates: [{ due: "2027-08-25", key: null, occurrences: ["2027-08-25", "2027-11-30"] }],
    });
    expect(m.byRow.get(0)!.map((c) => c.itemId)).toEqual([
      "progress-monitoring-august",
      "progress-monitoring-november",
    ]);
    // Words one short of the threshold: the form's day of either date lifts them for both items.
    const short = buildRoadmap([{ title: "Мониторинг внедрения ЦОС (август, ноябрь)" }]);
    const lifted = matchRoadmap(short, cos, {
      targetYear: 2027,
      dates: [{ due: "2027-08-25", key: null, occurrences: ["2027-08-25", "2027-11-30"] }],
    });
    expect((lifted.byRow.get(0) ?? []).map((c) => c.itemId).sort()).toEqual([
      "progress-monitoring-august",
      "progress-monitoring-november",
    ]);
    // A date far from the other item's leaves it to another row (or to missing-item).
    const far = matchRoadmap(r, cos, {
      targetYear: 2027,
      dates: [{ due: "2027-08-25", key: null, occurrences: ["2027-08-25", "2027-03-31"] }],
    });
    expect(far.byRow.get(0)!.map((c) => c.itemId)).toEqual(["progress-monitoring-august"]);
  });

  it("a row listing both dates keeps both items from a same-worded row of the next year", () => {
    // «до 25.08.2027, до 30.11.2027» under «2027 год», «до 25.08.2028, до 30.11.2028» under «2028 год».
    const r = buildRoadmap([
      { title: MONITORING, deadline: "до 25.08.2027, до 30.11.2027" },
      { title: MONITORING, deadline: "до 25.08.2028, до 30.11.2028" },
    ]);
    const m = matchRoadmap(r, cos, {
      targetYear: 2027,
      dates: [
        { due: "2027-08-25", key: null, occurrences: ["2027-08-25", "2027-11-30"] },
        { due: "2028-08-25", key: null, occurrences: ["2028-08-25", "2028-11-30"] },
      ],
    });
    expect(m.byRow.get(0)!.map((c) => c.itemId)).toEqual([
      "progress-monitoring-august",
      "progress-monitoring-november",
    ]);
    expect(m.byRow.get(1)).toBeUndefined();
    // A second row due near the other item keeps it.
    const near = matchRoadmap(r, cos, {
      targetYear: 2027,
      dates: [
        { due: "2027-08-25", key: null, occurrences: ["2027-08-25", "2027-11-30"] },
        { due: "2027-11-30", key: null },
      ],
    });
    expect(near.byRow.get(1)!.map((c) => c.itemId)).toEqual(["progress-monitoring-november"]);
  });

  it("without dates, the form's own numbers decide between same-worded items", () => {
    // In cos-2024 the August monitoring is item 5, the November one item 6.
    const r = buildRoadmap([
      { number: "6.", title: MONITORING },
      { number: "5.", title: MONITORING },
    ]);
    const m = matchRoadmap(r, cos, { targetYear: 2024 });
    expect(m.byRow.get(0)!.map((c) => c.itemId)).toEqual(["progress-monitoring-november"]);
    expect(m.byRow.get(1)!.map((c) => c.itemId)).toEqual(["progress-monitoring-august"]);
  });

  it("lets one text cover the grouped approvals it lists", () => {
    const r = buildRoadmap([
      {
        title:
          "Утверждены должностное лицо проектного офиса, комплекс мер (дорожная карта), реестр образовательных организаций, на базе которых создаются Кванториумы, перечень показателей деятельности и типовое положение",
      },
    ]);
    const m = matchRoadmap(r, kv, { targetYear: 2024 });
    expect(
      m.byRow
        .get(0)!
        .map((c) => c.itemId)
        .sort(),
    ).toEqual(
      [
        "approve-indicators",
        "approve-official",
        "approve-register",
        "approve-regulation",
        "approve-roadmap",
      ].sort(),
    );
  });

  it("gives an item to one row only: a second copy is a duplicate, an unrelated row is extra", () => {
    const r = buildRoadmap([
      { title: "Начало работы Школьного Кванториума" },
      { title: "Объявлены закупки товаров, работ, услуг" },
      { title: "Начало работы Кванториума (повторно)" },
      { title: "Ремонт спортивного зала" },
    ]);
    const m = matchRoadmap(r, kv, { targetYear: 2024 });
    expect(m.byItem.get("start")!.map((c) => c.rowPos)).toEqual([0]);
    expect(m.duplicates).toEqual([expect.objectContaining({ rowPos: 2, itemId: "start", otherRowPos: 0 })]);
    expect(m.extras).toEqual([3]);
  });

  it("reads sub-items separately: the «25 августа» cell of seed 000 is three items", () => {
    const r = buildRoadmap([
      {
        title: "…",
        subItems: [
          "Утверждение планов мероприятий Школьных Кванториум на учебный год",
          "Получено, установлено и налажено оборудование, приобретаемое для оснащения Школьного Кванториума",
          "Проведение фотомониторинга работы по приведению помещений Школьного Кванториума в соответствие с методическими рекомендациями",
        ],
      },
    ]);
    const m = matchRoadmap(r, kv, { targetYear: 2024 });
    expect(m.byRow.get(0)!.map((c) => [c.itemId, c.via])).toEqual([
      ["event-plans", "sub-item"],
      ["equipment-installed", "sub-item"],
      ["photo-monitoring", "sub-item"],
    ]);
  });

  it("matches «Направления» by heading and number, and their rows follow them", () => {
    const plan = getEdition("complex-plan-2024")!;
    const r = buildRoadmap(
      [
        { number: "1.1", title: "Олимпиада школьников", section: "1" },
        { number: "1.2", title: "Консультации", section: "1" },
        { number: "2.1", title: "Пресс-тур", section: "2" },
      ],
      {
        programme: "complex-plan",
        sections: [
          {
            number: "1",
            title: "Проведение совместных мероприятий для обучающихся и педагогов",
            address: "A2",
          },
          // A region that renumbers: its «Направление 2» is the federal direction 4 by its words.
          {
            number: "2",
            title: "Организация и участие в проведении информационных кампаний но популяризации",
            address: "A5",
          },
        ],
      },
    );
    const m = matchRoadmap(r, plan, { targetYear: 2024 });
    expect([0, 1, 2].map((p) => m.byRow.get(p)![0]!.itemId)).toEqual([
      "joint-events",
      "joint-events",
      "information-campaigns",
    ]);
    expect(m.byItem.has("conferences")).toBe(false);
  });
});
