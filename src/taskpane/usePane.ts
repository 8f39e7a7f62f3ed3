import { useCallback, useEffect, useRef, useState } from "react";
import type { Bilingual, Lang } from "../core/lang";
import type { RoadmapReport } from "../core/report";
import { todayIso } from "./hooks";
import type {
  AddinServices,
  CheckOutcome,
  EditionSummary,
  PaneSettings,
  RoadmapChoice,
  SheetReading,
  TemplateFromSheetResult,
  TemplateMeta,
  Timeline,
  UserError,
} from "./services";

export type BusyKind = "read" | "check" | "clear" | "insert" | "parse" | "save" | "sheets";

export type Notice =
  | { kind: "cleared" }
  | { kind: "inserted"; sheet: string }
  | { kind: "saved" }
  | { kind: "templateUsed"; title: string };

export type TabId = "check" | "timeline" | "template" | "settings";

export const DEFAULT_SETTINGS: PaneSettings = { checkDate: null, disabled: [] };

/** All the pane's state and the actions on it; every service call goes through `run` so no error is lost. */
export function usePane(services: AddinServices, lang: Lang, initialTab: TabId = "check") {
  const [tab, setTab] = useState<TabId>(initialTab);
  const [reading, setReading] = useState<SheetReading | null>(null);
  const [editions, setEditions] = useState<EditionSummary[]>([]);
  const [choices, setChoices] = useState<Record<string, RoadmapChoice>>({});
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [timelines, setTimelines] = useState<Record<string, Timeline | null | "pending">>({});
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [parsed, setParsed] = useState<(TemplateFromSheetResult & { sheet: string }) | null>(null);
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [busy, setBusy] = useState<BusyKind | null>(null);
  /** False until the first load (settings, editions, active sheet) has finished, with or without an error. */
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<UserError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [hostNotices, setHostNotices] = useState<Bilingual[]>([]);
  const busyRef = useRef<BusyKind | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async <T>(kind: BusyKind, fn: () => Promise<T>): Promise<T | undefined> => {
      // One operation at a time: Excel commands must not interleave.
      if (busyRef.current) return undefined;
      busyRef.current = kind;
      setBusy(kind);
      setError(null);
      setNotice(null);
      setHostNotices([]);
      try {
        return await fn();
      } catch (e) {
        if (mounted.current) setError(services.toUserError(e));
        return undefined;
      } finally {
        busyRef.current = null;
        const drained = services.drainNotices?.() ?? [];
        if (mounted.current) {
          setBusy(null);
          // The same caveat (e.g. an older Excel) may be reported by several calls of one step: shown once.
          if (drained.length > 0)
            setHostNotices(drained.filter((n, i) => drained.findIndex((m) => m.ru === n.ru) === i));
        }
      }
    },
    [services],
  );

  const checkDate = settings.checkDate ?? todayIso();

  const reread = useCallback(
    () =>
      run("read", async () => {
        const r = await services.readSheet();
        setReading(r);
        setChoices({});
      }),
    [run, services],
  );

  // On open: settings, editions and the active sheet, in that order inside one busy step.
  useEffect(() => {
    void run("read", async () => {
      const [stored, eds] = await Promise.all([services.loadSettings(), services.listEditions()]);
      if (stored) setSettings(stored);
      setEditions(eds);
      setReading(await services.readSheet());
    }).finally(() => {
      if (mounted.current) setReady(true);
    });
  }, [run, services]);

  const applyOutcome = useCallback((o: CheckOutcome) => {
    setOutcome(o);
    setTimelines({});
    setReading((prev) => {
      // The sheet may have changed since the last reading: the user's choices only hold for the same sheet.
      if (!prev || prev.sheetName !== o.reading.sheetName) setChoices({});
      return o.reading;
    });
  }, []);

  const check = useCallback(
    () =>
      run("check", async () => {
        const o = await services.check({
          sheet: reading?.sheetName,
          checkDate,
          disabled: settings.disabled,
          overrides: choices,
          lang,
        });
        applyOutcome(o);
      }),
    [run, services, reading, checkDate, settings.disabled, choices, lang, applyOutcome],
  );

  const clear = useCallback(
    () =>
      run("clear", async () => {
        await services.clearMarks();
        setOutcome(null);
        setTimelines({});
        setNotice({ kind: "cleared" });
      }),
    [run, services],
  );

  const select = useCallback(
    (sheet: string, address: string) => run("read", () => services.selectCell(sheet, address)),
    [run, services],
  );

  const setChoice = useCallback((roadmapId: string, patch: RoadmapChoice) => {
    setChoices((prev) => ({ ...prev, [roadmapId]: { ...prev[roadmapId], ...patch } }));
  }, []);

  const insert = useCallback(
    (editionId: string, year: number, responsible: string[]) =>
      run("insert", async () => {
        const sheet = await services.insertTemplate({ editionId, year, lang, responsible });
        const o = await services.check({
          sheet,
          checkDate,
          disabled: settings.disabled,
          overrides: {},
          lang,
        });
        applyOutcome(o);
        setChoices({});
        setNotice({ kind: "inserted", sheet });
        setTab("check");
        return sheet;
      }),
    [run, services, lang, checkDate, settings.disabled, applyOutcome],
  );

  const loadSheets = useCallback(
    () =>
      run("sheets", async () => {
        setSheets(await services.listSheets());
      }),
    [run, services],
  );

  const parseTemplate = useCallback(
    (sheet: string, meta: TemplateMeta) =>
      run("parse", async () => {
        const result = await services.templateFromSheet(sheet, meta);
        setParsed({ ...result, sheet });
        if (result.ok) {
          setEditions((prev) => [...prev.filter((e) => e.id !== result.edition.id), result.edition]);
        }
        return result;
      }),
    [run, services],
  );

  /** Selects a sheet-made edition for every detected roadmap of its programme. */
  const chooseEdition = useCallback(
    (edition: EditionSummary) => {
      setChoices((prev) => {
        const next = { ...prev };
        for (const r of reading?.roadmaps ?? []) {
          const programme = prev[r.id]?.programme ?? r.programme;
          if (programme === edition.programme) next[r.id] = { ...prev[r.id], editionId: edition.id };
        }
        return next;
      });
      setNotice({ kind: "templateUsed", title: edition.title[lang] });
      setTab("check");
    },
    [reading, lang],
  );

  const saveSettings = useCallback(
    (next: PaneSettings) =>
      run("save", async () => {
        await services.saveSettings(next);
        setSettings(next);
        setNotice({ kind: "saved" });
      }),
    [run, services],
  );

  const loadTimeline = useCallback(
    (report: RoadmapReport) =>
      run("read", async () => {
        // Marked before the call so that a failure (shown in the error bar) is not retried in a loop.
        setTimelines((prev) => ({ ...prev, [report.roadmapId]: "pending" }));
        const tl = await services.timeline(report);
        setTimelines((prev) => ({ ...prev, [report.roadmapId]: tl }));
      }),
    [run, services],
  );

  return {
    tab,
    setTab,
    ready,
    reading,
    editions,
    choices,
    outcome,
    timelines,
    sheets,
    parsed,
    settings,
    checkDate,
    busy,
    error,
    notice,
    hostNotices,
    reread,
    check,
    clear,
    select,
    setChoice,
    insert,
    loadSheets,
    parseTemplate,
    chooseEdition,
    saveSettings,
    loadTimeline,
    suggestEdition: services.suggestEdition,
    dismissError: () => setError(null),
    dismissNotice: () => setNotice(null),
  };
}

export type PaneModel = ReturnType<typeof usePane>;
