import { Field, Input } from "@fluentui/react-components";
import { format, isValid, parse } from "date-fns";
import { useEffect, useState } from "react";
import type { Lang } from "../../core/lang";

/**
 * A day typed as the pane's language writes it (dd.mm.yyyy in Russian, mm/dd/yyyy in English), whatever the
 * browser's locale: a native date input follows the browser's, so a Russian pane could show an English date.
 */

const SHOWN: Record<Lang, string> = { ru: "dd.MM.yyyy", en: "MM/dd/yyyy" };
/** What is accepted: one- or two-digit day and month, a four-digit year. */
const TYPED: Record<Lang, { pattern: string; shape: RegExp }> = {
  ru: { pattern: "d.M.yyyy", shape: /^\d{1,2}\.\d{1,2}\.\d{4}$/ },
  en: { pattern: "M/d/yyyy", shape: /^\d{1,2}\/\d{1,2}\/\d{4}$/ },
};

/** An ISO day (yyyy-mm-dd) as the language writes it. */
export function formatDay(iso: string, lang: Lang): string {
  const d = parse(iso, "yyyy-MM-dd", new Date(2000, 0, 1));
  return isValid(d) ? format(d, SHOWN[lang]) : iso;
}

/** The ISO day of what the planner typed, or null when it is not a real day in the language's format. */
export function parseDay(text: string, lang: Lang): string | null {
  const typed = TYPED[lang];
  const trimmed = text.trim();
  if (!typed.shape.test(trimmed)) return null;
  const d = parse(trimmed, typed.pattern, new Date(2000, 0, 1));
  return isValid(d) ? format(d, "yyyy-MM-dd") : null;
}

export function DateField({
  label,
  hint,
  error,
  value,
  lang,
  disabled,
  onChange,
}: {
  label: string;
  hint: string;
  /** The message shown (and announced) while the text is not a day. */
  error: string;
  /** The ISO day shown. */
  value: string;
  lang: Lang;
  disabled?: boolean;
  /** The ISO day typed, or null while the text is not one. */
  onChange: (iso: string | null) => void;
}) {
  const [text, setText] = useState(() => formatDay(value, lang));
  const [invalid, setInvalid] = useState(false);
  // A day set from outside (the «Сегодня» button, another language) replaces what is shown.
  useEffect(() => {
    setText(formatDay(value, lang));
    setInvalid(false);
  }, [value, lang]);
  return (
    <Field
      label={label}
      hint={hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? error : undefined}
    >
      <Input
        value={text}
        disabled={disabled}
        placeholder={SHOWN[lang].toLowerCase()}
        inputMode="numeric"
        data-date-format={SHOWN[lang]}
        onChange={(_, d) => {
          setText(d.value);
          const iso = parseDay(d.value, lang);
          setInvalid(iso === null);
          onChange(iso);
        }}
      />
    </Field>
  );
}
