import { Button, Text } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { useText } from "../context";
import { formatMoment } from "../i18n";
import type { PaneModel } from "../usePane";
import { FormHeading, useFormStyles } from "./TemplateForm";

/** Which template the workbook carries (in effect for every check of it, in the add-in and the CLI), and its removal. */
export function SavedTemplates({ pane }: { pane: PaneModel }) {
  const { t, lang } = useText();
  const styles = useFormStyles();
  const headingId = useId();
  const saved = pane.editions.filter((e) => e.saved);
  return (
    <section aria-labelledby={headingId} className={styles.form} data-saved-templates>
      <FormHeading id={headingId} title={t("saved.heading")} hint={t("saved.hint")} />
      {saved.length === 0 ? (
        <Text data-saved-none>{t("saved.none")}</Text>
      ) : (
        <ul className={styles.errors}>
          {saved.map((e) => (
            <li key={e.id} className={styles.error} data-saved-id={e.id}>
              <Text>{t("saved.item", { title: e.title[lang], date: formatMoment(e.saved!.at, lang) })}</Text>
              <Button
                size="small"
                icon={<DeleteRegular />}
                disabled={pane.busy !== null}
                onClick={() => void pane.removeSavedTemplate(e)}
              >
                {t("actions.removeSaved")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
