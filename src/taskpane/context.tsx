import { createContext, useContext } from "react";
import type { Lang } from "../core/lang";
import { translator, type Translate } from "./i18n";

export interface PaneText {
  lang: Lang;
  t: Translate;
}

const TextContext = createContext<PaneText>({ lang: "ru", t: translator("ru") });

export const TextProvider = TextContext.Provider;

/** The current language and its translator. */
export function useText(): PaneText {
  return useContext(TextContext);
}
