// @vitest-environment happy-dom
// «Столбцы» on a roadmap card: each column's role and why, the planner's correction, checked at once, and its reset.
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ColumnRole } from "../../src/core/reader/types";
import { createSimulatedOffice, installSimulatedOffice } from "../../src/sim";
import { createOfficeServices } from "../../src/taskpane/officeServices";
import type { SheetReading } from "../../src/taskpane/services";
import { OUTCOME, READING, fakeServices } from "./fakes";
import { renderApp, waitIdle } from "./helpers";

let uninstall: (() => void) | null = null;
afterEach(() => {
  cleanup();
  uninstall?.();
  uninstall = null;
});

const role = (column: string, r: ColumnRole["role"], header: string): ColumnRole => ({
  column,
  role: r,
  header,
  reason: { ru: `заголовок «${header}»: роль ${r}`, en: `header «${header}»: role ${r}` },
});

const ID = "Дорожная карта 2027!A7";
const TABLE: SheetReading = {
  ...READING,
  roadmaps: [
    {
      ...READING.roadmaps[1]!,
      id: ID,
      layout: "table",
      tableRange: "A7:E17",
      columns: [
        role("A", "number", "№"),
        role("B", "measure", "Мероприятие"),
        role("C", "deadline", "Срок исполнения"),
        role("E", "result", "Результат"),
      ],
    },
  ],
};

const card = () => document.querySelector<HTMLElement>(`[data-roadmap-id="${ID}"]`)!;

async function openColumns(user: ReturnType<typeof userEvent.setup>) {
  const details = await waitFor(() => {
    const d = card()?.querySelector<HTMLDetailsElement>("[data-column-roles]");
    expect(d).toBeTruthy();
    return d!;
  });
  if (!details.open) await user.click(details.querySelector("summary")!);
  return details;
}

describe.each(["ru", "en"] as const)("«Столбцы» on the roadmap card (%s)", (lang) => {
  it("shows every column of the table with its role and why; a correction is checked at once and reset", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ reading: TABLE, outcome: { ...OUTCOME, reading: TABLE } });
    const { t } = renderApp(services, lang, "light");
    await waitIdle();
    const details = await openColumns(user);
    expect(details.querySelector("summary")!.textContent).toBe(t("columns.summary", { n: 5 }));
    const c = within(details).getByRole("combobox", {
      name: t("columns.label", { column: "C", header: "Срок исполнения" }),
    }) as HTMLSelectElement;
    expect(c.value).toBe("deadline");
    expect(details.textContent).toContain(TABLE.roadmaps[0]!.columns![2]!.reason[lang]);
    // D has no role: listed as not used, with no header to name.
    const d = within(details).getByRole("combobox", {
      name: t("columns.labelNoHeader", { column: "D" }),
    }) as HTMLSelectElement;
    expect(d.value).toBe("");
    expect(details.textContent).toContain(t("columns.unused"));
    // The measure column can be moved, not dropped.
    const b = within(details).getByRole("combobox", {
      name: t("columns.label", { column: "B", header: "Мероприятие" }),
    });
    expect(within(b).queryByRole("option", { name: t("columns.field.none") })).toBeNull();

    await user.selectOptions(c, "");
    await waitFor(() => expect(services.check).toHaveBeenCalledTimes(1));
    expect(services.check.mock.calls[0]![0].overrides).toEqual({
      [ID]: {
        columns: { deadline: null },
        columnChoices: { C: { field: null, was: "deadline", header: "Срок исполнения" } },
      },
    });
    await waitIdle();
    await openColumns(user);
    expect(details.querySelector("summary")!.textContent).toBe(t("columns.summarySet", { n: 5, set: 1 }));
    expect(within(details).getByText(t("columns.setByYou"))).toBeTruthy();
    const reset = within(details).getByRole("button", { name: t("columns.resetLabel", { column: "C" }) });
    // The accessible name holds the visible text.
    expect(reset.getAttribute("aria-label")).toContain(reset.textContent);

    await user.click(reset);
    await waitFor(() => expect(services.check).toHaveBeenCalledTimes(2));
    expect(services.check.mock.calls[1]![0].overrides).toEqual({ [ID]: {} });
    await waitIdle();
    expect(within(details).queryByText(t("columns.setByYou"))).toBeNull();
  });
});

describe.each(["ru", "en"] as const)("the plan's responsible named once (%s)", (lang) => {
  it("«Столбцы» says which line names the whole plan's responsible, and only when the sheet has one", async () => {
    const user = userEvent.setup();
    const planResponsible = {
      text: "Ответственный: заместитель директора по УВР Лапина О.Н.",
      address: "A3",
    };
    const withLine: SheetReading = { ...TABLE, roadmaps: [{ ...TABLE.roadmaps[0]!, planResponsible }] };
    const services = fakeServices({ reading: withLine, outcome: { ...OUTCOME, reading: withLine } });
    const { t } = renderApp(services, lang, "light");
    await waitIdle();
    const details = await openColumns(user);
    expect(details.textContent).toContain(t("columns.planResponsible", planResponsible));
    cleanup();
    const without = fakeServices({ reading: TABLE, outcome: { ...OUTCOME, reading: TABLE } });
    renderApp(without, lang, "light");
    await waitIdle();
    const again = await openColumns(user);
    expect(again.textContent).not.toContain(planResponsible.text);
  });
});

describe("«Столбцы» of a date × programme matrix", () => {
  it("lists its two columns with why, without pickers (core does not re-map a matrix)", async () => {
    const user = userEvent.setup();
    const matrix: SheetReading = {
      ...READING,
      roadmaps: [
        {
          ...READING.roadmaps[0]!,
          columns: [role("A", "deadline", "Дата"), role("B", "measure", "Кванториум")],
        },
      ],
    };
    const { t } = renderApp(fakeServices({ reading: matrix }), "ru", "light");
    await waitIdle();
    const details = document.querySelector<HTMLDetailsElement>("[data-column-roles]")!;
    await user.click(details.querySelector("summary")!);
    expect(details.textContent).toContain(t("columns.matrix"));
    expect(details.textContent).toContain(
      t("columns.line", {
        column: "A",
        role: t("columns.field.deadline"),
        reason: matrix.roadmaps[0]!.columns![0]!.reason.ru,
      }),
    );
    expect(within(details).queryByRole("combobox")).toBeNull();
  });

  it("says which line names the plan's responsible, as a table's card does", async () => {
    const user = userEvent.setup();
    const planResponsible = {
      text: "Ответственный исполнитель по всем мероприятиям — министерство",
      address: "A6",
    };
    const matrix: SheetReading = {
      ...READING,
      roadmaps: [
        {
          ...READING.roadmaps[0]!,
          columns: [role("A", "deadline", "Дата"), role("B", "measure", "Кванториум")],
          planResponsible,
        },
      ],
    };
    const { t } = renderApp(fakeServices({ reading: matrix }), "ru", "light");
    await waitIdle();
    const details = document.querySelector<HTMLDetailsElement>("[data-column-roles]")!;
    await user.click(details.querySelector("summary")!);
    expect(details.textContent).toContain(t("columns.planResponsible", planResponsible));
  });
});

describe("«Столбцы» over the simulated Excel: the real reader, override and checks", () => {
  it("the 2027 draft: dropping the deadline column changes the findings, «Сбросить» brings them back", async () => {
    const user = userEvent.setup();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(process.cwd(), "examples", "tochka-rosta-2027-draft.xlsx"));
    uninstall = installSimulatedOffice(createSimulatedOffice(wb, { apiVersion: "1.18" }));
    const { t } = renderApp(createOfficeServices({ worker: false }), "ru", "light");
    const check = await screen.findByRole("button", { name: t("actions.check") }, { timeout: 20_000 });
    await waitFor(() => expect((check as HTMLButtonElement).disabled).toBe(false), { timeout: 20_000 });
    const details = await waitFor(() => {
      const d = document.querySelector<HTMLDetailsElement>("[data-column-roles]");
      expect(d).toBeTruthy();
      return d!;
    });
    await user.click(details.querySelector("summary")!);
    const c = () =>
      within(details).getByRole("combobox", {
        name: t("columns.label", { column: "C", header: "Срок исполнения" }),
      }) as HTMLSelectElement;
    expect(c().value).toBe("deadline");
    const groups = () =>
      [...document.querySelectorAll("[data-group]")].map((g) => g.getAttribute("data-group"));

    await user.click(check);
    await waitFor(() => expect(groups()).toContain("late-vs-template"), { timeout: 20_000 });
    expect(groups()).not.toContain("deadline-missing");

    await user.selectOptions(c(), "");
    await waitFor(() => expect(groups()).toContain("deadline-missing"), { timeout: 20_000 });
    expect(groups()).not.toContain("late-vs-template");
    expect(c().value).toBe("");
    expect(details.textContent).toContain(t("columns.setByYou"));

    await user.click(within(details).getByRole("button", { name: t("columns.resetLabel", { column: "C" }) }));
    await waitFor(() => expect(groups()).toContain("late-vs-template"), { timeout: 20_000 });
    expect(groups()).not.toContain("deadline-missing");
    expect(c().value).toBe("deadline");
    expect(details.textContent).not.toContain(t("columns.setByYou"));
  }, 60_000);
});
