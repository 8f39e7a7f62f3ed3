// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PROGRAMME_NAMES } from "../../src/core/programmes";
import { EMPTY_READING, SHEET, fakeServices } from "./fakes";
import { COMBOS, renderApp, waitForRoadmaps } from "./helpers";

afterEach(cleanup);

/** Fake services with workbook events the test fires by hand. */
function withEvents(fallback = false) {
  const base = fakeServices();
  let activated: ((sheet: string) => void) | null = null;
  const changed = new Map<string, (address: string) => void>();
  const stopped: string[] = [];
  const services = {
    ...base,
    activeSheetName: vi.fn(async () => EMPTY_READING.sheetName),
    followActiveSheet: vi.fn(async (cb: (sheet: string) => void) => {
      if (fallback) return null;
      activated = cb;
      return async () => void stopped.push("activated");
    }),
    watchSheet: vi.fn(async (sheet: string, cb: (address: string) => void) => {
      changed.set(sheet, cb);
      return async () => {
        changed.delete(sheet);
        stopped.push(sheet);
      };
    }),
  };
  return {
    services,
    stopped,
    activate: (sheet: string) => act(() => activated!(sheet)),
    change: (sheet: string, address: string) => act(() => changed.get(sheet)?.(address)),
    watched: () => [...changed.keys()],
  };
}

describe.each(COMBOS)("the verdict is tied to its sheet (%s, %s)", (lang, theme) => {
  it("names the sheet and the time of the check, and goes stale when the planner edits that sheet", async () => {
    const user = userEvent.setup();
    const ev = withEvents();
    const { t } = renderApp(ev.services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });

    const summary = document.querySelector<HTMLElement>("[data-verdict]")!;
    const about = summary.querySelector("[data-checked-about]")!.textContent!;
    expect(about).toContain(SHEET);
    expect(about).toMatch(/\d{1,2}:\d{2}/);
    expect(summary.getAttribute("data-stale")).toBe("false");
    await waitFor(() => expect(ev.watched()).toEqual([SHEET]));

    ev.change(SHEET, "C7");
    await waitFor(() => expect(summary.getAttribute("data-stale")).toBe("true"));
    expect(screen.getByText(t("summary.stale", { sheet: SHEET }))).toBeTruthy();

    // Checking again makes the verdict current.
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await waitFor(() =>
      expect(document.querySelector("[data-verdict]")!.getAttribute("data-stale")).toBe("false"),
    );
    expect(screen.queryByText(t("summary.stale", { sheet: SHEET }))).toBeNull();
  });

  it("follows the active sheet: the next «Check» reads the sheet now open, and the old verdict says whose it is", async () => {
    const user = userEvent.setup();
    const ev = withEvents();
    const { t } = renderApp(ev.services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await screen.findByRole("heading", { name: t("verdict.has-errors"), level: 2 });
    await waitFor(() => expect(ev.services.followActiveSheet).toHaveBeenCalledTimes(1));

    // The sheet already shown (e.g. the pane's own jump to a cell) is not read again.
    ev.activate(SHEET);
    expect(ev.services.readSheet).toHaveBeenCalledTimes(1);
    ev.services.readSheet.mockResolvedValueOnce(EMPTY_READING);
    ev.activate(EMPTY_READING.sheetName);
    await screen.findByText(t("summary.otherSheet", { sheet: SHEET, active: EMPTY_READING.sheetName }));
    expect(ev.services.readSheet).toHaveBeenCalledTimes(2);
    expect(ev.services.readSheet.mock.calls[1]).toEqual([]);
  });

  it("below ExcelApi 1.7 (no events) it looks at the active sheet when the pane gets focus, and reads a new one", async () => {
    const ev = withEvents(true);
    renderApp(ev.services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await waitFor(() => expect(ev.services.followActiveSheet).toHaveBeenCalledTimes(1));
    expect(ev.services.readSheet).toHaveBeenCalledTimes(1);
    ev.services.readSheet.mockResolvedValue(EMPTY_READING);
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
    });
    await waitFor(() => expect(ev.services.readSheet).toHaveBeenCalledTimes(2));
    expect(ev.services.activeSheetName).toHaveBeenCalledTimes(1);
    // Focus again on the sheet now shown: nothing to read.
    await screen.findByText(EMPTY_READING.reason![lang]);
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
    });
    await waitFor(() => expect(ev.services.activeSheetName).toHaveBeenCalledTimes(2));
    expect(ev.services.readSheet).toHaveBeenCalledTimes(2);
  });

  it("stops its watches when the pane closes", async () => {
    const user = userEvent.setup();
    const ev = withEvents();
    const { t, unmount } = renderApp(ev.services, lang, theme);
    await waitForRoadmaps(PROGRAMME_NAMES.kvantorium[lang]);
    await user.click(screen.getByRole("button", { name: t("actions.check") }));
    await waitFor(() => expect(ev.watched()).toEqual([SHEET]));
    unmount();
    await waitFor(() => expect(ev.stopped.sort()).toEqual([SHEET, "activated"].sort()));
  });
});
