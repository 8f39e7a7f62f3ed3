// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Finding } from "../../src/core/report";
import { FindingGroups, PAGE_SIZE, WHOLE_LIST } from "../../src/taskpane/components/Findings";
import { TextProvider } from "../../src/taskpane/context";
import { translator } from "../../src/taskpane/i18n";
import { finding } from "./fakes";

afterEach(cleanup);

/** `n` findings as a big sheet gives them: mostly overdue rows, some non-working days, a few name variants. */
function many(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    finding({
      code: i % 10 === 0 ? "non-working-day" : i % 97 === 0 ? "responsible-name-variant" : "overdue",
      severity: i % 10 === 0 ? "warning" : i % 97 === 0 ? "info" : "error",
      address: `E${i + 4}`,
      marksCell: true,
      rowIndex: i,
      expected: { ru: "до 01.06.2024", en: "by 01.06.2024" },
      actual: "01.07.2024",
      rule: { source: "Форма 2023–2024", confidence: "reconstructed" },
    }),
  );
}

function show(findings: Finding[], onSelect = vi.fn()) {
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <TextProvider value={{ lang: "ru", t: translator("ru") }}>
        <FindingGroups findings={findings} onSelect={onSelect} />
      </TextProvider>
    </FluentProvider>,
  );
  const root = utils.container.querySelector("[data-findings]")!;
  return { ...utils, root, onSelect };
}

const t = translator("ru");

describe("findings list: paged when long", () => {
  it("10,000 findings render under 300 DOM nodes: the first group open, one page of it", () => {
    const all = many(10_000);
    const n = all.filter((f) => f.code === "overdue").length;
    const { root } = show(all);
    const nodes = root.querySelectorAll("*").length + 1;
    expect(nodes).toBeLessThan(300);
    expect(root.querySelectorAll("li[data-finding-code]").length).toBe(PAGE_SIZE);
    expect(root.querySelectorAll("details[open]").length).toBe(1);
    // Every group is still there, with its full count in its header.
    expect(root.querySelectorAll("details").length).toBe(3);
    expect(screen.getByText(t("findings.group", { label: t("code.overdue"), n }))).toBeTruthy();
    expect(screen.getByText(t("findings.range", { from: 1, to: PAGE_SIZE, n }))).toBeTruthy();
  });

  it("a short list is shown whole, every group open, without pages", () => {
    const { root } = show(many(WHOLE_LIST));
    expect(root.querySelectorAll("li[data-finding-code]").length).toBe(WHOLE_LIST);
    expect(root.querySelectorAll("details:not([open])").length).toBe(0);
    expect(root.querySelector("nav")).toBeNull();
  });

  it("by keyboard: the pager pages forward and back, keeps focus at the ends, and a finding still jumps to its cell", async () => {
    const user = userEvent.setup();
    const { root, onSelect } = show(many(25 * 10));
    const nav = screen.getByRole("navigation", { name: t("findings.pages", { label: t("code.overdue") }) });
    const next = within(nav).getByRole("button", { name: t("findings.next") });
    const prev = within(nav).getByRole("button", { name: t("findings.prev") });
    expect(prev.getAttribute("aria-disabled")).toBe("true");
    next.focus();
    await user.keyboard("{Enter}");
    const overdue = many(250).filter((f) => f.code === "overdue");
    const firstShown = () => root.querySelector("li[data-finding-code]")!.getAttribute("data-address");
    expect(firstShown()).toBe(overdue[PAGE_SIZE]!.address);
    const pages = Math.ceil(overdue.length / PAGE_SIZE);
    for (let i = 1; i < pages + 2; i++) await user.keyboard("{Enter}");
    // The last page: «Следующие» is disabled but keeps the focus.
    expect(next.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(next);
    expect(firstShown()).toBe(overdue[(pages - 1) * PAGE_SIZE]!.address);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(prev);
    await user.keyboard("{Enter}");
    expect(firstShown()).toBe(overdue[(pages - 2) * PAGE_SIZE]!.address);
    const jump = root.querySelector("li[data-finding-code] > button") as HTMLButtonElement;
    jump.focus();
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith(
      overdue[(pages - 2) * PAGE_SIZE]!.sheet,
      overdue[(pages - 2) * PAGE_SIZE]!.address,
    );
  });

  it("a closed group renders no findings; opening it renders its first page", async () => {
    const user = userEvent.setup();
    const { root } = show(many(1_000));
    const warnings = root.querySelector("details[data-group=non-working-day]")!;
    expect(warnings.querySelectorAll("li").length).toBe(0);
    await user.click(warnings.querySelector("summary")!);
    expect(warnings.querySelectorAll("li").length).toBe(PAGE_SIZE);
  });
});
