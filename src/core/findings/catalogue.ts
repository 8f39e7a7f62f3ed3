import { FINDING_CODES, type FindingCode, type Severity } from "../codes";
import type { Bilingual } from "../lang";
import { MESSAGES } from "./messages";
import { bi } from "./text";

/**
 * What each finding code means: the single source for the README's «What is checked» table
 * (`npx tsx scripts/readme-codes.ts` rewrites it; tests/core/findings/catalogue.test.ts checks it is current), the
 * pane's code labels (src/taskpane/i18n.ts) and the CLI's help. Free of zod so the pane's first bundle can import it.
 */
export interface CodeEntry {
  /** The usual severity; a rule may lower it for one finding (late-vs-template when the dates cannot be compared). */
  severity: Severity;
  /** The pane's short name for the code (filter groups, the settings' list of checks). */
  label: Bilingual;
  /** One line: what the finding means. */
  description: Bilingual;
  /** A message as the check writes it, from the code's own template in ./messages. */
  example: Bilingual;
}

const M = MESSAGES;
const item = { title: bi("Объявлены закупки товаров, работ, услуг", "Procurement announced") };

export const CATALOGUE: Record<FindingCode, CodeEntry> = {
  "missing-item": {
    severity: "error",
    label: bi("Пропущенные пункты", "Missing items"),
    description: bi(
      "пункт федеральной формы, которого нет ни в одной строке",
      "an item of the federal form that no row covers",
    ),
    example: M["missing-item"].item({
      item,
      expected: bi("не позднее 15 февраля 2027 года", "by 15 February 2027"),
      unconfirmed: false,
    }),
  },
  "late-vs-template": {
    severity: "error",
    label: bi("Срок позже шаблона", "Later than the template"),
    description: bi(
      "срок строки позже правила редакции на год плана (предупреждение, если в строке «по графику» / «по запросу», а форма задаёт дату: сравнить нельзя, но это не доказывает опоздания)",
      "the row's deadline is later than the edition's rule for the target year (a warning when the row says «по графику» / «по запросу» where the form sets a date: not comparable, not proof of lateness)",
    ),
    example: M["late-vs-template"].late({
      actual: "не позднее 1 марта 2027 года",
      expected: bi("не позднее 15 февраля 2027 года", "by 15 February 2027"),
      item,
      caveat: null,
    }),
  },
  "deadline-missing": {
    severity: "error",
    label: bi("Срок не указан", "No deadline"),
    description: bi("срок не указан совсем", "no deadline at all"),
    example: M["deadline-missing"].row({ title: "Проведено обучение педагогов" }),
  },
  "deadline-unreadable": {
    severity: "warning",
    label: bi("Срок не распознан", "Unreadable deadline"),
    description: bi(
      "ячейку «Срок» нельзя прочитать как срок",
      "the «Срок» cell cannot be read as a deadline",
    ),
    example: M["deadline-unreadable"].row({ actual: "по мере готовности", year: 2027 }),
  },
  "deadline-outside-plan": {
    severity: "warning",
    label: bi("Срок вне года плана", "Deadline outside the plan year"),
    description: bi(
      "срок далеко за пределами года дорожной карты",
      "a deadline far outside the roadmap's year",
    ),
    example: M["deadline-outside-plan"].row({
      actual: "1 марта 2017 года",
      due: "2017-03-01",
      year: 2027,
      span: bi("2026–2028 гг.", "2026–2028"),
    }),
  },
  overdue: {
    severity: "warning",
    label: bi("Просрочено", "Overdue"),
    description: bi(
      "срок прошёл (дата проверки: сегодня или заданная), а отметки о выполнении нет",
      "the due date has passed (check date: today, or as set) and there is no completion mark",
    ),
    example: M.overdue.row({ due: "2027-03-01", checkDate: "2027-06-01" }),
  },
  "responsible-missing": {
    severity: "warning",
    label: bi("Нет ответственного", "No responsible party"),
    description: bi("пустая ячейка ответственного", "empty responsible cell"),
    example: M["responsible-missing"].row({ title: "Проведено обучение педагогов" }),
  },
  "result-missing": {
    severity: "warning",
    label: bi("Нет результата", "No result"),
    description: bi("пустая ячейка результата", "empty result cell"),
    example: M["result-missing"].row({ title: "Проведено обучение педагогов" }),
  },
  "duplicate-item": {
    severity: "warning",
    label: bi("Пункт повторяется", "Item repeated"),
    description: bi("две строки об одном пункте", "two rows for the same item"),
    example: M["duplicate-item"].row({ item, otherAddress: "B12" }),
  },
  "numbering-gap": {
    severity: "info",
    label: bi("Пропуск в нумерации", "Gap in numbering"),
    description: bi("пропуск в нумерации («5.3 → 5.5»)", "a gap in the numbering («5.3 → 5.5»)"),
    example: M["numbering-gap"].row({ previous: "5.3", current: "5.5", missing: ["5.4"] }),
  },
  "numbering-duplicate": {
    severity: "info",
    label: bi("Номер повторяется", "Number repeated"),
    description: bi("номер использован дважды", "a number used twice"),
    example: M["numbering-duplicate"].row({ number: "3", firstAddress: "A9" }),
  },
  "responsible-name-variant": {
    severity: "info",
    label: bi("Ответственный записан по-разному", "Responsible party spelled differently"),
    description: bi(
      "один человек записан двумя способами («Баник Я.В.» / «Банник Я.В.»)",
      "the same person spelled two ways («Баник Я.В.» / «Банник Я.В.»)",
    ),
    example: M["responsible-name-variant"].row({ here: "Баник Я.В.", there: "Банник Я.В.", where: "E14" }),
  },
  "extra-row": {
    severity: "info",
    label: bi("Строки вне шаблона", "Rows not in the template"),
    description: bi(
      "строка, не соответствующая ни одному пункту формы",
      "a row that matches no item of the form",
    ),
    example: M["extra-row"].row({
      title: "Региональный конкурс проектов",
      template: bi("Кванториум, 2024", "Kvantorium, 2024"),
    }),
  },
  "non-working-day": {
    severity: "info",
    label: bi("Срок в нерабочий день", "Deadline on a non-working day"),
    description: bi(
      "срок в выходной или праздничный день РФ (производственный календарь 2020–2027; указа о переносах на 2027 год ещё нет, учтены только переносы по закону)",
      "a deadline on a weekend or a Russian public holiday (calendar data 2020–2027; 2027's transfer decree is not out, so only the law's automatic transfers apply)",
    ),
    example: M["non-working-day"].row({ due: "2027-05-09", reason: null }),
  },
  // Not the planner's fault, but the roadmap could not be compared with any form: a reviewer must know.
  "no-template": {
    severity: "warning",
    label: bi("Нет шаблона", "No template"),
    description: bi(
      "для программы нет известной федеральной формы (IT-куб): загрузите её",
      "no known federal form for the programme (IT-куб): load one",
    ),
    example: M["no-template"].reason("it-cube", 2027),
  },
  // Regions still cite the old recommendations (federal-forms-2025-2027.md §4 p. 3): a note for the reviewer only.
  "outdated-basis": {
    severity: "info",
    label: bi("Основание до 2025 года", "Pre-2025 basis"),
    description: bi(
      "дорожная карта на 2026 год и позже называет основанием ФП «Современная школа» или НП «Образование», завершённые в 2024 году",
      "a roadmap for 2026 or later names the federal project «Современная школа» or the national project «Образование», both ended in 2024, as its basis",
    ),
    example: M["outdated-basis"].cell({
      words: "федерального проекта «Современная школа» национального проекта «Образование»",
      year: 2027,
    }),
  },
};

/** The severity of each code, as the checks give it. */
export const SEVERITY: Record<FindingCode, Severity> = Object.fromEntries(
  FINDING_CODES.map((c) => [c, CATALOGUE[c].severity]),
) as Record<FindingCode, Severity>;
