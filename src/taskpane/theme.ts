import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { HostTheme } from "../excel/host";

export function fluentTheme(theme: HostTheme): Theme {
  return theme === "dark" ? webDarkTheme : webLightTheme;
}
