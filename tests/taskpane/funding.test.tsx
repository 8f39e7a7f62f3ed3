// @vitest-environment happy-dom
// The check view's funding picker and the honest edition names for 2025 and later.
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { FIRST_YEAR_WITHOUT_FORMS } from "../../src/core/checks";
import { FUNDING_BASES } from "../../src/core/funding";
import { getEdition } from "../../src/core/templates/library";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import {
  FIRST_YEAR_WITHOUT_FORMS as PANE_FIRST_YEAR,
  FUNDING_CHOICES,
} from "../../src/taskpane/components/RoadmapCard";
import type { EditionSummary, SheetReading } from "../../src/taskpane/services";
import { EDITIONS, READING, SHEET, fakeServices } from "./fakes";
import { renderApp, waitForRoadmaps } from "./helpers";

afterEach(cleanup);

const KV = `${SHEET}!A20#B`;
const COS = `${SHEET}!A20#D`;

/** The fake editions with their generations, ЦОС historical as the built-in one is. */
const editions: EditionSummary[] = EDITIONS.map((e) => ({
  ...e,
  generation: Number(e.id.slice(-4)),
  historical: e.id === "cos-2024" ? getEdition("cos-2024")!.historical : null,
}));

/** The seed-000 matrix dated 2027; the Kvantorium column's title names the regional budget. */
const reading: SheetReading = {
  ...READING,
  roadmaps: READING.roadmaps.map((r) => ({
    ...r,
    year: 2027,
    yearEvidence: ["на 2027 год"],
    funding:
      r.id === KV
        ? { basis: "regional" as const, words: "областного бюджета", address: "A3" }
        : { basis: "unknown" as const, words: null, address: null },
  })),
};

function card(id: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-roadmap-id="${id}"]`)!;
}

describe.each(["ru", "en"] as const)("funding and editions in the check view (%s)", (lang) => {
  it("names the latest known generation, says no federal form for 2027 was received, marks ЦОС historical", async () => {
    const services = fakeServices({ reading });
    services.listEditions.mockResolvedValue(editions);
    const { t } = renderApp(services, lang, "light");
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    const kv = card(KV);
    const edition = within(kv).getByRole("combobox", { name: t("roadmap.edition") }) as HTMLSelectElement;
    const kvTitle = editions[0]!.title[lang];
    expect(edition.selectedOptions[0]!.textContent).toBe(
      t("roadmap.editionAutoNamed", {
        title: t("roadmap.latestKnown", { title: kvTitle, generation: 2024 }),
      }),
    );
    // The older generation is listed as it is, without «latest known».
    expect(within(edition).getByRole("option", { name: editions[1]!.title[lang] })).toBeTruthy();
    expect(kv.textContent).toContain(t("roadmap.noFederalForm", { generation: 2024, year: 2027 }));

    const cos = card(COS);
    expect(cos.textContent).toContain(
      t("roadmap.historicalEdition", { title: editions.find((e) => e.id === "cos-2024")!.title[lang] }),
    );
    expect(cos.textContent).toContain(getEdition("cos-2024")!.historical![lang]);
  });

  it("shows the sheet's basis and why, and sends the planner's choice with the check, kept after it", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ reading });
    services.listEditions.mockResolvedValue(editions);
    const { t } = renderApp(services, lang, "light");
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    const funding = () =>
      within(card(KV)).getByRole("combobox", { name: t("roadmap.funding") }) as HTMLSelectElement;
    expect(funding().value).toBe("");
    expect(funding().selectedOptions[0]!.textContent).toBe(
      t("roadmap.fundingAuto", { basis: t("funding.regional") }),
    );
    expect(card(KV).textContent).toContain(
      t("roadmap.fundingEvidence", { address: "A3", words: "областного бюджета" }),
    );
    // The ЦОС column names no budget: everything is checked, and the card says so.
    expect(card(COS).textContent).toContain(t("roadmap.fundingUnknown"));

    await user.selectOptions(funding(), "federal");
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    expect(services.check.mock.calls[0]![0].overrides).toEqual({ [KV]: { funding: "federal" } });
    // Remembered for the session: the next check sends it again, and the picker still shows it.
    expect(funding().value).toBe("federal");
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    expect(services.check.mock.calls[1]![0].overrides).toEqual({ [KV]: { funding: "federal" } });

    // Back to «from the sheet»: no basis is forced.
    await user.selectOptions(funding(), "");
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    expect(services.check.mock.calls[2]![0].overrides[KV]!.funding).toBeUndefined();
  });
});

describe("the pane's copies of core constants", () => {
  it("match core (the pane's first bundle takes only types from core/funding and core/checks)", () => {
    expect([...FUNDING_CHOICES]).toEqual([...FUNDING_BASES]);
    expect(PANE_FIRST_YEAR).toBe(FIRST_YEAR_WITHOUT_FORMS);
  });
});
