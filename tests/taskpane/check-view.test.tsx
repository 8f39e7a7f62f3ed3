// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import { EMPTY_READING, OUTCOME, SHEET, fakeServices } from "./fakes";
import { COMBOS, renderApp, themeCss, waitForRoadmaps } from "./helpers";

afterEach(cleanup);

function card(heading: HTMLElement): HTMLElement {
  const el = heading.closest<HTMLElement>("[data-roadmap-id]");
  if (!el) throw new Error("no card around the heading");
  return el;
}

describe.each(COMBOS)("check view (%s, %s)", (lang, theme) => {
  it("reads the active sheet on open and shows each roadmap with its pickers", async () => {
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    const kv = card(await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]));
    expect(services.readSheet).toHaveBeenCalledTimes(1);
    // Seed 000's matrix holds three roadmaps: all three are listed.
    expect(document.querySelectorAll("[data-roadmap-id]")).toHaveLength(3);
    expect(
      screen.getByRole("heading", { name: PROGRAMME_NAMES["tochka-rosta"][lang], level: 3 }),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { name: PROGRAMME_NAMES.cos[lang], level: 3 })).toBeTruthy();

    const programme = within(kv).getByRole("combobox", { name: t("roadmap.programme") }) as HTMLSelectElement;
    expect(programme.value).toBe("kvantorium");
    expect(within(programme).getByRole("option", { name: PROGRAMME_NAMES.kvantorium[lang] })).toBeTruthy();
    const edition = within(kv).getByRole("combobox", { name: t("roadmap.edition") }) as HTMLSelectElement;
    // "Automatic" names the suggested edition.
    expect(edition.selectedOptions[0]!.textContent).toContain(
      lang === "ru" ? "Кванториум, форма 2023–2024" : "Kvantorium, 2023–2024 form",
    );
    const year = within(kv).getByRole("combobox", { name: t("roadmap.year") }) as HTMLSelectElement;
    expect(year.value).toBe("2024");
    // Years from 2019 to two years after the check date's (2026).
    expect(
      within(year)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028"]);
    // The suggested Kvantorium edition is reconstructed: the card says so.
    expect(within(kv).getByText(t("confidence.explain.reconstructed"))).toBeTruthy();
    expect(screen.getByText(t("roadmaps.count", { sheet: SHEET, n: 3 }))).toBeTruthy();

    const dark = themeCss().includes("--colorNeutralBackground1: #292929");
    expect(dark).toBe(theme === "dark");
    expect(document.querySelector(`[data-theme="${theme}"]`)).toBeTruthy();
  });

  it("checks with the planner's choices, then shows the verdict, counts and findings by kind", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    const kv = card(await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]));

    await user.selectOptions(
      within(kv).getByRole("combobox", { name: t("roadmap.edition") }),
      "kvantorium-2021",
    );
    await user.selectOptions(within(kv).getByRole("combobox", { name: t("roadmap.year") }), "2023");
    await user.click(screen.getByRole("button", { name: t("actions.check") }));

    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    expect(services.check).toHaveBeenCalledTimes(1);
    const request = services.check.mock.calls[0]![0];
    expect(request).toMatchObject({
      sheet: SHEET,
      checkDate: "2026-11-21",
      lang,
      overrides: { [`${SHEET}!A20#B`]: { editionId: "kvantorium-2021", targetYear: 2023 } },
    });

    // 2 errors (Kvantorium), 3 warnings (2 Kvantorium + 1 ЦОС), 1 note.
    const summary = document.querySelector<HTMLElement>("[data-verdict]")!;
    expect(summary.getAttribute("data-verdict")).toBe("has-errors");
    // The verdict takes the focus and the pickers fold away (they stay one click away).
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect((document.querySelector("[data-roadmap-list]") as HTMLDetailsElement).open).toBe(false);
    expect(within(summary).getByText(t("summary.errors", { n: 2 }))).toBeTruthy();
    expect(within(summary).getByText(t("summary.warnings", { n: 3 }))).toBeTruthy();
    expect(within(summary).getByText(t("summary.notes", { n: 1 }))).toBeTruthy();
    expect(within(summary).getByText(t("summary.marked", { n: 6 }))).toBeTruthy();

    const kvReport = screen.getByRole("region", {
      name: t("findings.heading", { title: PROGRAMME_NAMES.kvantorium[lang] }),
    });
    // Kinds, most severe first: missing item and overdue (errors), then late/responsible (warnings), then numbering.
    const groups = Array.from(kvReport.querySelectorAll("[data-group]")).map((g) =>
      g.getAttribute("data-group"),
    );
    expect(groups).toEqual([
      "missing-item",
      "overdue",
      "late-vs-template",
      "responsible-missing",
      "numbering-gap",
    ]);
    expect(within(kvReport).getByText(t("findings.group", { label: t("code.overdue"), n: 1 }))).toBeTruthy();

    // The late deadline shows both dates, the rule's source with its confidence, and why the row matched.
    const late = kvReport.querySelector('[data-finding-code="late-vs-template"]') as HTMLElement;
    expect(
      within(late).getByText(lang === "ru" ? "не позднее 1 марта 2024 года" : "no later than 1 March 2024"),
    ).toBeTruthy();
    expect(within(late).getByText("31.03.2024")).toBeTruthy();
    expect(
      within(late).getByText(
        t("finding.ruleText", {
          source: "Ленинградская обл., 3537-р",
          confidence: t("confidence.reconstructed"),
        }),
      ),
    ).toBeTruthy();
    expect(within(late).getByText(t("finding.why"))).toBeTruthy();
    expect(
      within(late).getByText(t("finding.whyText", { terms: "закупк, объявлен", score: 82 })),
    ).toBeTruthy();

    // Caveats of the reconstructed template are shown with the report.
    expect(within(kvReport).getByText(t("summary.caveats"))).toBeTruthy();
    expect(
      within(kvReport).getByText(
        lang === "ru"
          ? "Шаблон восстановлен по региональным актам: федеральный текст формы не найден."
          : "The template was reconstructed from regional acts: the federal text was not found.",
      ),
    ).toBeTruthy();
    // The clean Точка роста report says it is ready.
    const tr = screen.getByRole("region", {
      name: t("findings.heading", { title: PROGRAMME_NAMES["tochka-rosta"][lang] }),
    });
    expect(within(tr).getByText(t("verdict.ready"))).toBeTruthy();
    expect(within(tr).getByText(t("findings.none"))).toBeTruthy();
  });

  it("a click or Enter on a finding selects its cell", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });

    const message =
      lang === "ru" ? "Срок прошёл, отметки о выполнении нет" : "Past due with no completion mark";
    // The name is what the button shows, with the icon's meaning first.
    const overdue = screen.getByRole("button", {
      name: `${t("severityOne.error")}: ${message} ${t("finding.cell", { address: "B31" })}`,
    });
    await user.click(overdue);
    await waitFor(() => expect(services.selectCell).toHaveBeenCalledWith(SHEET, "B31"));

    const unreadable = screen.getByRole("button", { name: new RegExp(`D33$`) });
    unreadable.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(services.selectCell).toHaveBeenLastCalledWith(SHEET, "D33"));
  });

  it("severity filters hide and show findings", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    const count = (s: string) =>
      document.querySelectorAll(`[data-finding-code][data-severity="${s}"]`).length;
    expect([count("error"), count("warning"), count("info")]).toEqual([2, 3, 1]);

    const warnings = screen.getByRole("button", {
      name: t("filters.toggle", { label: t("severity.warning"), n: 3 }),
    });
    expect(warnings.getAttribute("aria-pressed")).toBe("true");
    await user.click(warnings);
    expect(warnings.getAttribute("aria-pressed")).toBe("false");
    expect([count("error"), count("warning"), count("info")]).toEqual([2, 0, 1]);
    // ЦОС had only a warning: its section says everything is filtered out.
    const cos = screen.getByRole("region", {
      name: t("findings.heading", { title: PROGRAMME_NAMES.cos[lang] }),
    });
    expect(within(cos).getByText(t("findings.hidden"))).toBeTruthy();
    await user.click(warnings);
    expect(count("warning")).toBe(3);
  });

  it("«Снять отметки» clears the marks and the result", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    await user.click(screen.getByRole("button", { name: t("actions.clear") }));
    expect(await screen.findByText(t("notice.cleared"))).toBeTruthy();
    expect(services.clearMarks).toHaveBeenCalledTimes(1);
    expect(document.querySelector("[data-verdict]")).toBeNull();
    expect(document.querySelectorAll("[data-finding-code]")).toHaveLength(0);
  });

  it("a sheet without a roadmap says why and disables the check", async () => {
    const services = fakeServices({ reading: EMPTY_READING });
    const { t } = renderApp(services, lang, theme);
    expect(
      await screen.findByText(
        lang === "ru" ? "На листе нет строки заголовков таблицы." : "The sheet has no table header row.",
      ),
    ).toBeTruthy();
    expect((screen.getByRole("button", { name: t("actions.check") }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("is keyboard-usable: every control is natively focusable and labelled, Enter on a focused button runs it", async () => {
    // Real Tab traversal through Fluent's focus manager (tabster) is covered by the browser test: happy-dom cannot run it.
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    const controls = [...screen.getAllByRole("combobox"), ...screen.getAllByRole("button")];
    expect(controls.length).toBeGreaterThanOrEqual(9 + 3);
    for (const el of controls) {
      expect(["SELECT", "INPUT", "BUTTON"]).toContain(el.tagName);
      expect(el.getAttribute("tabindex")).not.toBe("-1");
      expect(el.hasAttribute("disabled")).toBe(false);
    }
    for (const el of screen.getAllByRole("combobox")) {
      const labelled = el.id && document.querySelector(`label[for="${el.id}"]`);
      expect(Boolean(labelled || el.getAttribute("aria-labelledby"))).toBe(true);
    }
    screen.getByRole("button", { name: t("actions.check") }).focus();
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
  });

  it("tabs follow the ARIA pattern: one tab stop, arrows/Home/End move and select", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    const list = screen.getByRole("tablist", { name: t("tabs.label") });
    const tabs = within(list).getAllByRole("tab");
    expect(tabs.map((x) => x.textContent)).toEqual([
      t("tabs.check"),
      t("tabs.timeline"),
      t("tabs.template"),
      t("tabs.settings"),
    ]);
    expect(tabs.map((x) => x.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1"]);
    const panel = screen.getByRole("tabpanel");
    expect(panel.getAttribute("aria-labelledby")).toBe(tabs[0]!.id);

    tabs[0]!.focus();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]!.getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByText(t("timeline.empty"))).toBeTruthy();
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(tabs[3]);
    expect(tabs.map((x) => x.getAttribute("tabindex"))).toEqual(["-1", "-1", "-1", "0"]);
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tabs[0]);
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(tabs[3]);
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(tabs[0]);
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(tabs[0]!.id);
  });
});

describe.each([
  ["ru", "light"],
  ["en", "dark"],
] as const)("progress (%s, %s)", (lang, theme) => {
  it("shows progress for a check that runs on, and keeps the buttons disabled meanwhile", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    let finish: () => void = () => {};
    services.check.mockImplementation(
      () => new Promise((ok) => (finish = () => ok(OUTCOME))) as ReturnType<typeof services.check>,
    );
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    expect((screen.getByRole("button", { name: t("actions.clear") }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    // A step that ends at once does not flash a bar.
    expect(screen.queryByRole("progressbar")).toBeNull();
    const bar = await screen.findByRole("progressbar", { name: t("progress.check") }, { timeout: 1500 });
    expect(bar).toBeTruthy();
    finish();
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect((screen.getByRole("button", { name: t("actions.clear") }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it("«Отмена» aborts the running check: no verdict, a «cancelled» notice, and the pane is free again", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    let signal: AbortSignal | undefined;
    services.check.mockImplementation(
      (req) =>
        new Promise((_ok, fail) => {
          signal = req.signal;
          req.signal?.addEventListener("abort", () =>
            fail(Object.assign(new Error("x"), { code: "Cancelled" })),
          );
        }) as ReturnType<typeof services.check>,
    );
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await user.click(await screen.findByRole("button", { name: t("actions.cancel") }, { timeout: 1500 }));
    expect(signal?.aborted).toBe(true);
    await screen.findByText(t("notice.cancelled"));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("button", { name: t("actions.cancel") })).toBeNull();
    expect((screen.getByRole("button", { name: t("actions.check") }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });
});
