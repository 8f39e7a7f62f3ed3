// The column-role model as the planner sees it: which column got which role, and why, in both languages.
import { columnNumber } from "../grid";
import type { Bilingual } from "../lang";
import type { Sheet } from "./grid-cache";
import type { Header, How } from "./header";
import type { MatrixColumn } from "./matrix-header";
import { quarterRoles } from "./quarters";
import type { ColumnRole, ColumnRoleName, FieldKey } from "./types";

export const ROLE_NAMES: Record<ColumnRoleName, Bilingual> = {
  number: { ru: "номер пункта", en: "item number" },
  measure: { ru: "мероприятие", en: "measure" },
  responsible: { ru: "ответственный", en: "responsible" },
  result: { ru: "результат (документ)", en: "result (document)" },
  deadline: { ru: "срок", en: "deadline" },
  "deadline-start": {
    ru: "начало срока (не проверяется как срок)",
    en: "start of the period (not checked as the deadline)",
  },
  "deadline-end": {
    ru: "окончание срока — проверяется как срок",
    en: "end of the period — checked as the deadline",
  },
  actual: { ru: "факт: дата здесь — отметка о выполнении", en: "actual: a date here marks the step done" },
  status: { ru: "отметка о выполнении", en: "completion mark" },
  organisation: {
    ru: "организация (шаблон проверяется по каждой)",
    en: "organisation (the template is checked per organisation)",
  },
  audience: { ru: "целевая аудитория", en: "target audience" },
  note: { ru: "примечание (читается, не проверяется)", en: "note (read, not checked)" },
  cost: { ru: "стоимость, финансирование (не срок)", en: "cost, funding (not a deadline)" },
  programme: {
    ru: "программа (дорожная карта проверяется по каждой)",
    en: "programme (a roadmap is checked per programme)",
  },
};

export function roleName(f: FieldKey, cols: Header["cols"]): ColumnRoleName {
  if (f === "title") return "measure";
  if (f === "start") return "deadline-start";
  if (f === "deadline")
    return cols.start !== undefined || cols.actual !== undefined ? "deadline-end" : "deadline";
  return f;
}

function why(how: How | undefined, name: ColumnRoleName): Bilingual {
  const role = ROLE_NAMES[name];
  if (!how) return role;
  switch (how.by) {
    case "group":
      return {
        ru: `«${how.header}» под общим заголовком «${how.group ?? ""}»: ${role.ru}`,
        en: `«${how.header}» under the group header «${how.group ?? ""}»: ${role.en}`,
      };
    case "content":
      // Two columns are read by their cells: the items' numbers, and a progress report's completion marks.
      return name === "status"
        ? {
            ru: `${how.header ? `заголовок «${how.header}» не назван` : "заголовка нет"}, в ячейках отметки («+», «вып.», «да»): ${role.ru}`,
            en: `${how.header ? `the header «${how.header}» names no role` : "no header"}, the cells hold completion marks («+», «✓»): ${role.en}`,
          }
        : {
            ru: `заголовка нет, в ячейках номера пунктов: ${role.ru}`,
            en: `no header, the cells hold item numbers: ${role.en}`,
          };
    case "override":
      return { ru: `задано вручную: ${role.ru}`, en: `set by hand: ${role.en}` };
    default:
      return { ru: `заголовок «${how.header}»: ${role.ru}`, en: `header «${how.header}»: ${role.en}` };
  }
}

/** Every mapped column of a table header, left to right. */
export function tableRoles(s: Sheet, h: Header): ColumnRole[] {
  const out: [number, ColumnRole][] = [];
  for (const [f, c] of Object.entries(h.cols) as [FieldKey, number][]) {
    if (f === "deadline" && h.quarters) continue; // every quarter column is shown below
    const how = h.how[f];
    const role = roleName(f, h.cols);
    const header = how?.group ? `${how.group} / ${how.header}` : (how?.header ?? s.text(h.row, c));
    out.push([c, { column: s.letter(c), role, header, reason: why(how, role) }]);
  }
  for (const q of h.quarters ?? []) out.push([q.col, quarterRoles(s, [q])[0]!]);
  for (const c of h.yearAlts?.alts ?? []) {
    const main = h.yearAlts?.labels?.get(h.cols.deadline!) ?? s.text(h.row, h.cols.deadline!);
    const header = h.yearAlts?.labels?.get(c) ?? s.text(h.row, c);
    out.push([
      c,
      {
        column: s.letter(c),
        role: "deadline",
        header,
        reason: h.yearAlts?.amends
          ? {
              ru: `«${header}» — срок до уточнения: читается там, где в столбце «${main}» прочерк или пусто`,
              en: `«${header}» is the deadline before the amendment: read where the column «${main}» has a dash or nothing`,
            }
          : {
              ru: `«${header}» — срок другого года плана: читается там, где в столбце «${main}» прочерк или пусто`,
              en: `«${header}» is another year's deadline: read where the column «${main}» has a dash or nothing`,
            },
      },
    ]);
  }
  return out.sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

/** A matrix column: the date column and one programme column holding the measures and their «Отв.» lines. */
export function matrixRoles(s: Sheet, h: Header, key: number, x: MatrixColumn): ColumnRole[] {
  const { col } = x;
  const label = x.label.text;
  const who = h.cols.responsible;
  // The programme's own «ответственный» under its label, or «Ответственный» beside all programme columns (every
  // programme's responsible, an «Отв.» line in a cell first).
  const beside: ColumnRole[] = x.responsible
    ? [
        {
          column: s.letter(x.responsible.col),
          role: "responsible",
          header: x.responsible.header.text,
          reason: why({ by: "group", header: x.responsible.header.text, group: label }, "responsible"),
        },
      ]
    : who === undefined
      ? []
      : [
          {
            column: s.letter(who),
            role: "responsible",
            header: s.text(h.row, who),
            reason: why({ by: "header", header: s.text(h.row, who), group: null }, "responsible"),
          },
        ];
  const roles: ColumnRole[] = [
    {
      column: s.letter(key),
      role: "deadline",
      header: s.text(h.row, key),
      reason: why({ by: "header", header: s.text(h.row, key), group: null }, "deadline"),
    },
    {
      column: s.letter(col),
      role: "measure",
      header: label,
      reason: x.responsible
        ? { ru: `столбец программы «${label}»: мероприятия`, en: `programme column «${label}»: the measures` }
        : {
            ru: `столбец программы «${label}»: мероприятия, строки «Отв.» — ответственные`,
            en: `programme column «${label}»: the measures, «Отв.» lines the responsible`,
          },
    },
  ];
  const st = h.cols.status;
  const mark: ColumnRole[] =
    st === undefined
      ? []
      : [
          {
            column: s.letter(st),
            role: "status",
            header: s.text(h.row, st),
            reason: why({ by: "header", header: s.text(h.row, st), group: null }, "status"),
          },
        ];
  return [...roles, ...beside, ...mark].sort((a, b) => columnNumber(a.column) - columnNumber(b.column));
}

/** A programme column's own role in its roadmap: its deadline, or under «Отметка об исполнении» its completion mark. */
export function programmeColumnRole(
  column: string,
  label: string,
  role: "deadline" | "status",
  latest = false,
): ColumnRole {
  const reason: Bilingual = latest
    ? {
        ru: `столбец программы «${label}»: её срок; строка проверяется по самому позднему из сроков программ`,
        en: `programme column «${label}»: its deadline; the row is checked against the latest of the programmes' deadlines`,
      }
    : role === "status"
      ? {
          ru: `столбец программы «${label}» под отметкой об исполнении: её отметка; «—» — мероприятие не относится к программе`,
          en: `programme column «${label}» under the completion mark: its mark; «—» not this programme's measure`,
        }
      : {
          ru: `столбец программы «${label}»: её срок; «+» — срок строки, «—» — мероприятие не относится к программе`,
          en: `programme column «${label}»: its deadline; «+» the row's own deadline, «—» not this programme's measure`,
        };
  return { column, role, header: label, reason };
}
