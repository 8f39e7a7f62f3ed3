import { configure, render, screen, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import type { Lang } from "../../src/core/lang";
import type { HostTheme } from "../../src/excel/host";
import { App } from "../../src/taskpane/App";
import { translate, type MessageKey, type Params } from "../../src/taskpane/i18n";
import type { AddinServices } from "../../src/taskpane/services";
import type { TabId } from "../../src/taskpane/usePane";

// happy-dom implements element.animate() but rejects `finished` when Fluent cancels a motion (unhandled AbortError);
// without it Fluent's motion takes its test-environment path (microsoft/fluentui#31701).
for (const proto of [globalThis.Element?.prototype, globalThis.HTMLElement?.prototype]) {
  if (proto && "animate" in proto) delete (proto as { animate?: unknown }).animate;
}

// findBy*/waitFor give up after 1 s by default; on a loaded 2-core CI machine a Fluent render can take longer.
configure({ asyncUtilTimeout: 10_000 });

export const COMBOS: [Lang, HostTheme][] = [
  ["ru", "light"],
  ["ru", "dark"],
  ["en", "light"],
  ["en", "dark"],
];

export function renderApp(services: AddinServices, lang: Lang, theme: HostTheme, initialTab?: TabId) {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const utils = render(<App services={services} lang={lang} theme={theme} initialTab={initialTab} />);
  return { ...utils, t };
}

/** The CSS custom properties FluentProvider put in the document for its theme. */
export function themeCss(): string {
  const parts: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) parts.push(rule.cssText);
    } catch {
      // cross-origin sheets cannot be read; none exist in happy-dom
    }
  }
  for (const el of Array.from(document.querySelectorAll("style"))) parts.push(el.textContent ?? "");
  return parts.join("\n");
}

/** Until the pane has finished loading and no operation runs (its root's aria-busy). */
export async function waitIdle() {
  await waitFor(() => expect(document.querySelector("[aria-busy=false]")).not.toBeNull());
}

export async function waitForRoadmaps(name: string) {
  return screen.findByRole("heading", { name, level: 3 });
}
