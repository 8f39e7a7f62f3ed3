import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Confidence } from "../../core/report";
import { useText } from "../context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  explain: { color: tokens.colorNeutralForeground2 },
});

const COLOR: Record<Confidence, "success" | "warning" | "danger"> = {
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
      <Badge appearance="tint" color={COLOR[confidence]} shape="rounded">
        {t("confidence.label", { level: t(`confidence.${confidence}`) })}
      </Badge>
      <Text size={200} className={styles.explain}>
        {t(`confidence.explain.${confidence}`)}
      </Text>
    </div>
  );
}
