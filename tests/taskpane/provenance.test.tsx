// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { diffEditions, getEdition, listEditions, templateHash } from "../../src/core";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import type { EditionSummary } from "../../src/taskpane/services";
import { fakeServices } from "./fakes";
import { COMBOS, renderApp, waitForRoadmaps } from "./helpers";

afterEach(cleanup);

describe.each(COMBOS)("which form judged the sheet (%s, %s)", (lang, theme) => {
  it("each checked roadmap names its edition id, generation and template hash", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    const kv = screen.getByRole("region", {
      name: t("findings.heading", { title: PROGRAMME_NAMES.kvantorium[lang] }),
    });
    expect(
      within(kv).getByText(
        lang === "ru"
          ? "Шаблон kvantorium-2024, поколение 2024 года, хэш данных шаблона 5eed0f1c2a3b"
          : "Template kvantorium-2024, 2024 generation, template data hash 5eed0f1c2a3b",
      ),
    ).toBeTruthy();
    const tochka = screen.getByRole("region", {
      name: t("findings.heading", { title: PROGRAMME_NAMES["tochka-rosta"][lang] }),
    });
    expect(tochka.querySelector("[data-template-hash]")!.getAttribute("data-template-hash")).toBe(
      "70c4a2024aaa",
    );
  });
});

/** The fake services with the real core behind the editions and the comparison (what officeServices does). */
function servicesWithDiff() {
  const services = fakeServices();
  const editions: EditionSummary[] = listEditions().map((e) => ({
    id: e.id,
    programme: e.programme,
    title: e.title,
    confidence: e.confidence,
    generation: e.generation,
    templateHash: e.templateHash,
  }));
  services.listEditions.mockImplementation(async () => editions);
  const diffEditionsFn = vi.fn(async (fromId: string, toId: string) =>
    diffEditions(getEdition(fromId)!, getEdition(toId)!),
  );
  return Object.assign(services, { diffEditions: diffEditionsFn });
}

/** The section is drawn before the editions arrive (listEditions is async): wait for them, or a loaded machine races. */
async function editionsListed(section: HTMLElement, fromLabel: string): Promise<void> {
  await waitFor(() => {
    const from = within(section).getByRole("combobox", { name: fromLabel }) as HTMLSelectElement;
    expect(from.options.length).toBeGreaterThan(0);
  });
}

describe.each(COMBOS)("«Шаблон» tab: what changed between editions (%s, %s)", (lang, theme) => {
  it("compares the two Точка роста generations: added, removed, renamed and moved, with sources", async () => {
    const user = userEvent.setup();
    const services = servicesWithDiff();
    const { t } = renderApp(services, lang, theme, "template");
    const section = await screen.findByRole("region", { name: t("diff.heading") });
    await editionsListed(section, t("diff.from"));
    await user.selectOptions(
      within(section).getByRole("combobox", { name: t("roadmap.programme") }),
      "tochka-rosta",
    );
    // The two latest generations are preselected, older first (once the pane has settled on the programme).
    const select = (name: string) => within(section).getByRole("combobox", { name }) as HTMLSelectElement;
    await waitFor(() =>
      expect([select(t("diff.from")).value, select(t("diff.to")).value]).toEqual([
        "tochka-rosta-2021",
        "tochka-rosta-2024",
      ]),
    );
    await user.click(within(section).getByRole("button", { name: t("diff.compare") }));
    expect(services.diffEditions).toHaveBeenCalledWith("tochka-rosta-2021", "tochka-rosta-2024");

    const result = await waitFor(() => section.querySelector<HTMLElement>("[data-diff-result]")!);
    const h = (id: string) => templateHash(getEdition(id)!);
    expect(
      within(result).getByText(
        t("diff.result", {
          from: `tochka-rosta-2021 (${t("diff.hash", { hash: h("tochka-rosta-2021") })})`,
          to: `tochka-rosta-2024 (${t("diff.hash", { hash: h("tochka-rosta-2024") })})`,
        }),
      ),
    ).toBeTruthy();
    const group = (kind: string) => result.querySelector<HTMLElement>(`[data-diff-group="${kind}"]`)!;
    const itemIds = (kind: string) =>
      Array.from(group(kind).querySelectorAll("li")).map((li) => li.getAttribute("data-item-id"));
    expect(within(group("added")).getByRole("heading", { name: t("diff.added", { n: 5 }) })).toBeTruthy();
    expect(itemIds("added")).toEqual([
      "approve-roadmap",
      "design-zoning",
      "info-reference",
      "acceptance-register",
      "complex-plan",
    ]);
    expect(itemIds("removed")).toEqual(["subsidy-agreement"]);
    expect(itemIds("renamed")).toEqual([
      "approve-official",
      "photo-monitoring",
      "indicator-monitoring",
      "professional-development",
    ]);
    expect(itemIds("moved")).toHaveLength(8);
    // The removed subsidy agreement says where it came from.
    const removed = group("removed").querySelector("li")!;
    expect(removed.textContent).toContain("1074-р");
    // The premises check became photo-monitoring: paired by wording, and said so.
    const photo = group("renamed").querySelector<HTMLElement>('[data-item-id="photo-monitoring"]')!;
    expect(photo.getAttribute("data-from-id")).toBe("site-monitoring");
    expect(photo.textContent).toContain(
      lang === "ru" ? "«Фотомониторинг площадок»" : "«Photo-monitoring of sites»",
    );
    expect(photo.textContent).toMatch(lang === "ru" ? /сходству формулировок/ : /similar wording/);
    const start = group("moved").querySelector<HTMLElement>('[data-item-id="start"]')!;
    expect(start.textContent).toContain(
      lang === "ru"
        ? "1 сентября года получения субсидии → не позднее 15 сентября года получения субсидии"
        : "1 September of the subsidy year → by 15 September of the subsidy year",
    );
    expect(within(result).getByText(t("diff.unchanged", { n: 1 }))).toBeTruthy();
  });

  it("one edition only, or the same one twice: nothing to compare", async () => {
    const user = userEvent.setup();
    const services = servicesWithDiff();
    const { t } = renderApp(services, lang, theme, "template");
    const section = await screen.findByRole("region", { name: t("diff.heading") });
    await editionsListed(section, t("diff.from"));
    const button = () =>
      within(section).getByRole("button", { name: t("diff.compare") }) as HTMLButtonElement;
    await user.selectOptions(within(section).getByRole("combobox", { name: t("roadmap.programme") }), "cos");
    expect(within(section).getByText(t("diff.needTwo"))).toBeTruthy();
    expect(button().disabled).toBe(true);
    await user.selectOptions(
      within(section).getByRole("combobox", { name: t("roadmap.programme") }),
      "kvantorium",
    );
    await user.selectOptions(
      within(section).getByRole("combobox", { name: t("diff.to") }),
      "kvantorium-2021",
    );
    expect(within(section).getByText(t("diff.same"))).toBeTruthy();
    expect(button().disabled).toBe(true);
    expect(services.diffEditions).not.toHaveBeenCalled();
  });

  it("is left out when the services cannot compare", async () => {
    const { t } = renderApp(fakeServices(), lang, theme, "template");
    await screen.findByRole("region", { name: t("insert.heading") });
    expect(screen.queryByRole("region", { name: t("diff.heading") })).toBeNull();
  });
});
