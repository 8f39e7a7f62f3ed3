import {
  Button,
  Text,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import type { Finding, FindingCode, Severity } from "../../core/report";
import { FINDING_CODES, SEVERITY_ORDER } from "../../core/codes";
import { useText } from "../context";
import { AcceptForm, type AcceptFinding } from "./Accepted";
import { useFindingListStyles } from "./findingListStyles";

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: {
    "& > ul": { marginTop: tokens.spacingVerticalXS },
    "&[open] > summary::before": { transform: "rotate(90deg)" },
  },
  summary: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    cursor: "pointer",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    listStyleType: "none",
    "::-webkit-details-marker": { display: "none" },
    "::before": {
      content: '"\\25B8"',
      color: tokens.colorNeutralForeground3,
      transitionProperty: "transform",
      transitionDuration: tokens.durationFaster,
    },
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    // The focus outline is an absolute ::after: without this it was drawn around an ancestor, off-screen.
    position: "relative",
    ...createFocusOutlineStyle(),
  },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300 },
  pager: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  jump: {
    ...shorthands.borderStyle("none"),
    ...shorthands.margin(0),
    backgroundColor: "transparent",
    textAlign: "start",
    boxSizing: "border-box",
    cursor: "pointer",
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    // The focus outline is an absolute ::after: without this it was drawn around an ancestor, off-screen.
    position: "relative",
    ...createFocusOutlineStyle(),
  },
  static: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  },
  icon: { flexShrink: 0, fontSize: "16px", marginTop: "2px" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  iconerror: { color: tokens.colorPaletteRedForeground1 },
  iconwarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  iconinfo: { color: tokens.colorPaletteBlueForeground2 },
  text: { display: "flex", flexDirection: "column", minWidth: 0, wordBreak: "break-word" },
  cell: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  details: {
    display: "grid",
    // Labels wrap in a narrow pane rather than squeezing the values (the «why» label is long).
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: `0 0 0 ${tokens.spacingHorizontalXXL}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "& dt": { color: tokens.colorNeutralForeground3 },
    "& dd": { margin: 0, wordBreak: "break-word" },
  },
});

export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const cls = mergeClasses(styles.icon, styles[`icon${severity}`]);
  if (severity === "error") return <ErrorCircleRegular className={cls} aria-hidden />;
  if (severity === "warning") return <WarningRegular className={cls} aria-hidden />;
  return <InfoRegular className={cls} aria-hidden />;
}

function percent(score: number): number {
  return Math.round(score <= 1 ? score * 100 : score);
}

export function FindingItem({
  finding: f,
  onSelect,
  accept,
}: {
  finding: Finding;
  onSelect: (sheet: string, address: string) => void;
  /** «Принять отклонение» on this finding, when the pane offers it. */
  accept?: { by: string; onAccept: AcceptFinding };
}) {
  const { t, lang } = useText();
  const styles = useStyles();
  const list = useFindingListStyles();
  const address = f.address;
  const body = (
    <>
      <SeverityIcon severity={f.severity} />
      <span className={styles.text}>
        {/* The icon's meaning for a screen reader; the name is the visible text (axe label-content-name-mismatch). */}
        <span className={styles.hidden}>{`${t(`severityOne.${f.severity}`)}: `}</span>
        <span>{f.message[lang]} </span>
        <span className={styles.cell}>
          {address
            ? f.marksCell
              ? t("finding.cell", { address })
              : t("finding.belongs", { address })
            : t("finding.noCell")}
        </span>
      </span>
    </>
  );

  return (
    <li
      className={mergeClasses(list.item, styles[f.severity])}
      data-finding-code={f.code}
      data-severity={f.severity}
      data-sheet={f.sheet}
      data-address={address ?? ""}
    >
      {address ? (
        <button type="button" className={styles.jump} onClick={() => onSelect(f.sheet, address)}>
          {body}
        </button>
      ) : (
        <div className={styles.static}>{body}</div>
      )}
      {(f.itemTitle || f.expected || f.actual !== null || f.rule || f.match) && (
        <dl className={styles.details}>
          {f.itemTitle && (
            <>
              <dt>{t("finding.item")}</dt>
              <dd>{f.itemTitle[lang]}</dd>
            </>
          )}
          {f.expected && (
            <>
              <dt>{t("finding.expected")}</dt>
              <dd>{f.expected[lang]}</dd>
            </>
          )}
          {f.actual !== null && (
            <>
              <dt>{t("finding.actual")}</dt>
              <dd>{f.actual}</dd>
            </>
          )}
          {f.rule && (
            <>
              <dt>{t("finding.rule")}</dt>
              <dd>
                {t("finding.ruleText", {
                  source: f.rule.source,
                  confidence: t(`confidence.${f.rule.confidence}`),
                })}
              </dd>
            </>
          )}
          {f.match && (
            <>
              <dt>{t("finding.why")}</dt>
              <dd>
                {f.match.terms.length > 0
                  ? t("finding.whyText", { terms: f.match.terms.join(", "), score: percent(f.match.score) })
                  : t("finding.whyNoTerms", { score: percent(f.match.score) })}
              </dd>
            </>
          )}
        </dl>
      )}
      {accept && <AcceptForm finding={f} by={accept.by} onAccept={accept.onAccept} />}
    </li>
  );
}

interface Group {
  code: FindingCode;
  worst: Severity;
  findings: Finding[];
}

/** Findings grouped by kind, most severe kinds first, in the order the report lists them. */
export function groupFindings(findings: readonly Finding[]): Group[] {
  const byCode = new Map<FindingCode, Group>();
  for (const f of findings) {
    const g = byCode.get(f.code);
    if (!g) byCode.set(f.code, { code: f.code, worst: f.severity, findings: [f] });
    else {
      g.findings.push(f);
      if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[g.worst]) g.worst = f.severity;
    }
  }
  return [...byCode.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.worst] - SEVERITY_ORDER[b.worst] ||
      FINDING_CODES.indexOf(a.code) - FINDING_CODES.indexOf(b.code),
  );
}

/** A long list is shown this many findings at a time per group (10,000 findings stay under 300 DOM nodes). */
export const PAGE_SIZE = 10;
/** A list of up to this many findings is shown whole, every group open: paging would only hide a short list. */
export const WHOLE_LIST = 60;

/**
 * Findings grouped by kind; each group is a native disclosure, light and keyboard-ready. A short list is shown
 * whole; a long one opens only its first group, renders only open groups, and pages each by PAGE_SIZE.
 */
export function FindingGroups({
  findings,
  onSelect,
  accept,
}: {
  findings: readonly Finding[];
  onSelect: (sheet: string, address: string) => void;
  accept?: { by: string; onAccept: AcceptFinding };
}) {
  const styles = useStyles();
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const paged = findings.length > WHOLE_LIST;
  return (
    <div className={styles.groups} data-findings={findings.length}>
      {groups.map((g, i) => (
        <FindingGroup
          key={g.code}
          group={g}
          paged={paged}
          initiallyOpen={!paged || i === 0}
          onSelect={onSelect}
          accept={accept}
        />
      ))}
    </div>
  );
}

function FindingGroup({
  group: g,
  paged,
  initiallyOpen,
  onSelect,
  accept,
}: {
  group: Group;
  paged: boolean;
  initiallyOpen: boolean;
  onSelect: (sheet: string, address: string) => void;
  accept?: { by: string; onAccept: AcceptFinding };
}) {
  const { t } = useText();
  const styles = useStyles();
  const list = useFindingListStyles();
  const [open, setOpen] = useState(initiallyOpen);
  const [page, setPage] = useState(0);
  const n = g.findings.length;
  const pages = paged ? Math.ceil(n / PAGE_SIZE) : 1;
  const at = Math.min(page, pages - 1);
  const first = paged ? at * PAGE_SIZE : 0;
  const shown = paged ? g.findings.slice(first, first + PAGE_SIZE) : g.findings;
  const label = t(`code.${g.code}`);
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className={styles.group}
      data-group={g.code}
    >
      <summary className={styles.summary}>
        <SeverityIcon severity={g.worst} />
        <Text as="h4" weight="semibold" className={styles.groupTitle}>
          {t("findings.group", { label, n })}
        </Text>
      </summary>
      {/* A closed group renders nothing inside: a <details> keeps its hidden children in the DOM. */}
      {open && (
        <ul className={list.list}>
          {shown.map((f, i) => (
            <FindingItem
              key={`${f.code}-${f.address ?? "none"}-${first + i}`}
              finding={f}
              onSelect={onSelect}
              accept={accept}
            />
          ))}
        </ul>
      )}
      {open && pages > 1 && (
        <nav className={styles.pager} aria-label={t("findings.pages", { label })}>
          {/* disabledFocusable: the button keeps focus on the first and last page, so arrows-and-Enter never lose it. */}
          <Button size="small" disabledFocusable={at === 0} onClick={() => setPage(at - 1)}>
            {t("findings.prev")}
          </Button>
          <Text size={200} aria-live="polite" data-page-range>
            {t("findings.range", { from: first + 1, to: first + shown.length, n })}
          </Text>
          <Button size="small" disabledFocusable={at === pages - 1} onClick={() => setPage(at + 1)}>
            {t("findings.next")}
          </Button>
        </nav>
      )}
    </details>
  );
}
