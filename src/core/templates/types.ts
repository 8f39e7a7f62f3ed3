import type { IsoDate } from "../deadlines/types";

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
}
