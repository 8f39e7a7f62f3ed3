import { makeStyles, tokens } from "@fluentui/react-components";

/** A list without bullets or indent, its items in a column `gap` apart: findings, column roles, a form's errors. */
export const plainList = (gap: string) =>
  ({ listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap }) as const;

/** The list of findings and of accepted deviations: one look, an item per finding with a coloured left rule. */
export const useFindingListStyles = makeStyles({
  list: plainList("6px"),
  item: {
    borderLeftWidth: "3px",
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorNeutralStroke1,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});
