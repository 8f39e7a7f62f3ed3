import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export type PillTone = "danger" | "warning" | "success" | "informative";

const useStyles = makeStyles({
  pill: {
    display: "inline-flex",
    alignItems: "center",
    minHeight: "20px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.border(tokens.strokeWidthThin, "solid", "transparent"),
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder1),
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
});

/** A small status label (Fluent's Badge costs a whole package in the first bundle; this is a styled span). */
export function Pill({
  tone,
  children,
  ...rest
}: { tone: PillTone; children: ReactNode } & Record<`data-${string}`, string>) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.pill, styles[tone])} {...rest}>
      {children}
    </span>
  );
}
