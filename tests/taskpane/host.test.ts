// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  hostLang,
  hostTheme,
  langFromDisplayLanguage,
  luminance,
  onHostThemeChange,
  themeFromOffice,
  whenOfficeReady,
} from "../../src/excel/host";

const g = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  delete g.Office;
  vi.restoreAllMocks();
});

function mockMedia(dark: boolean) {
  const listeners: (() => void)[] = [];
  const mq = {
    matches: dark,
    addEventListener: (_: string, cb: () => void) => listeners.push(cb),
    removeEventListener: () => {},
  };
  vi.spyOn(window, "matchMedia").mockImplementation(() => mq as unknown as MediaQueryList);
  return { mq, fire: () => listeners.forEach((l) => l()) };
}

describe("display language", () => {
  it("is Russian by default and English only for an English display language", () => {
    expect(langFromDisplayLanguage("en-US")).toBe("en");
    expect(langFromDisplayLanguage("EN-gb")).toBe("en");
    expect(langFromDisplayLanguage("ru-RU")).toBe("ru");
    expect(langFromDisplayLanguage("de-DE")).toBe("ru");
    expect(langFromDisplayLanguage(null)).toBe("ru");
  });

  it("reads Office.context.displayLanguage, and survives Office being absent", () => {
    expect(hostLang()).toBe("ru");
    g.Office = { context: { displayLanguage: "en-US" } };
    expect(hostLang()).toBe("en");
    g.Office = { context: undefined };
    expect(hostLang()).toBe("ru");
  });
});

describe("theme", () => {
  it("computes luminance of hex colours", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 5);
    expect(luminance("#000")).toBeCloseTo(0, 5);
    expect(luminance("not a colour")).toBeNull();
  });

  it("takes dark/light from Office's theme: isDarkTheme first, then the body background", () => {
    expect(themeFromOffice({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe("dark");
    expect(themeFromOffice({ bodyBackgroundColor: "#262626" })).toBe("dark"); // Excel's Black theme
    expect(themeFromOffice({ bodyBackgroundColor: "#6A6A6A" })).toBe("dark"); // Dark Gray
    expect(themeFromOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(themeFromOffice({ bodyBackgroundColor: "#E6E6E6" })).toBe("light"); // Colorful/White
    expect(themeFromOffice(undefined)).toBeNull();
    expect(themeFromOffice({})).toBeNull();
  });

  it("falls back to prefers-color-scheme when Office has no theme (Excel on the web)", () => {
    mockMedia(true);
    expect(hostTheme()).toBe("dark");
    g.Office = { context: { officeTheme: undefined } };
    expect(hostTheme()).toBe("dark");
    g.Office = { context: { officeTheme: { bodyBackgroundColor: "#ffffff" } } };
    expect(hostTheme()).toBe("light");
  });

  it("is light when neither Office nor the media query says dark", () => {
    mockMedia(false);
    expect(hostTheme()).toBe("light");
  });

  it("reports a change of the media query, and of Office's theme when the pane regains focus", () => {
    const media = mockMedia(false);
    const seen: string[] = [];
    const stop = onHostThemeChange((t) => seen.push(t));
    media.mq.matches = true;
    media.fire();
    expect(seen).toEqual(["dark"]);
    g.Office = { context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" } } };
    window.dispatchEvent(new Event("focus"));
    expect(seen).toEqual(["dark", "light"]);
    window.dispatchEvent(new Event("focus"));
    expect(seen).toEqual(["dark", "light"]);
    stop();
    g.Office = { context: { officeTheme: { bodyBackgroundColor: "#000000" } } };
    window.dispatchEvent(new Event("focus"));
    expect(seen).toEqual(["dark", "light"]);
  });
});

describe("whenOfficeReady", () => {
  it("resolves with no host when office.js is not loaded", async () => {
    await expect(whenOfficeReady()).resolves.toEqual({ host: null, platform: null });
  });

  it("passes through the host Office reports", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) };
    await expect(whenOfficeReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
  });

  it("does not hang when onReady never resolves", async () => {
    g.Office = { onReady: () => new Promise(() => {}) };
    await expect(whenOfficeReady(20)).resolves.toEqual({ host: null, platform: null });
  });
});
