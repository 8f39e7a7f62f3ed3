// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import { EDITIONS, SHEET, fakeServices } from "./fakes";
import { COMBOS, renderApp, themeCss, waitIdle } from "./helpers";

afterEach(cleanup);

describe.each(COMBOS)("template view (%s, %s)", (lang, theme) => {
  it("inserts the template for next year with the given responsible names, then checks the new sheet", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme, "template");
    // A choice made while the pane still loads is not taken (the inputs are disabled then).
    await waitIdle();
    const insertSection = await screen.findByRole("region", { name: t("insert.heading") });
    // Settings say the check date is 21 Nov 2026: the default year is the next one.
    const year = within(insertSection).getByRole("spinbutton", {
      name: t("roadmap.year"),
    }) as HTMLInputElement;
    await waitFor(() => expect(year.value).toBe("2027"));
    // The first detected roadmap is Kvantorium: the form starts there.
    const programme = within(insertSection).getByRole("combobox", {
      name: t("roadmap.programme"),
    }) as HTMLSelectElement;
    await waitFor(() => expect(programme.value).toBe("kvantorium"));
    const edition = within(insertSection).getByRole("combobox", {
      name: t("roadmap.edition"),
    }) as HTMLSelectElement;
    // Two Kvantorium editions are offered, nothing of other programmes.
    expect(
      within(edition)
        .getAllByRole("option")
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(["kvantorium-2024", "kvantorium-2021"]);
    expect(within(insertSection).getByText(t("confidence.explain.reconstructed"))).toBeTruthy();

    await user.type(
      within(insertSection).getByRole("textbox", { name: t("insert.responsible") }),
      "Иванов И.И.{Enter}  {Enter}Петрова А.А.",
    );
    await user.click(within(insertSection).getByRole("button", { name: t("actions.insert") }));

    await screen.findByText(t("insert.done", { sheet: "Дорожная карта 2027 — Кванториум" }));
    expect(services.insertTemplate).toHaveBeenCalledWith({
      editionId: "kvantorium-2024",
      year: 2027,
      lang,
      responsible: ["Иванов И.И.", "Петрова А.А."],
    });
    const checkRequest = services.check.mock.calls[0]![0];
    expect(checkRequest.sheet).toBe("Дорожная карта 2027 — Кванториум");
    // The pane moved to the check tab with the result.
    expect(screen.getByRole("tab", { name: t("tabs.check") }).getAttribute("aria-selected")).toBe("true");
    expect(document.querySelector("[data-verdict]")).toBeTruthy();
  });

  it("switching programme offers that programme's editions; no edition disables the insert", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme, "template");
    // A choice made while the pane still loads is not taken (the inputs are disabled then).
    await waitIdle();
    const insertSection = await screen.findByRole("region", { name: t("insert.heading") });
    const programme = within(insertSection).getByRole("combobox", {
      name: t("roadmap.programme"),
    }) as HTMLSelectElement;
    // Under load the pane may still be reading the sheet after the first idle: choose once the input takes it.
    await waitFor(() => expect(programme.disabled).toBe(false));
    await user.selectOptions(programme, "tochka-rosta");
    const edition = within(insertSection).getByRole("combobox", {
      name: t("roadmap.edition"),
    }) as HTMLSelectElement;
    await waitFor(() => expect(edition.value).toBe("tochka-rosta-2024"));
    expect(within(insertSection).getByText(t("confidence.explain.confirmed"))).toBeTruthy();
    await user.selectOptions(programme, "it-cube");
    expect(within(insertSection).getByText(t("insert.noEdition"))).toBeTruthy();
    expect(
      (within(insertSection).getByRole("button", { name: t("actions.insert") }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  it("«Шаблон из листа» lists the sheets and shows parse errors per row", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme, "template");
    const section = await screen.findByRole("region", { name: t("fromSheet.heading") });
    const sheet = within(section).getByRole("combobox", { name: t("fromSheet.sheet") }) as HTMLSelectElement;
    await waitFor(() => expect(within(sheet).getAllByRole("option")).toHaveLength(2));
    await user.selectOptions(sheet, "Шаблон");
    await user.click(within(section).getByRole("button", { name: t("actions.readTemplate") }));
    await within(section).findByText(t("fromSheet.failed", { n: 2 }));
    expect(services.templateFromSheet).toHaveBeenCalledWith("Шаблон", {
      programme: "kvantorium",
      year: 2027,
      title: "Шаблон",
    });
    const items = within(section).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    // A cell-specific error names its cell as a button that jumps there; a sheet-wide one says so.
    expect(within(items[0]!).getByText(lang === "ru" ? "Нет срока" : "No deadline")).toBeTruthy();
    await user.click(within(items[0]!).getByRole("button", { name: t("fromSheet.goTo", { address: "E4" }) }));
    await waitFor(() => expect(services.selectCell).toHaveBeenCalledWith("Шаблон", "E4"));
    expect(within(items[1]!).getByText(t("fromSheet.wholeSheet"))).toBeTruthy();
    expect(
      within(items[1]!).getByText(lang === "ru" ? "Нет столбца «Ответственный»" : "No “Responsible” column"),
    ).toBeTruthy();
    expect(within(items[1]!).queryByRole("button")).toBeNull();
    expect(themeCss().includes("--colorNeutralBackground1: #292929")).toBe(theme === "dark");
  });

  it("a template read from a sheet can be used for the check", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const custom = {
      id: "sheet:Шаблон",
      programme: "kvantorium" as const,
      title: { ru: "Федеральная форма 2027", en: "Federal form 2027" },
      confidence: "confirmed" as const,
      custom: true,
    };
    services.templateFromSheet.mockImplementation(
      async () => ({ ok: true, edition: custom, itemCount: 14 }) as never,
    );
    const { t } = renderApp(services, lang, theme, "template");
    const section = await screen.findByRole("region", { name: t("fromSheet.heading") });
    await waitFor(() => expect(services.listSheets).toHaveBeenCalled());
    await waitIdle();
    const title = within(section).getByRole("textbox", { name: t("fromSheet.title") });
    await user.type(title, "Федеральная форма 2027");
    await user.click(within(section).getByRole("button", { name: t("actions.readTemplate") }));
    await within(section).findByText(t("fromSheet.ok", { n: 14 }));
    expect(services.templateFromSheet).toHaveBeenCalledWith(SHEET, {
      programme: "kvantorium",
      year: 2027,
      title: "Федеральная форма 2027",
    });
    await user.click(within(section).getByRole("button", { name: t("actions.useTemplate") }));
    await screen.findByText(t("fromSheet.used", { title: custom.title[lang] }));
    // Back on the check tab, the Kvantorium card uses the sheet-made edition; the others keep theirs.
    const kv = screen
      .getByRole("heading", { name: PROGRAMME_NAMES.kvantorium[lang], level: 3 })
      .closest<HTMLElement>("[data-roadmap-id]")!;
    const edition = within(kv).getByRole("combobox", { name: t("roadmap.edition") }) as HTMLSelectElement;
    expect(edition.value).toBe("sheet:Шаблон");
    expect(edition.selectedOptions[0]!.textContent).toBe(
      t("roadmap.customEdition", { title: custom.title[lang] }),
    );
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await waitFor(() => expect(services.check).toHaveBeenCalled());
    const request = services.check.mock.calls[0]![0];
    expect(request.overrides).toEqual({ [`${SHEET}!A20#B`]: { editionId: "sheet:Шаблон" } });
    expect(EDITIONS.some((e) => e.id === custom.id)).toBe(false);
  });
});
