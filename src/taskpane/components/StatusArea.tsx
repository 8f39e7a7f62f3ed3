import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useText } from "../context";
import { useDelayedFlag } from "../hooks";
import type { MessageKey } from "../i18n";
import type { BusyKind, Notice } from "../usePane";
import type { UserError } from "../services";
import type { Bilingual } from "../../core/lang";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  cancel: { alignSelf: "flex-start" },
  debug: { wordBreak: "break-word", color: tokens.colorNeutralForeground3 },
  notices: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const PROGRESS_KEY: Record<BusyKind, MessageKey> = {
  read: "progress.read",
  check: "progress.check",
  clear: "progress.clear",
  insert: "progress.insert",
  parse: "progress.parse",
  save: "progress.save",
  sheets: "progress.sheets",
  diff: "progress.diff",
  store: "progress.store",
};

export interface StatusAreaProps {
  busy: BusyKind | null;
  hostNotices?: Bilingual[];
  error: UserError | null;
  notice: Notice | null;
  onDismissError: () => void;
  onDismissNotice: () => void;
  /** Offered right after «Вставить шаблон»: deletes the sheet just inserted (and nothing else). */
  onRemoveInserted?: (sheet: string) => void;
  /** Cancels the running operation; the «Отмена» button shows only while a check runs. */
  onCancel?: () => void;
}

/** Progress waits this long (quick steps do not flash a bar) and still shows within 300 ms of any work. */
export const PROGRESS_DELAY_MS = 150;

/** Progress (after PROGRESS_DELAY_MS, with «Отмена» for a check), Excel errors in plain language, and short confirmations. */
export function StatusArea({
  busy,
  hostNotices = [],
  error,
  notice,
  onDismissError,
  onDismissNotice,
  onRemoveInserted,
  onCancel,
}: StatusAreaProps) {
  const { t, lang } = useText();
  const styles = useStyles();
  const showProgress = useDelayedFlag(busy !== null, PROGRESS_DELAY_MS);

  return (
    <div className={styles.area}>
      {showProgress && busy && (
        <div className={styles.progress}>
          <div className={styles.progress} role="status" aria-live="polite">
            <Text size={200}>{t(PROGRESS_KEY[busy])}</Text>
            <ProgressBar aria-label={t(PROGRESS_KEY[busy])} thickness="large" />
          </div>
          {busy === "check" && onCancel && (
            <Button size="small" className={styles.cancel} onClick={onCancel}>
              {t("actions.cancel")}
            </Button>
          )}
        </div>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("error.title")}</MessageBarTitle>
            {error.message[lang]}
            <details>
              <summary>{t("error.details")}</summary>
              <Text size={200} className={styles.debug} block>
                {t("error.code", { code: error.code })}
              </Text>
              {error.debug && (
                <Text size={200} className={styles.debug} block>
                  {error.debug}
                </Text>
              )}
            </details>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t("actions.dismiss")}
                icon={<DismissRegular />}
                onClick={onDismissError}
              />
            }
          />
        </MessageBar>
      )}
      {hostNotices.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-host-notices>
          <MessageBarBody>
            <MessageBarTitle>{t("notices.title")}</MessageBarTitle>
            <ul className={styles.notices}>
              {hostNotices.map((n, i) => (
                <li key={i}>{n[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar
          intent={notice.kind === "nothingToClear" || notice.kind === "cancelled" ? "info" : "success"}
          role="status"
        >
          <MessageBarBody>{noticeText(notice, t)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t("actions.dismiss")}
                icon={<DismissRegular />}
                onClick={onDismissNotice}
              />
            }
          >
            {notice.kind === "inserted" && onRemoveInserted && (
              <Button size="small" onClick={() => onRemoveInserted(notice.sheet)} data-remove-inserted>
                {t("actions.removeInserted")}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

function noticeText(notice: Notice, t: ReturnType<typeof useText>["t"]): string {
  switch (notice.kind) {
    case "cleared":
      return t("notice.cleared");
    case "nothingToClear":
      return t("notice.nothingToClear");
    case "inserted":
      return t("insert.done", { sheet: notice.sheet });
    case "saved":
      return t("settings.saved");
    case "templateUsed":
      return t("fromSheet.used", { title: notice.title });
    case "templateSaved":
      return t("saved.done", { title: notice.title });
    case "templateRemoved":
      return t("saved.removed", { title: notice.title });
    case "insertRemoved":
      return t("insert.removed", { sheet: notice.sheet });
    case "cancelled":
      return t("notice.cancelled");
  }
}
