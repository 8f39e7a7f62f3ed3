import { FluentProvider, ProgressBar, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useId, useMemo } from "react";
import type { Lang } from "../core/lang";
import type { HostTheme } from "../excel/host";
import { CheckView } from "./components/CheckView";
import { PaneTabs } from "./components/PaneTabs";
import { StatusArea } from "./components/StatusArea";
import { TextProvider } from "./context";
import { translator, warmDateFormats } from "./i18n";
import type { AddinServices } from "./services";
import { fluentTheme } from "./theme";
import { usePane, type TabId } from "./usePane";

// The views behind the other tabs load on first use: the first bundle carries only what the pane shows on open.
const TimelineView = lazy(() =>
  import(/* webpackChunkName: "views" */ "./components/TimelineView").then((m) => ({
    default: m.TimelineView,
  })),
);
const TemplateView = lazy(() =>
  import(/* webpackChunkName: "views" */ "./components/TemplateView").then((m) => ({
    default: m.TemplateView,
  })),
);
const SettingsView = lazy(() =>
  import(/* webpackChunkName: "views" */ "./components/SettingsView").then((m) => ({
    default: m.SettingsView,
  })),
);

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // A native select is as wide as its longest option (edition titles are long): keep them inside the pane.
    "& .fui-Field, & .fui-Select": { minWidth: 0, maxWidth: "100%" },
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const TABS: TabId[] = ["check", "timeline", "template", "settings"];

export interface AppProps {
  services: AddinServices;
  lang: Lang;
  theme: HostTheme;
  initialTab?: TabId;
}

/** The task pane. Everything it does to the workbook goes through `services`. */
export function App({ services, lang, theme, initialTab = "check" }: AppProps) {
  const styles = useStyles();
  const text = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const { t } = text;
  const pane = usePane(services, lang, initialTab);
  const { tab, setTab } = pane;
  const baseId = useId();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("app.title");
  }, [lang, t]);

  // The verdict's «checked at» would otherwise build its date formatter (~30 ms cold) inside the verdict's render.
  const ready = pane.ready;
  useEffect(() => {
    if (!ready) return;
    const id = setTimeout(() => warmDateFormats(lang), 0);
    return () => clearTimeout(id);
  }, [ready, lang]);

  // Measured by the load-time bench: the first paint of the real pane, not of the loading shell.
  useEffect(() => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function") {
      performance.mark("pane-rendered");
    }
  }, []);

  return (
    <FluentProvider
      theme={fluentTheme(theme)}
      className={styles.root}
      data-theme={theme}
      lang={lang}
      // Loading or working: assistive technology (and the tests) can wait for the pane to settle.
      aria-busy={!pane.ready || pane.busy !== null || pane.drawing}
    >
      <TextProvider value={text}>
        <header className={styles.header}>
          <Title3 as="h1">{t("app.title")}</Title3>
        </header>
        <StatusArea
          busy={pane.busy ?? (pane.drawing ? "check" : null)}
          hostNotices={pane.hostNotices}
          error={pane.error}
          notice={pane.notice}
          onDismissError={pane.dismissError}
          onDismissNotice={pane.dismissNotice}
          onRemoveInserted={services.removeInsertedSheet ? pane.removeInserted : undefined}
          onCancel={pane.cancel}
        />
        <PaneTabs
          tabs={TABS.map((id) => ({ id, label: t(`tabs.${id}`) }))}
          selected={tab}
          onSelect={setTab}
          label={t("tabs.label")}
          idBase={baseId}
        />
        <div role="tabpanel" id={`${baseId}-panel-${tab}`} aria-labelledby={`${baseId}-tab-${tab}`}>
          {tab === "check" && <CheckView pane={pane} />}
          <Suspense fallback={<ProgressBar aria-label={t("app.loading")} />}>
            {tab === "timeline" && <TimelineView pane={pane} />}
            {/* Their forms start from the loaded settings and sheet, so they wait for the first load. */}
            {tab === "template" &&
              (pane.ready ? <TemplateView pane={pane} /> : <ProgressBar aria-label={t("app.loading")} />)}
            {tab === "settings" &&
              (pane.ready ? <SettingsView pane={pane} /> : <ProgressBar aria-label={t("app.loading")} />)}
          </Suspense>
        </div>
      </TextProvider>
    </FluentProvider>
  );
}
