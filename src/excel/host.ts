/**
 * The pane's view of its host: display language, theme and readiness. Every access is guarded, because the
 * same bundle runs in Excel, in a plain browser (office.js loaded outside Office, or not loaded at all) and in tests.
 */

export type HostLang = "ru" | "en";
export type HostTheme = "light" | "dark";

export interface HostInfo {
  /** null outside an Office client (office.js resolves onReady with host null there). */
  host: string | null;
  platform: string | null;
}

function officeGlobal(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/** Resolves when office.js is ready; resolves at once with nulls when office.js is missing (CDN unreachable). */
export function whenOfficeReady(timeoutMs = 10_000): Promise<HostInfo> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") return Promise.resolve({ host: null, platform: null });
  return new Promise((resolve) => {
    // A hung onReady must not leave a blank pane: after the timeout the pane starts and reports the host as absent.
    const timer = setTimeout(() => resolve({ host: null, platform: null }), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve({
          host: info?.host ? String(info.host) : null,
          platform: info?.platform ? String(info.platform) : null,
        });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ host: null, platform: null });
      });
  });
}

/** The raw display language ("ru-RU", "en-US"), or null when Office does not say. */
export function displayLanguage(): string | null {
  const ctx = officeGlobal()?.context;
  const lang = ctx?.displayLanguage;
  return typeof lang === "string" && lang ? lang : null;
}

/** Russian by default; English only when Office's display language is English. */
export function langFromDisplayLanguage(display: string | null): HostLang {
  return display && display.toLowerCase().startsWith("en") ? "en" : "ru";
}

export function hostLang(): HostLang {
  return langFromDisplayLanguage(displayLanguage());
}

/** Relative luminance of a #RRGGBB / #RGB colour, 0..1; null when it cannot be read. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  let h = m[1]!;
  if (h.length === 3) h = [...h].map((c) => c + c).join("");
  const channel = (i: number) => {
    const v = parseInt(h.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Dark or light from Office's theme; null when Office gives no usable theme (Excel on the web: office-js#6134). */
export function themeFromOffice(theme: OfficeThemeLike | null | undefined): HostTheme | null {
  if (!theme) return null;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  if (typeof theme.bodyBackgroundColor === "string") {
    const l = luminance(theme.bodyBackgroundColor);
    if (l !== null) return l < 0.4 ? "dark" : "light";
  }
  return null;
}

function officeTheme(): OfficeThemeLike | null {
  try {
    const t = officeGlobal()?.context?.officeTheme as OfficeThemeLike | undefined;
    return t ?? null;
  } catch {
    // Some hosts throw on officeTheme outside a document; the media query decides then.
    return null;
  }
}

function mediaDark(): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)")
    : null;
}

/** Office's theme first, then prefers-color-scheme, then light. */
export function hostTheme(): HostTheme {
  return themeFromOffice(officeTheme()) ?? (mediaDark()?.matches ? "dark" : "light");
}

/**
 * Calls back when the theme may have changed. Excel raises no theme event for task panes (office-js#713), so the
 * Office theme is re-read when the pane regains focus or visibility; the media query has its own change event.
 */
export function onHostThemeChange(callback: (theme: HostTheme) => void): () => void {
  if (typeof window === "undefined") return () => {};
  let last = hostTheme();
  const check = () => {
    const now = hostTheme();
    if (now !== last) {
      last = now;
      callback(now);
    }
  };
  const mq = mediaDark();
  mq?.addEventListener?.("change", check);
  window.addEventListener("focus", check);
  document.addEventListener("visibilitychange", check);
  return () => {
    mq?.removeEventListener?.("change", check);
    window.removeEventListener("focus", check);
    document.removeEventListener("visibilitychange", check);
  };
}
