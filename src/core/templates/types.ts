import type { IsoDate } from "../deadlines/types";
import type { RuleKind } from "./schema";

/** One row of a roadmap instantiated from a template for a year (what «Вставить шаблон» writes). */
export interface TemplateRow {
  itemId: string;
  number: string;
  /** Number of the «Направление» for sectioned plans, else null. */
  section: string | null;
  title: string;
  responsible: string;
  result: string;
  /** Canonical deadline text from formatDeadline, e.g. «не позднее 1 марта 2027 года». */
  deadlineText: string;
  due: IsoDate | null;
  /** The form's rule kind behind the deadline («by-date», «date» → an Excel date cell); absent: written as text. */
  deadlineKind?: RuleKind | "period";
}
