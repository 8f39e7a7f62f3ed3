import { codesHelp } from "../core/findings/table";
import { FUNDING_BASES } from "../core/funding";
import type { Lang } from "../core/lang";
import { PROGRAMME_IDS } from "../core/programmes";

/** `roadmap-check --help`, in Russian and English (the options are parsed in args.ts). */

export const HELP: Record<Lang, string> = {
  ru: `roadmap-check — проверка дорожных карт (комплексов мер) в книгах .xlsx по федеральным шаблонам

Проверка:
  roadmap-check <файл.xlsx | папка>... [параметры]
    --sheet ИМЯ          проверить только этот лист
    --programme ID       программа всех дорожных карт: ${PROGRAMME_IDS.join(", ")}
    --edition ID         редакция шаблона (список: roadmap-check templates)
    --year ГГГГ          год, на который составлена дорожная карта
    --funding ОСНОВА     источник финансирования: ${FUNDING_BASES.join("|")} (federal — субсидия из
                         федерального бюджета; иначе пункты, которые есть только при ней, например соглашение
                         в «Электронном бюджете», не требуются; по умолчанию — по заголовку и тексту над таблицей)
    --column РОЛЬ=СТОЛБЕЦ
                         исправить роль столбца во всех дорожных картах: --column deadline=E — срок
                         в столбце E, --column note=- — столбца примечаний нет; можно повторять. Роли (как
                         в --json): number, measure, responsible, result, deadline, start, actual,
                         status, organisation, audience, note, cost
    --today ГГГГ-ММ-ДД   дата проверки сроков (по умолчанию сегодня)
    --template ФАЙЛ      свой шаблон (.json или .xlsx), например для «IT-куба»
    --lang ru|en         язык отчёта (по умолчанию ru)
    --json               один документ JSON на весь запуск (схема: docs/cli-json.md)
    --annotate ПАПКА     записать в ПАПКУ копии книг с отметками и листом «Проверка»
                         (оригиналы не меняются; диаграммы и макросы в копию не переносятся)
    --jobs N             число параллельных потоков (по умолчанию — число ядер)

Шаблоны:
  roadmap-check template --programme ID --year ГГГГ [--edition ID] [--out ФАЙЛ.xlsx] [--responsible ТЕКСТ] [--force]
  roadmap-check templates [--json]
  roadmap-check templates --diff A B [--json]   что изменилось между редакциями A и B (id или файлы .json/.xlsx;
                                                для .xlsx нужна --programme): пункты добавлены, удалены,
                                                переименованы; сроки изменились — с источниками

Коды выхода: 0 — все дорожные карты готовы, 1 — есть ошибки, 2 — файл не прочитан или в нём нет дорожной карты.

Коды замечаний:
${codesHelp("ru")}
`,
  en: `roadmap-check — checks roadmaps (комплекс мер) in .xlsx workbooks against the federal templates

Check:
  roadmap-check <file.xlsx | folder>... [options]
    --sheet NAME         check only this sheet
    --programme ID       programme of every roadmap: ${PROGRAMME_IDS.join(", ")}
    --edition ID         template edition (list: roadmap-check templates)
    --year YYYY          the year the roadmap is for
    --funding BASIS      funding basis: ${FUNDING_BASES.join("|")} (federal = a federal subsidy; otherwise the
                         items that exist only under one, e.g. the agreement in «Электронный бюджет», are not
                         required; default: read from the title and the text above the table)
    --column ROLE=COLUMN
                         correct a column's role in every roadmap: --column deadline=E — the deadline is
                         in column E, --column note=- — there is no note column; repeatable. Roles (as in
                         --json): number, measure, responsible, result, deadline, start, actual,
                         status, organisation, audience, note, cost
    --today YYYY-MM-DD   date deadlines are checked against (default: today)
    --template FILE      your own template (.json or .xlsx), e.g. for IT-Cube
    --lang ru|en         report language (default ru)
    --json               one JSON document for the whole run (schema: docs/cli-json.md)
    --annotate DIR       write copies of the workbooks with marks and a «Проверка» sheet into DIR
                         (originals are never changed; charts and macros are not carried over)
    --jobs N             parallel worker threads (default: number of cores)

Templates:
  roadmap-check template --programme ID --year YYYY [--edition ID] [--out FILE.xlsx] [--responsible TEXT] [--force]
  roadmap-check templates [--json]
  roadmap-check templates --diff A B [--json]   what changed between editions A and B (ids or .json/.xlsx files;
                                                an .xlsx needs --programme): items added, removed, renamed;
                                                deadlines that moved — with their sources

Exit codes: 0 every roadmap ready, 1 errors found, 2 a file could not be read or holds no roadmap.

Finding codes:
${codesHelp("en")}
`,
};
