// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import { FINDING_CODES } from "../../src/core/report";
import { fakeServices } from "./fakes";
import { COMBOS, renderApp, themeCss, waitForRoadmaps } from "./helpers";

afterEach(cleanup);

describe.each(COMBOS)("settings view (%s, %s)", (lang, theme) => {
  it("shows the stored check date and every check, and saves changes in the document", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("tab", { name: t("tabs.settings") }));
    const section = await screen.findByRole("region", { name: t("settings.heading") });
    const date = within(section).getByLabelText(t("settings.checkDate")) as HTMLInputElement;
    // Written as the pane's language writes days, whatever the browser's locale.
    expect(date.value).toBe(lang === "ru" ? "21.11.2026" : "11/21/2026");
    const group = within(section).getByRole("group", { name: t("settings.checks") });
    const boxes = within(group).getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes).toHaveLength(FINDING_CODES.length);
    expect(boxes.every((b) => b.checked)).toBe(true);

    await user.click(within(group).getByRole("checkbox", { name: t("code.non-working-day") }));
    await user.click(within(group).getByRole("checkbox", { name: t("code.extra-row") }));
    await user.clear(date);
    await user.type(date, lang === "ru" ? "15.02.2027" : "02/15/2027");
    await user.click(within(section).getByRole("button", { name: t("actions.save") }));
    await screen.findByText(t("settings.saved"));
    // Saved in the catalogue's order of codes, not the order clicked.
    expect(services.saveSettings).toHaveBeenCalledWith({
      checkDate: "2027-02-15",
      disabled: ["extra-row", "non-working-day"],
      sheetLang: "ru",
    });

    // The next check uses them.
    await user.click(screen.getByRole("tab", { name: t("tabs.check") }));
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await waitFor(() => expect(services.check).toHaveBeenCalled());
    expect(services.check.mock.calls[0]![0]).toMatchObject({
      checkDate: "2027-02-15",
      disabled: ["extra-row", "non-working-day"],
    });
    expect(themeCss().includes("--colorNeutralBackground1: #292929")).toBe(theme === "dark");
  });

  it("«Сегодня» resets the date to today (saved as no fixed date)", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("tab", { name: t("tabs.settings") }));
    await user.click(screen.getByRole("button", { name: t("actions.today") }));
    await user.click(screen.getByRole("button", { name: t("actions.save") }));
    await waitFor(() =>
      expect(services.saveSettings).toHaveBeenCalledWith({ checkDate: null, disabled: [], sheetLang: "ru" }),
    );
  });

  it("a date that is not a day in the pane's format is an announced error and is not saved", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("tab", { name: t("tabs.settings") }));
    const section = await screen.findByRole("region", { name: t("settings.heading") });
    const date = within(section).getByLabelText(t("settings.checkDate")) as HTMLInputElement;
    await user.clear(date);
    // The other language's way of writing a day, and a day that does not exist.
    for (const typed of [
      lang === "ru" ? "02/15/2027" : "15.02.2027",
      lang === "ru" ? "31.02.2027" : "02/31/2027",
    ]) {
      await user.clear(date);
      await user.type(date, typed);
      expect(date.getAttribute("aria-invalid")).toBe("true");
      const message = within(section).getByText(t("settings.checkDateInvalid"));
      // The message is tied to the field, so a screen reader reads it with the input.
      const describedBy = (date.getAttribute("aria-describedby") ?? "").split(" ");
      expect(describedBy.some((id) => id !== "" && document.getElementById(id)?.contains(message))).toBe(
        true,
      );
      const save = within(section).getByRole("button", { name: t("actions.save") }) as HTMLButtonElement;
      expect(save.disabled).toBe(true);
    }
    await user.click(within(section).getByRole("button", { name: t("actions.today") }));
    expect(date.getAttribute("aria-invalid")).not.toBe("true");
    expect(within(section).queryByText(t("settings.checkDateInvalid"))).toBeNull();
  });

  it("the report sheet's language is a setting, Russian by default, saved with the others", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("tab", { name: t("tabs.settings") }));
    const section = await screen.findByRole("region", { name: t("settings.heading") });
    const ru = within(section).getByRole("radio", { name: t("settings.sheetLang.ru") }) as HTMLInputElement;
    expect(ru.checked).toBe(true);
    await user.click(within(section).getByRole("radio", { name: t("settings.sheetLang.en") }));
    await user.click(within(section).getByRole("button", { name: t("actions.save") }));
    await waitFor(() =>
      expect(services.saveSettings).toHaveBeenCalledWith({
        checkDate: "2026-11-21",
        disabled: [],
        sheetLang: "en",
      }),
    );
  });
});

describe.each(COMBOS)("errors in plain language (%s, %s)", (lang, theme) => {
  it("a failed read on open shows the error in a message bar, not a blank pane", async () => {
    const services = fakeServices({ failOn: { readSheet: new Error("ItemNotFound") } });
    const { t } = renderApp(services, lang, theme);
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(t("error.title"))).toBeTruthy();
    expect(
      within(alert).getByText(
        lang === "ru"
          ? "Лист не найден: он мог быть удалён или переименован. (Error: ItemNotFound)"
          : "The sheet was not found: it may have been deleted or renamed. (Error: ItemNotFound)",
      ),
    ).toBeTruthy();
    expect(within(alert).getByText(t("error.code", { code: "ItemNotFound" }))).toBeTruthy();
    expect(services.toUserError).toHaveBeenCalledTimes(1);
    // The pane is still there and usable.
    expect(screen.getByRole("heading", { name: t("app.title"), level: 1 })).toBeTruthy();
    expect((screen.getByRole("button", { name: t("sheet.reread") }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it("a failed check keeps the roadmaps, shows the error, and can be dismissed", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ failOn: { check: new Error("RequestPayloadSizeLimitExceeded") } });
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("RequestPayloadSizeLimitExceeded");
    expect(document.querySelector("[data-verdict]")).toBeNull();
    expect(document.querySelectorAll("[data-roadmap-id]")).toHaveLength(3);
    await user.click(within(alert).getByRole("button", { name: t("actions.dismiss") }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("a failed «Снять отметки» is reported too", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ failOn: { clearMarks: new Error("GeneralException") } });
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.clear") }));
    expect((await screen.findByRole("alert")).textContent).toContain("GeneralException");
    expect(screen.queryByText(t("notice.cleared"))).toBeNull();
  });
});
