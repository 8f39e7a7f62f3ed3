import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { Finding, RoadmapReport } from "../../core/report";
import { useText } from "../context";
import { formatMoment } from "../i18n";
import { useFindingListStyles } from "./findingListStyles";

/** Accepted deviations in the pane: the form that accepts a finding, and the report's accepted and stale ones. */

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalXS} 0 0 ${tokens.spacingHorizontalXXL}`,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  open: { alignSelf: "flex-start", marginLeft: tokens.spacingHorizontalXXL },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export type AcceptFinding = (finding: Finding, reason: string, by: string) => void;

/** «Принять отклонение»: a button that opens a small form asking for the reason (required) and the name. */
export function AcceptForm({
  finding,
  by,
  onAccept,
}: {
  finding: Finding;
  by: string;
  onAccept: AcceptFinding;
}) {
  const { t } = useText();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [name, setName] = useState(by);
  const [missing, setMissing] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const formId = useId();
  useEffect(() => {
    if (open) reasonRef.current?.focus();
  }, [open]);

  if (!open)
    return (
      <Button
        ref={openRef}
        size="small"
        appearance="subtle"
        className={styles.open}
        aria-expanded={false}
        aria-controls={formId}
        data-accept-open={finding.code}
        onClick={() => {
          // The name remembered since this button was drawn (another finding accepted meanwhile), unless one was typed.
          setName((typed) => typed || by);
          setOpen(true);
        }}
      >
        {t("accept.action")}
      </Button>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === "") {
      setMissing(true);
      reasonRef.current?.focus();
      return;
    }
    onAccept(finding, reason.trim(), name.trim());
    setOpen(false);
  };
  const cancel = () => {
    setOpen(false);
    setMissing(false);
  };
  return (
    <form
      id={formId}
      className={styles.form}
      onSubmit={submit}
      // The form says why in the planner's language, not the browser's native bubble.
      noValidate
      aria-label={t("accept.title")}
      data-accept-form={finding.code}
      onKeyDown={(e) => e.key === "Escape" && cancel()}
    >
      <Field
        label={t("accept.reason")}
        required
        hint={t("accept.reasonHint")}
        validationState={missing ? "error" : "none"}
        validationMessage={missing ? t("accept.reasonMissing") : undefined}
      >
        <Textarea
          ref={reasonRef}
          value={reason}
          onChange={(_, d) => {
            setReason(d.value);
            if (d.value.trim() !== "") setMissing(false);
          }}
          data-accept-reason
        />
      </Field>
      <Field label={t("accept.name")}>
        <Input value={name} onChange={(_, d) => setName(d.value)} data-accept-name />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" data-accept-save>
          {t("accept.save")}
        </Button>
        <Button type="button" size="small" onClick={cancel}>
          {t("accept.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** One accepted deviation: what was accepted, why, who and when, and «Отменить». */
function AcceptanceItem({
  text,
  reason,
  who,
  onUndo,
  data,
}: {
  text: string;
  reason: string;
  who: string;
  onUndo: () => void;
  /** The finding code, as data-accepted or data-stale. */
  data: { "data-accepted": string } | { "data-stale": string };
}) {
  const { t } = useText();
  const styles = useStyles();
  const list = useFindingListStyles();
  return (
    <li className={list.item} {...data}>
      <Text>{text}</Text>
      <Text>{t("accepted.reason", { reason })}</Text>
      <Text className={styles.meta}>{who}</Text>
      <Button size="small" appearance="subtle" onClick={onUndo} data-accepted-undo>
        {t("accepted.undo")}
      </Button>
    </li>
  );
}

/** A titled, open disclosure of acceptances (the list is its only content after the title). */
function AcceptanceGroup({
  title,
  data,
  children,
}: {
  title: string;
  data: { "data-accepted-group": true } | { "data-stale-group": true };
  children: ReactNode;
}) {
  const styles = useStyles();
  const list = useFindingListStyles();
  return (
    <details open className={styles.group} {...data}>
      <summary>
        <Text weight="semibold">{title}</Text>
      </summary>
      <ul className={list.list}>{children}</ul>
    </details>
  );
}

/** The report's accepted deviations (reason, who, when, «Отменить») and the stale ones, each in its own group. */
export function AcceptedList({ report, onUndo }: { report: RoadmapReport; onUndo: (key: string) => void }) {
  const { t, lang } = useText();
  const accepted = report.accepted ?? [];
  const stale = report.staleAcceptances ?? [];
  const who = (a: { by: string; at: string }) =>
    t("accepted.who", { by: a.by || "—", time: formatMoment(a.at, lang) });
  return (
    <>
      {accepted.length > 0 && (
        <AcceptanceGroup
          title={t("accepted.group", { n: accepted.length })}
          data={{ "data-accepted-group": true }}
        >
          {accepted.map((a) => (
            <AcceptanceItem
              key={a.key}
              text={a.finding.message[lang]}
              reason={a.reason}
              who={who(a)}
              onUndo={() => onUndo(a.key)}
              data={{ "data-accepted": a.finding.code }}
            />
          ))}
        </AcceptanceGroup>
      )}
      {stale.length > 0 && (
        <AcceptanceGroup title={t("accepted.stale", { n: stale.length })} data={{ "data-stale-group": true }}>
          {stale.map((a) => (
            <AcceptanceItem
              key={a.key}
              text={a.labels?.[lang] ?? a.label}
              reason={a.reason}
              who={who(a)}
              onUndo={() => onUndo(a.key)}
              data={{ "data-stale": a.code }}
            />
          ))}
        </AcceptanceGroup>
      )}
    </>
  );
}
