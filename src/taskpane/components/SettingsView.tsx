import {
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { Lang } from "../../core/lang";
import type { FindingCode } from "../../core/report";
import { FINDING_CODES } from "../../core/codes";
import { useText } from "../context";
import { DateField } from "./DateField";
import { todayIso } from "../hooks";
import type { PaneModel } from "../usePane";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  date: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  checks: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The check date and which checks run, saved in the document's settings. */
export function SettingsView({ pane }: { pane: PaneModel }) {
  const { t, lang } = useText();
  const styles = useStyles();
  const headingId = useId();
  const busy = pane.busy !== null;
  const [date, setDate] = useState<string>(pane.settings.checkDate ?? "");
  const [disabled, setDisabled] = useState<Set<FindingCode>>(() => new Set(pane.settings.disabled));
  const [sheetLang, setSheetLang] = useState<Lang>(pane.settings.sheetLang ?? "ru");
  /** The date field holds text that is not a day: nothing is saved until it is one. */
  const [typing, setTyping] = useState(false);
  const validDate = !typing && (date === "" || /^\d{4}-\d{2}-\d{2}$/.test(date));

  return (
    <section aria-labelledby={headingId} className={styles.form}>
      <Subtitle2 as="h2" id={headingId}>
        {t("settings.heading")}
      </Subtitle2>
      <div className={styles.date}>
        <DateField
          label={t("settings.checkDate")}
          hint={t("settings.checkDateHint")}
          error={t("settings.checkDateInvalid")}
          value={date || todayIso()}
          lang={lang}
          disabled={busy}
          onChange={(iso) => {
            setTyping(iso === null);
            if (iso !== null) setDate(iso);
          }}
        />
        <Button
          disabled={busy || (date === "" && !typing)}
          onClick={() => {
            setTyping(false);
            setDate("");
          }}
        >
          {t("actions.today")}
        </Button>
      </div>
      <Field label={t("settings.sheetLang")}>
        <RadioGroup
          value={sheetLang}
          disabled={busy}
          onChange={(_, d) => setSheetLang(d.value === "en" ? "en" : "ru")}
          data-setting="sheet-lang"
        >
          <Radio value="ru" label={t("settings.sheetLang.ru")} />
          <Radio value="en" label={t("settings.sheetLang.en")} />
        </RadioGroup>
      </Field>
      <fieldset className={styles.checks}>
        <legend className={styles.legend}>{t("settings.checks")}</legend>
        {FINDING_CODES.map((code) => (
          <Checkbox
            key={code}
            label={t(`code.${code}`)}
            checked={!disabled.has(code)}
            disabled={busy}
            onChange={(_, d) =>
              setDisabled((prev) => {
                const next = new Set(prev);
                if (d.checked) next.delete(code);
                else next.add(code);
                return next;
              })
            }
          />
        ))}
      </fieldset>
      <Text size={200} className={styles.hint}>
        {t("settings.stored")}
      </Text>
      <div>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          disabled={busy || !validDate}
          onClick={() =>
            void pane.saveSettings({
              checkDate: date === "" ? null : date,
              disabled: FINDING_CODES.filter((c) => disabled.has(c)),
              sheetLang,
            })
          }
        >
          {t("actions.save")}
        </Button>
      </div>
    </section>
  );
}
