import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, DocumentAddRegular, EraserRegular, PlayRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState } from "react";
import type { Severity } from "../../core/report";
import { useText } from "../context";
import type { PaneModel } from "../usePane";
import { RoadmapCard } from "./RoadmapCard";
import { ReportSection, SeverityFilters, Summary } from "./Results";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    position: "sticky",
    top: 0,
    zIndex: 1,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  listSummary: { cursor: "pointer", marginBottom: tokens.spacingVerticalS },
  listTitle: { display: "inline" },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** The check, clear and re-read buttons, kept in view while the pane scrolls. */
function CheckActions({ pane }: { pane: PaneModel }) {
  const { t } = useText();
  const styles = useStyles();
  const busy = pane.busy !== null;
  const reading = pane.reading;
  return (
    <div className={styles.actions} role="toolbar" aria-label={t("actions.label")}>
      <Button
        appearance="primary"
        icon={<PlayRegular />}
        disabled={busy || !reading || reading.roadmaps.length === 0}
        onClick={() => void pane.check()}
      >
        {t("actions.check")}
      </Button>
      <Button icon={<EraserRegular />} disabled={busy} onClick={() => void pane.clear()}>
        {t("actions.clear")}
      </Button>
      <Button icon={<ArrowClockwiseRegular />} disabled={busy} onClick={() => void pane.reread()}>
        {t("sheet.reread")}
      </Button>
    </div>
  );
}

/** The roadmaps found on the sheet, a card each with its pickers; folded away once a result is shown. */
function RoadmapList({
  pane,
  years,
  open,
  onOpenChange,
}: {
  pane: PaneModel;
  years: number[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const listHeading = useId();
  const busy = pane.busy !== null;
  const reading = pane.reading;
  return (
    <details
      open={open}
      onToggle={(e) => onOpenChange((e.currentTarget as HTMLDetailsElement).open)}
      data-roadmap-list
    >
      <summary className={styles.listSummary}>
        <Subtitle2 as="h2" id={listHeading} className={styles.listTitle}>
          {t("roadmaps.heading")}
        </Subtitle2>
      </summary>
      <section aria-labelledby={listHeading} className={styles.list}>
        {reading && (
          <Text size={200} className={styles.meta}>
            {reading.roadmaps.length > 0
              ? t("roadmaps.count", { sheet: reading.sheetName, n: reading.roadmaps.length })
              : t("sheet.current", { sheet: reading.sheetName })}
          </Text>
        )}
        {reading && reading.roadmaps.length === 0 && (
          <MessageBar intent="info" layout="multiline" data-empty-sheet={reading.empty ?? false}>
            <MessageBarBody>
              {reading.empty
                ? t("sheet.empty", { sheet: reading.sheetName })
                : (reading.reason?.[lang] ?? t("roadmaps.none"))}
            </MessageBarBody>
            {reading.empty && (
              <MessageBarActions>
                <Button icon={<DocumentAddRegular />} onClick={() => pane.setTab("template")}>
                  {t("actions.insert")}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        {reading?.roadmaps.map((r) => (
          <RoadmapCard
            key={`${reading.sheetName}|${r.id}`}
            roadmap={r}
            choice={pane.choices[r.id]}
            editions={pane.editions}
            years={years}
            disabled={busy}
            onChange={(patch) => pane.setChoice(r.id, patch)}
            onColumn={(change) => pane.setColumn(r.id, change)}
          />
        ))}
      </section>
    </details>
  );
}

/** The main view: the actions, the verdict of the last check, the roadmaps found (with pickers), the findings. */
export function CheckView({ pane }: { pane: PaneModel }) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [listOpen, setListOpen] = useState(true);
  const summaryRef = useRef<HTMLElement>(null);
  const reading = pane.reading;
  const outcome = pane.outcome;
  // Roadmaps are approved for the coming year; earlier years stay pickable for checking old plans.
  const checkYear = Number(pane.checkDate.slice(0, 4));
  const years = Array.from({ length: checkYear + 3 - 2019 }, (_, i) => 2019 + i);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of outcome?.reports ?? []) {
    counts.error += r.counts.error;
    counts.warning += r.counts.warning;
    counts.info += r.counts.info;
  }

  // A new result: fold the pickers away and bring the verdict to the reader (and to the screen reader's focus).
  useEffect(() => {
    if (!outcome) {
      setListOpen(true);
      return;
    }
    setListOpen(false);
    summaryRef.current?.focus();
  }, [outcome]);

  return (
    <div className={styles.view}>
      <CheckActions pane={pane} />

      {outcome && (
        <Summary
          ref={summaryRef}
          outcome={outcome}
          checkDate={outcome.reports[0]?.checkDate ?? pane.checkDate}
          checkedAt={pane.checkedAt}
          stale={pane.stale}
          activeSheet={reading && reading.sheetName !== outcome.reading.sheetName ? reading.sheetName : null}
        />
      )}

      <RoadmapList pane={pane} years={years} open={listOpen} onOpenChange={setListOpen} />

      {outcome && (
        <>
          {outcome.reports.length > 0 && (
            <SeverityFilters
              counts={counts}
              shown={shown}
              onToggle={(s) => setShown((prev) => ({ ...prev, [s]: !prev[s] }))}
            />
          )}
          {outcome.reports.map((r) => (
            <ReportSection
              key={r.roadmapId}
              report={r}
              shown={shown}
              onSelect={(sheet, address) => void pane.select(sheet, address)}
              acceptance={{
                by: pane.acceptedBy,
                onAccept: (id, f, reason, by) => void pane.accept(id, f, reason, by),
                onUndo: (key) => void pane.unaccept(key),
              }}
            />
          ))}
        </>
      )}
    </div>
  );
}
