import { FluentProvider, ProgressBar, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { Lang } from "../core/lang";
import { hostLang, hostTheme, onHostThemeChange, type HostTheme } from "../excel/host";
import { App } from "./App";
import { translate } from "./i18n";
import type { AddinServices } from "./services";
import { fluentTheme } from "./theme";

export interface HostOptions {
  /** Fixed language; by default Office's display language decides. */
  lang?: Lang;
  /** Fixed theme; by default Office's theme (then the media query) decides, and changes are followed. */
  theme?: HostTheme;
}

/** The App in the host's language and theme, following theme changes. */
export function HostedApp({ services, lang, theme }: { services: AddinServices } & HostOptions) {
  const [hostThemeNow, setHostTheme] = useState<HostTheme>(() => theme ?? hostTheme());
  useEffect(() => {
    if (theme) return;
    return onHostThemeChange(setHostTheme);
  }, [theme]);
  return <App services={services} lang={lang ?? hostLang()} theme={theme ?? hostThemeNow} />;
}

/** The shell shown while office.js starts: tiny, so the pane paints at once. */
export function LoadingShell({ lang, theme }: { lang: Lang; theme: HostTheme }) {
  // Measured by the load-time bench: the first paint of anything at all.
  useEffect(() => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function")
      performance.mark("pane-shell");
  }, []);
  return (
    <FluentProvider theme={fluentTheme(theme)} style={{ minHeight: "100vh", padding: "48px 16px 0" }}>
      <Text block align="center">
        {translate(lang, "app.loading")}
      </Text>
      <ProgressBar aria-label={translate(lang, "app.loading")} />
    </FluentProvider>
  );
}

export function createPaneRoot(element: HTMLElement): Root {
  return createRoot(element);
}

export function renderPane(root: Root, services: AddinServices, options: HostOptions = {}): void {
  root.render(<HostedApp services={services} {...options} />);
}
