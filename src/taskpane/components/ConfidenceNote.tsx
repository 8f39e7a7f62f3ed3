import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Confidence } from "../../core/report";
import { useText } from "../context";
import { Pill, type PillTone } from "./Pill";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  explain: { color: tokens.colorNeutralForeground2 },
});

const COLOR: Record<Confidence, PillTone> = {
  confirmed: "success",
  reconstructed: "warning",
  unknown: "danger",
};

/** How far the template can be trusted, said plainly: where it is unsure the pane says so. */
export function ConfidenceNote({ confidence }: { confidence: Confidence }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <div className={styles.root} data-confidence={confidence}>
      <span>
        <Pill tone={COLOR[confidence]}>
          {t("confidence.label", { level: t(`confidence.${confidence}`) })}
        </Pill>
      </span>
      <Text size={200} className={styles.explain}>
        {t(`confidence.explain.${confidence}`)}
      </Text>
    </div>
  );
}
