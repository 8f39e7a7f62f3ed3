// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { HostTheme } from "../../src/excel/host";
import type { Lang } from "../../src/core/lang";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import { EDITIONS, fakeServices } from "./fakes";
import { renderApp, waitForRoadmaps, waitIdle } from "./helpers";

afterEach(cleanup);

const EMPTY = {
  sheetName: "Лист3",
  roadmaps: [],
  reason: {
    ru: "Лист «Лист3» пуст — проверять нечего.",
    en: "Sheet “Лист3” is empty — there is nothing to check.",
  },
  empty: true,
};

const COMBOS: [Lang, HostTheme][] = [
  ["ru", "light"],
  ["en", "dark"],
];

describe.each(COMBOS)("the smaller things (%s, %s)", (lang, theme) => {
  it("an empty sheet is not an error: it is named and offers «Insert template»", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ reading: EMPTY });
    const { t } = renderApp(services, lang, theme);
    await screen.findByText(t("sheet.empty", { sheet: "Лист3" }));
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(screen.getByRole("button", { name: t("actions.insert") }));
    expect(screen.getByRole("tab", { name: t("tabs.template") }).getAttribute("aria-selected")).toBe("true");
  });

  it("«Remove marks» with nothing marked says so, not that marks were removed", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ nothingToClear: true });
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.clear") }));
    await screen.findByText(t("notice.nothingToClear"));
    expect(screen.queryByText(t("notice.cleared"))).toBeNull();
  });

  it("the edition's full name is shown under its picker (a native option is cut to the select's width)", async () => {
    renderApp(fakeServices(), lang, theme);
    const kv = (await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang])).closest<HTMLElement>(
      "[data-roadmap-id]",
    )!;
    const hints = [...kv.querySelectorAll(".fui-Field__hint")].map((h) => h.textContent);
    expect(hints).toContain(EDITIONS[0]!.title[lang]);
  });

  it("a JSON template file is read in the pane and can be used for the check", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme, "template");
    const input = (await screen.findByLabelText(t("fromFile.label"))) as HTMLInputElement;
    // The pane is still reading the sheet it opened on: its inputs are disabled until then.
    await waitIdle();
    const text = JSON.stringify({ id: "it-cube-2025-mine", items: [{}, {}, {}] });
    await user.upload(input, new File([text], "it-cube.json", { type: "application/json" }));
    await screen.findByText(t("fromSheet.ok", { n: 3 }));
    expect(services.templateFromJson).toHaveBeenCalledWith("it-cube.json", text);
    expect(screen.getByRole("button", { name: t("actions.useTemplate") })).toBeTruthy();

    await user.upload(input, new File(["{}"], "empty.json", { type: "application/json" }));
    await screen.findByText(t("fromFile.wholeFile"));
  });

  it("choosing IT-куб in «Insert template» leads to «Template from a sheet» for IT-куб", async () => {
    const user = userEvent.setup();
    const { t } = renderApp(fakeServices(), lang, theme, "template");
    const insert = await screen.findByRole("region", { name: t("insert.heading") });
    const select = within(insert).getByRole("combobox", {
      name: t("roadmap.programme"),
    }) as HTMLSelectElement;
    await waitIdle();
    await user.selectOptions(select, "it-cube");
    await user.click(within(insert).getByRole("button", { name: t("insert.toFromSheet") }));
    const heading = screen.getByRole("heading", { name: t("fromSheet.heading") });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const fromSheet = screen.getByRole("region", { name: t("fromSheet.heading") });
    const programme = within(fromSheet).getByRole("combobox", {
      name: t("roadmap.programme"),
    }) as HTMLSelectElement;
    expect(programme.value).toBe("it-cube");
  });
});
