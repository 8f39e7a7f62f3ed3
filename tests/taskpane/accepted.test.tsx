// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import type { CheckOutcome } from "../../src/taskpane/services";
import { KVANT_FINDINGS, KVANT_REPORT, OUTCOME, fakeServices } from "./fakes";
import { COMBOS, renderApp, waitForRoadmaps } from "./helpers";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const AT = "2026-11-21T09:30:00.000Z";

/** The outcome after the Kvantorium «missing-item» error was accepted, with one stale acceptance. */
function acceptedOutcome(): CheckOutcome {
  const [missing, ...rest] = KVANT_FINDINGS;
  const errors = rest.filter((f) => f.severity === "error").length;
  const kv = {
    ...KVANT_REPORT,
    findings: rest,
    counts: { ...KVANT_REPORT.counts, error: errors },
    verdict: errors > 0 ? ("has-errors" as const) : ("ready" as const),
    accepted: [
      { finding: missing!, key: "k-missing", reason: "Письмо оператора № 12", by: "Иванова", at: AT },
    ],
    staleAcceptances: [
      {
        key: "k-old",
        code: "overdue",
        label: "Срок прошёл",
        labels: { ru: "Срок прошёл", en: "The deadline has passed" },
        reason: "Перенос",
        by: "Петров",
        at: AT,
      },
    ],
  };
  return { ...OUTCOME, reports: OUTCOME.reports.map((r) => (r.roadmapId === kv.roadmapId ? kv : r)) };
}

describe.each(COMBOS)("accepting a deviation (%s, %s)", (lang, theme) => {
  it("asks for a reason (required) and a name, re-checks with it, remembers the name", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });

    const item = document.querySelector<HTMLElement>('[data-finding-code="missing-item"]')!;
    await user.click(within(item).getByRole("button", { name: t("accept.action") }));
    const form = within(item).getByRole("form", { name: t("accept.title") });
    // The reason field has the focus: the keyboard goes straight on.
    const reason = within(form).getByRole("textbox", {
      name: new RegExp(t("accept.reason").replace(/[()]/g, ".")),
    });
    expect(document.activeElement).toBe(reason);
    // No reason: not accepted, and the field says why.
    await user.click(within(form).getByRole("button", { name: t("accept.save") }));
    expect(within(form).getByText(t("accept.reasonMissing"))).toBeTruthy();
    expect(services.check).toHaveBeenCalledTimes(1);

    await user.type(reason, "Письмо оператора № 12");
    await user.type(within(form).getByRole("textbox", { name: t("accept.name") }), "Иванова");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(services.check).toHaveBeenCalledTimes(2));
    expect(services.check.mock.calls[1]![0]).toMatchObject({
      accept: {
        add: [
          { roadmapId: KVANT_REPORT.roadmapId, finding: KVANT_FINDINGS[0], reason: "Письмо оператора № 12" },
        ],
      },
      by: "Иванова",
    });
    expect(localStorage.getItem("roadmapChecker.acceptedBy")).toBe("Иванова");
  });

  it("shows accepted and stale ones with their reasons, counts them in the verdict, and «Отменить» withdraws", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ outcome: acceptedOutcome() });
    const { t } = renderApp(services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByText(t("accepted.group", { n: 1 }));
    expect(document.querySelector("[data-accepted-total]")!.textContent).toBe(
      t("accepted.inVerdict", { n: 1 }),
    );
    const accepted = document.querySelector<HTMLElement>('[data-accepted="missing-item"]')!;
    expect(
      within(accepted).getByText(t("accepted.reason", { reason: "Письмо оператора № 12" })),
    ).toBeTruthy();
    expect(accepted.textContent).toContain("Иванова");
    const stale = document.querySelector<HTMLElement>('[data-stale="overdue"]')!;
    expect(screen.getByText(t("accepted.stale", { n: 1 }))).toBeTruthy();
    expect(stale.textContent).toContain("Перенос");
    // What was accepted, in the pane's language.
    expect(within(stale).getByText(lang === "ru" ? "Срок прошёл" : "The deadline has passed")).toBeTruthy();

    await user.click(within(accepted).getByRole("button", { name: t("accepted.undo") }));
    await waitFor(() => expect(services.check).toHaveBeenCalledTimes(2));
    expect(services.check.mock.calls[1]![0]).toMatchObject({ accept: { remove: ["k-missing"] } });
  });
});

describe("the name typed with an acceptance", () => {
  it("is offered again: on the next finding, and in a pane opened later", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const first = renderApp(services, "ru", "light");
    const { t } = first;
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium.ru);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    const formOf = async (code: string) => {
      const item = document.querySelector<HTMLElement>(`[data-finding-code="${code}"]`)!;
      await user.click(within(item).getByRole("button", { name: t("accept.action") }));
      return within(item).getByRole("form", { name: t("accept.title") });
    };
    const nameIn = (form: HTMLElement) =>
      within(form).getByRole<HTMLInputElement>("textbox", { name: t("accept.name") });

    const form = await formOf("missing-item");
    expect(nameIn(form).value).toBe("");
    await user.type(within(form).getByRole("textbox", { name: /Причина/ }), "Письмо оператора № 12");
    await user.type(nameIn(form), "Иванова");
    await user.click(within(form).getByRole("button", { name: t("accept.save") }));
    await waitFor(() => expect(services.check).toHaveBeenCalledTimes(2));
    // The fake re-check returns the same findings: the next one's form already has the name.
    expect(nameIn(await formOf("overdue")).value).toBe("Иванова");

    // The pane is closed and opened again (another session of the same Office origin).
    cleanup();
    renderApp(fakeServices(), "ru", "light");
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium.ru);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    expect(nameIn(await formOf("late-vs-template")).value).toBe("Иванова");
  });
});
