// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import { xOfDate } from "../../src/taskpane/components/timelineScale";
import { formatIsoDate } from "../../src/taskpane/i18n";
import { KVANT_TIMELINE, SHEET, fakeServices } from "./fakes";
import { COMBOS, renderApp, themeCss, waitForRoadmaps } from "./helpers";

afterEach(cleanup);

describe("xOfDate", () => {
  it("places days on the year's axis and clamps days outside it", () => {
    // The axis runs from x=40 to x=312 (320 wide, 40 for the numbers on the left, 8 right): 272 units a year.
    const jan1 = xOfDate("2024-01-01", 2024);
    const dec31 = xOfDate("2024-12-31", 2024);
    expect(jan1.outside).toBe(0);
    expect(jan1.x).toBeGreaterThan(40);
    expect(jan1.x).toBeLessThan(41);
    expect(dec31.x).toBeGreaterThan(311);
    expect(dec31.x).toBeLessThan(312);
    // 1 July 2024 is day 182 of 366 (a leap year): a little under half way.
    const jul1 = xOfDate("2024-07-01", 2024);
    expect(jul1.x).toBeCloseTo(40 + (182.5 / 366) * 272, 5);
    expect(xOfDate("2023-11-30", 2024)).toEqual({ x: 40, outside: -1 });
    expect(xOfDate("2025-01-01", 2024)).toEqual({ x: 312, outside: 1 });
  });
});

describe.each(COMBOS)("timeline view (%s, %s)", (lang, theme) => {
  it("before a check it says the timeline appears after one", async () => {
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme, "timeline");
    expect(await screen.findByText(t("timeline.empty"))).toBeTruthy();
    expect(services.timeline).not.toHaveBeenCalled();
  });

  it("draws one line per template item with both deadlines, severity colours and the check date", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    await user.click(screen.getByRole("tab", { name: t("tabs.timeline") }));

    const chart = await screen.findByRole("group", { name: t("timeline.chart", { year: 2024, n: 4 }) });
    expect(services.timeline).toHaveBeenCalledTimes(1);
    expect(
      screen.getByRole("heading", { name: t("timeline.heading", { year: 2024 }), level: 2 }),
    ).toBeTruthy();
    // Three roadmaps were checked: a picker chooses which one is drawn.
    expect(screen.getByRole("combobox", { name: t("timeline.roadmap") })).toBeTruthy();

    // Items 1, 4, 7 exist in the sheet (buttons that jump); item 3 is missing (an image with its description).
    const rows = within(chart).getAllByRole("button");
    expect(rows).toHaveLength(3);
    const late = rows.find((r) => r.getAttribute("data-item") === "kv-4")!;
    expect(late.getAttribute("data-severity")).toBe("warning");
    expect(late.querySelector(":scope > title")?.textContent).toBe(
      t("timeline.row", {
        number: "4",
        title: lang === "ru" ? "Объявление закупок" : "Announcing procurement",
        sheet: formatIsoDate("2024-03-31", lang),
        template: formatIsoDate("2024-03-01", lang),
      }),
    );
    // The late item joins its two deadlines with a bar from 1 March to 31 March.
    const bar = late.querySelector('line[style*="stroke-width: 3"]')!;
    expect(Number(bar.getAttribute("x1"))).toBeCloseTo(xOfDate("2024-03-01", 2024).x, 5);
    expect(Number(bar.getAttribute("x2"))).toBeCloseTo(xOfDate("2024-03-31", 2024).x, 5);
    const missing = within(chart).getByRole("img");
    expect(missing.getAttribute("data-item")).toBe("kv-3");
    expect(missing.querySelector(":scope > title")?.textContent).toContain(t("timeline.missing"));
    // The check date (1 October 2024) is marked.
    const today = chart.querySelector('[data-testid="today"]')!;
    expect(Number(today.getAttribute("x1"))).toBeCloseTo(xOfDate("2024-10-01", 2024).x, 5);
    // Twelve month labels.
    expect(t("timeline.m1")).not.toBe("");
    expect(within(chart).getByText(t("timeline.m12"))).toBeTruthy();

    await user.click(late);
    await waitFor(() => expect(services.selectCell).toHaveBeenCalledWith(SHEET, "B27"));
    const overdue = rows.find((r) => r.getAttribute("data-item") === "kv-7")!;
    overdue.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(services.selectCell).toHaveBeenLastCalledWith(SHEET, "B31"));
    expect(themeCss().includes("--colorNeutralBackground1: #292929")).toBe(theme === "dark");
  });
});

describe.each(COMBOS)("timeline chart details (%s, %s)", (lang, theme) => {
  it("numbers items that share a number as 1.1, 1.2, and says when the check date is outside the year", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const first = KVANT_TIMELINE.items[0]!;
    services.timeline.mockImplementation(async () => ({
      ...KVANT_TIMELINE,
      checkDate: "2026-11-21",
      items: [
        first,
        { ...first, itemId: "kv-1b", title: { ru: "Утверждение реестра", en: "Approving the register" } },
      ],
    }));
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    await user.click(screen.getByRole("tab", { name: t("tabs.timeline") }));
    const chart = await screen.findByRole("group", { name: t("timeline.chart", { year: 2024, n: 2 }) });
    const rows = within(chart).getAllByRole("button");
    expect(rows.map((r) => r.querySelector("text")?.textContent)).toEqual(["1.1", "1.2"]);
    expect(rows[1]!.querySelector(":scope > title")?.textContent).toContain(
      lang === "ru" ? "Пункт 1.2. Утверждение реестра" : "Item 1.2. Approving the register",
    );
    // 21 Nov 2026 is after 2024: no line, a sentence instead.
    expect(chart.querySelector('[data-testid="today"]')).toBeNull();
    expect(
      screen.getByText(t("timeline.todayAfter", { date: formatIsoDate("2026-11-21", lang), year: 2024 })),
    ).toBeTruthy();
  });
});
