import {
  FluentProvider,
  Select,
  Text,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import ExcelJS from "exceljs";
import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/lang";
import { whenOfficeReady, type HostTheme } from "../excel/host";
import { createSimulatedOffice, installSimulatedOffice, type SimulatedOffice } from "../sim";
import { HostedApp } from "../taskpane/mount";
import { createOfficeServices } from "../taskpane/officeServices";
import type { AddinServices } from "../taskpane/services";
import { SheetGrid } from "./SheetGrid";
import { harnessText } from "./strings";

/**
 * The development harness (`npm run demo`, and the browser tests): the real task pane, with its real services,
 * beside a simulated Excel (src/sim over exceljs) loaded with a bundled workbook. Not part of the production build.
 */

// The grid re-renders only when its book's version moves, and the pane never because the grid did (a bump after
// each service call re-rendered the whole pane in the verdict's task before).
const Grid = memo(SheetGrid);
const Pane = memo(HostedApp);

interface DemoWorkbook {
  file: string;
  name: string;
  group: "examples" | "fixtures";
}
declare const __DEMO_WORKBOOKS__: DemoWorkbook[];

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh" },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    ...shorthands.borderBottom("1px", "solid", tokens.colorNeutralStroke2),
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  book: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  tabs: {
    display: "flex",
    gap: "2px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    backgroundColor: "#e8e8e8",
    ...shorthands.borderTop("1px", "solid", "#c8c8c8"),
    overflowX: "auto",
    flexShrink: 0,
  },
  tab: {
    ...shorthands.borderStyle("none"),
    backgroundColor: "transparent",
    padding: "4px 12px",
    fontSize: "12px",
    cursor: "pointer",
    color: "#333",
    ...createFocusOutlineStyle(),
  },
  activeTab: { backgroundColor: "#ffffff", color: "#217346", fontWeight: 600 },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    ...shorthands.borderLeft("1px", "solid", tokens.colorNeutralStroke1),
  },
  status: { padding: tokens.spacingVerticalL },
});

function params() {
  const q = new URLSearchParams(window.location.search);
  const lang: Lang = q.get("lang") === "en" ? "en" : "ru";
  const theme = q.get("theme");
  return {
    lang,
    theme: theme === "dark" || theme === "light" ? (theme as HostTheme) : undefined,
    wb: q.get("wb"),
    // `?worker=off` runs the core on the main thread, as without Worker support (the browser tests compare).
    worker: q.get("worker") !== "off",
    // `?api=1.20` simulates an Excel with that ExcelApi set (Ctrl+Z grouping needs 1.20); the simulator's default else.
    api: /^1\.\d{1,2}$/.test(q.get("api") ?? "") ? q.get("api")! : undefined,
  };
}

/** Calls `after` once each service call settles, so the drawn grid follows the workbook. */
function observed(services: AddinServices, after: () => void): AddinServices {
  const out = { ...services } as Record<string, unknown>;
  for (const [key, fn] of Object.entries(services)) {
    if (typeof fn !== "function" || key === "toUserError" || key === "drainNotices") continue;
    out[key] = async (...args: unknown[]) => {
      try {
        return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
      } finally {
        after();
      }
    };
  }
  return out as unknown as AddinServices;
}

interface Loaded {
  file: string;
  sim: SimulatedOffice;
  services: AddinServices;
}

/** The workbook `file` loaded into a fresh simulated Excel, with the pane's services observed by `bump`. */
function useWorkbook(file: string, lang: Lang, bump: () => void, worker: boolean, api: string | undefined) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    setFailure(null);
    (async () => {
      const response = await fetch(`workbooks/${file}`);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sim = createSimulatedOffice(workbook, {
        platform: "OfficeOnline",
        apiVersion: api,
        displayLanguage: lang === "en" ? "en-US" : "ru-RU",
        // Excel works outside the pane's thread: here its work runs in short slices, so the page never freezes.
        sliceMs: 10,
      });
      if (!live) return;
      installSimulatedOffice(sim, window);
      // The browser tests stand in for the planner typing in a cell (sim.userRun), which the grid cannot do.
      (window as { __sim?: SimulatedOffice }).__sim = sim;
      setLoaded({ file, sim, services: observed(createOfficeServices({ worker }), bump) });
    })().catch((e: unknown) => {
      if (live) setFailure(e instanceof Error ? e.message : String(e));
    });
    return () => {
      live = false;
    };
  }, [file, lang, bump, worker, api]);
  return { loaded, failure };
}

/** The bundled workbooks by group, plus `file` itself when it is not one of them. */
function WorkbookSelect({
  id,
  file,
  lang,
  onChange,
}: {
  id: string;
  file: string;
  lang: Lang;
  onChange: (file: string) => void;
}) {
  const groups = useMemo(
    () =>
      (["examples", "fixtures"] as const).map((g) => ({
        group: g,
        items: __DEMO_WORKBOOKS__.filter((w) => w.group === g),
      })),
    [],
  );

  return (
    <Select id={id} value={file} onChange={(_, d) => onChange(d.value)} data-testid="workbook">
      {!__DEMO_WORKBOOKS__.some((w) => w.file === file) && <option value={file}>{file}</option>}
      {groups.map((g) => (
        <optgroup key={g.group} label={harnessText(lang, g.group)}>
          {g.items.map((w) => (
            <option key={w.file} value={w.file}>
              {w.name}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}

function Harness({
  lang,
  theme,
  initial,
  worker,
  api,
}: {
  lang: Lang;
  theme?: HostTheme;
  initial: string;
  worker: boolean;
  api?: string;
}) {
  const styles = useStyles();
  const selectId = useId();
  const [file, setFile] = useState(initial);
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const { loaded, failure } = useWorkbook(file, lang, bump, worker, api);
  // Excel draws its grid outside the pane's thread: here the redraw is a deferred render, done in React's short
  // slices after the pane's own update, not in the same task as the verdict.
  const drawn = useDeferredValue(version);

  const activate = async (name: string) => {
    if (!loaded) return;
    // What a click on a sheet tab does in Excel (the planner's action, not the add-in's).
    await loaded.sim.userRun(async (ctx) => {
      const context = ctx as unknown as Excel.RequestContext;
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
    bump();
  };

  const book = loaded?.sim.book;
  const visible = book ? book.list().filter((s) => s.visibility === "Visible") : [];
  const active = book ? book.activeSheet().name : null;

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <div className={styles.bar}>
        <Text weight="semibold">{harnessText(lang, "title")}</Text>
        <label htmlFor={selectId}>{harnessText(lang, "workbook")}</label>
        <WorkbookSelect id={selectId} file={file} lang={lang} onChange={setFile} />
      </div>
      <div className={styles.main}>
        <section
          className={styles.book}
          aria-label={harnessText(lang, "workbook")}
          data-loaded={loaded?.file ?? ""}
        >
          {failure && (
            <div className={styles.status} role="alert">
              {harnessText(lang, "loadFailed")}: {failure}
            </div>
          )}
          {!failure && !book && <div className={styles.status}>{harnessText(lang, "loading")}</div>}
          {book && <Grid book={book} lang={lang} version={drawn} />}
          {book && (
            <div className={styles.tabs} role="toolbar" aria-label={harnessText(lang, "sheets")}>
              {visible.map((s) => (
                <button
                  key={s.id}
                  type="button"
                  className={mergeClasses(styles.tab, s.name === active && styles.activeTab)}
                  aria-pressed={s.name === active}
                  data-sheet-tab={s.name}
                  onClick={() => void activate(s.name)}
                >
                  {s.name}
                </button>
              ))}
            </div>
          )}
        </section>
        <aside className={styles.pane} aria-label={harnessText(lang, "pane")} data-testid="pane">
          {loaded && <Pane key={loaded.file} services={loaded.services} lang={lang} theme={theme} />}
        </aside>
      </div>
    </FluentProvider>
  );
}

const element = document.getElementById("root");
if (element) {
  const { lang, theme, wb, worker, api } = params();
  // A bundled workbook, or any other .xlsx the server has under workbooks/ (the browser tests add their own).
  const listed = __DEMO_WORKBOOKS__.find((w) => w.file === wb);
  const initial =
    listed?.file ??
    (wb && !wb.includes("..") && /^[\w-]+(\/[\w.-]+)*\.xlsx$/.test(wb) ? wb : __DEMO_WORKBOOKS__[0]?.file);
  // office.js first (as in Excel), then the simulated Excel replaces what it cannot provide outside Office.
  void whenOfficeReady().then(() => {
    createRoot(element).render(
      <Harness lang={lang} theme={theme} initial={initial ?? ""} worker={worker} api={api} />,
    );
  });
}
