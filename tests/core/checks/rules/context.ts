// Shared by the rule specs: a check context built from hand-typed rows, as checkRoadmap builds it.
import { buildContext, type CheckContext, type Placed } from "../../../../src/core/checks/context";
import type { NameOccurrence } from "../../../../src/core/checks/names";
import type { ProgrammeId } from "../../../../src/core/programmes";
import type { Finding } from "../../../../src/core/report";
import { getEdition } from "../../../../src/core/templates/library";
import type { Edition } from "../../../../src/core/templates/schema";
import { buildRoadmap, type RowSpec } from "../../match/build";

export const kv24 = getEdition("kvantorium-2024")!;
export const kv21 = getEdition("kvantorium-2021")!;

/** The Leningrad 2024 roadmap, typed by hand, on which each test changes one thing. */
export function leningrad(): RowSpec[] {
  return [
    {
      number: "1.",
      title:
        "Утверждены: должностное лицо проектного офиса; комплекс мер (дорожная карта); реестр образовательных организаций, на базе которых создаются Кванториумы; перечень показателей деятельности; типовое положение",
      deadline: "29 декабря 2023 года",
    },
    {
      number: "2.",
      title: "Сформирован и утвержден инфраструктурный лист",
      deadline: "Согласно графику, направляемому федеральным оператором",
    },
    {
      number: "3.",
      title: "Сформирован проект дизайна и зонирования помещений",
      deadline: "до 1 февраля 2024 года",
    },
    { number: "4.", title: "Обеспечено наличие базового набора оборудования", deadline: "1 марта 2024 года" },
    {
      number: "5.",
      title: "Объявлены закупки товаров, работ, услуг",
      deadline: "не позднее 15 февраля 2024 года",
    },
    {
      number: "6.",
      title: "Информационная справка об общеобразовательной организации",
      deadline: "не позднее 28 июня 2024 года",
    },
    {
      number: "7.",
      title: "Утверждены планы мероприятий Кванториумов на учебный год",
      deadline: "не позднее 23 августа 2024 года",
    },
    {
      number: "8.",
      title: "Получено, установлено и налажено оборудование",
      deadline: "не позднее 23 августа 2024 года",
    },
    {
      number: "9.",
      title: "Проведен фотомониторинг по приведению помещений в соответствие",
      deadline: "не позднее 23 августа 2024 года",
    },
    {
      number: "10.",
      title: "Сформирован единый комплексный план мероприятий по организационно-методической поддержке",
      deadline: "не позднее 23 августа 2024 года",
    },
    {
      number: "11.",
      title: "Проведено повышение квалификации педагогических работников",
      deadline: "В течение 2024 года",
    },
    {
      number: "12.",
      title: "Начало работы Школьного Кванториума",
      deadline: "не позднее 13 сентября 2024 года",
    },
    {
      number: "13.",
      title: "Ежеквартальный мониторинг выполнения показателей",
      deadline: "не позднее 1 октября 2024 года, далее ежеквартально",
    },
  ];
}

/** leningrad() with one row changed. */
export function withRow(i: number, change: Partial<RowSpec>): RowSpec[] {
  const rows = leningrad();
  Object.assign(rows[i]!, change);
  return rows;
}

export interface ContextSpec {
  /** The roadmap's year (2024 by default; null for unknown). */
  year?: number | null;
  /** The edition to match against (Кванториум 2024 by default; null for none). */
  edition?: Edition | null;
  checkDate?: string;
  withResult?: boolean;
  withStatus?: boolean;
  programme?: ProgrammeId | "unknown";
  layout?: "table" | "matrix" | "sectioned";
  sheetNames?: NameOccurrence[];
  /** Columns the table lacks. */
  without?: ("deadline" | "responsible")[];
}

export function contextOf(rows: RowSpec[], spec: ContextSpec = {}): CheckContext {
  const roadmap = buildRoadmap(rows, {
    year: spec.year === undefined ? 2024 : spec.year,
    withResult: spec.withResult ?? true,
    withStatus: spec.withStatus,
    programme: spec.programme,
    layout: spec.layout,
  });
  for (const c of spec.without ?? []) delete roadmap.columns[c];
  return buildContext(roadmap, spec.edition === undefined ? kv24 : spec.edition, {
    targetYear: roadmap.year.value,
    checkDate: spec.checkDate ?? "2023-12-01",
    sheetNames: spec.sheetNames,
  });
}

/** The findings a rule gives, in the order it gives them. */
export function findingsOf(rule: (ctx: CheckContext) => Placed[], ctx: CheckContext): Finding[] {
  return rule(ctx).map((p) => p.finding);
}

/** «code@address» per finding: what most specs compare. */
export function where(rule: (ctx: CheckContext) => Placed[], ctx: CheckContext): string[] {
  return findingsOf(rule, ctx).map((f) => `${f.code}@${f.address}`);
}
