import { parseArgs } from "node:util";
import { isValid, parseISO } from "date-fns";
import { SUPPORTED_YEARS, unsupportedYear } from "../core/deadlines";
import type { Bilingual, Lang } from "../core/lang";
import { FUNDING_BASES, isKnownFunding, type KnownFunding } from "../core/funding";
import { PROGRAMME_IDS, type ProgrammeId } from "../core/programmes";
import { parseColumnArgs, type ColumnsOverride } from "./column-arg";

/** Command-line parsing: node:util parseArgs, then every value validated into a typed command or one usage error. */

export interface CheckCommand {
  kind: "check";
  inputs: string[];
  sheet: string | null;
  programme: ProgrammeId | null;
  edition: string | null;
  year: number | null;
  /** --funding: every roadmap's funding basis (the items of a federal subsidy apply only under "federal"). */
  funding: KnownFunding | null;
  /** --column ROLE=LETTER: column roles set by the planner for every roadmap (null: none given). */
  columns: ColumnsOverride | null;
  today: string | null;
  template: string | null;
  lang: Lang;
  json: boolean;
  annotate: string | null;
  jobs: number | null;
}

export interface TemplateCommand {
  kind: "template";
  programme: ProgrammeId;
  edition: string | null;
  year: number;
  out: string | null;
  responsible: string | null;
  force: boolean;
  lang: Lang;
}

export interface TemplatesCommand {
  kind: "templates";
  lang: Lang;
  json: boolean;
  /** `templates --diff A B`: the two editions (ids or template files) to compare; absent for the listing. */
  diff?: { a: string; b: string; programme: ProgrammeId | null };
}

export type Command =
  | CheckCommand
  | TemplateCommand
  | TemplatesCommand
  | { kind: "help"; lang: Lang }
  | { kind: "version" }
  | { kind: "json-schema" };

export class UsageError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly lang: Lang,
  ) {
    super(text.en);
  }
}

const OPTIONS = {
  sheet: { type: "string" },
  programme: { type: "string" },
  edition: { type: "string" },
  year: { type: "string" },
  funding: { type: "string" },
  column: { type: "string", multiple: true },
  today: { type: "string" },
  template: { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean" },
  annotate: { type: "string" },
  jobs: { type: "string" },
  out: { type: "string" },
  responsible: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  "json-schema": { type: "boolean" },
  diff: { type: "boolean" },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>
>["values"];

const ALLOWED: Record<"check" | "template" | "templates", (keyof typeof OPTIONS)[]> = {
  check: [
    "sheet",
    "programme",
    "edition",
    "year",
    "funding",
    "column",
    "today",
    "template",
    "lang",
    "json",
    "annotate",
    "jobs",
  ],
  template: ["programme", "edition", "year", "out", "responsible", "force", "lang"],
  templates: ["lang", "json", "diff", "programme"],
};

function langOf(raw: string | undefined): Lang {
  if (raw === undefined || raw === "ru") return "ru";
  if (raw === "en") return "en";
  throw new UsageError(
    { ru: `--lang: ожидается ru или en, получено «${raw}»`, en: `--lang: expected ru or en, got “${raw}”` },
    "ru",
  );
}

function programmeOf(raw: string | undefined, lang: Lang): ProgrammeId | null {
  if (raw === undefined) return null;
  if ((PROGRAMME_IDS as readonly string[]).includes(raw)) return raw as ProgrammeId;
  const list = PROGRAMME_IDS.join(", ");
  throw new UsageError(
    {
      ru: `--programme: неизвестная программа «${raw}» (есть: ${list})`,
      en: `--programme: unknown programme “${raw}” (known: ${list})`,
    },
    lang,
  );
}

function fundingOf(raw: string | undefined, lang: Lang): KnownFunding | null {
  if (raw === undefined) return null;
  if (isKnownFunding(raw)) return raw;
  const list = FUNDING_BASES.join(", ");
  throw new UsageError(
    {
      ru: `--funding: ожидается одно из ${list}, получено «${raw}»`,
      en: `--funding: expected one of ${list}, got “${raw}”`,
    },
    lang,
  );
}

function columnsOf(raw: string[] | undefined, lang: Lang): ColumnsOverride | null {
  if (raw === undefined || raw.length === 0) return null;
  const parsed = parseColumnArgs(raw);
  if ("problem" in parsed) throw new UsageError(parsed.problem, lang);
  return parsed.columns;
}

function yearOf(raw: string | undefined, lang: Lang): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  // The supported years are core's (the parser, the formatter and the template writer refuse the same ones).
  const why = /^\d{4}$/.test(raw) ? unsupportedYear(n) : null;
  if (why) throw new UsageError({ ru: `--year: ${why.ru}`, en: `--year: ${why.en}` }, lang);
  if (!/^\d{4}$/.test(raw)) {
    const { min, max } = SUPPORTED_YEARS;
    throw new UsageError(
      {
        ru: `--year: ожидается год от ${min} до ${max}, получено «${raw}»`,
        en: `--year: expected a year ${min}–${max}, got “${raw}”`,
      },
      lang,
    );
  }
  return n;
}

function todayOf(raw: string | undefined, lang: Lang): string | null {
  if (raw === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || !isValid(parseISO(raw))) {
    throw new UsageError(
      {
        ru: `--today: ожидается дата ГГГГ-ММ-ДД, получено «${raw}»`,
        en: `--today: expected a date YYYY-MM-DD, got “${raw}”`,
      },
      lang,
    );
  }
  return raw;
}

function jobsOf(raw: string | undefined, lang: Lang): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 64) {
    throw new UsageError(
      {
        ru: `--jobs: ожидается число от 1 до 64, получено «${raw}»`,
        en: `--jobs: expected a number 1–64, got “${raw}”`,
      },
      lang,
    );
  }
  return n;
}

function rejectForeign(values: Values, kind: keyof typeof ALLOWED, lang: Lang): void {
  for (const key of Object.keys(values) as (keyof typeof OPTIONS)[]) {
    if (values[key] === undefined || key === "help" || key === "version" || key === "json-schema") continue;
    if (!ALLOWED[kind].includes(key)) {
      const where =
        kind === "check"
          ? { ru: "при проверке", en: "when checking" }
          : { ru: `с командой ${kind}`, en: `with ${kind}` };
      throw new UsageError(
        { ru: `--${key} не используется ${where.ru}`, en: `--${key} is not used ${where.en}` },
        lang,
      );
    }
  }
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new UsageError({ ru: `неверные аргументы: ${msg}`, en: `bad arguments: ${msg}` }, "ru");
  }
  const { values, positionals } = parsed;
  const lang = langOf(values.lang);
  if (values.help) return { kind: "help", lang };
  if (values.version) return { kind: "version" };
  if (values["json-schema"]) return { kind: "json-schema" };

  const [first, ...rest] = positionals;
  if (first === "templates") return parseTemplates(values, rest, lang);
  if (first === "template") return parseTemplate(values, rest, lang);
  return parseCheck(values, positionals, lang);
}

/** `templates [--diff A B]`: the list of editions, or the diff of two. */
function parseTemplates(values: Values, rest: string[], lang: Lang): TemplatesCommand {
  rejectForeign(values, "templates", lang);
  if (values.diff) {
    if (rest.length !== 2 || rest.some((x) => x.startsWith("-"))) {
      throw new UsageError(
        {
          ru: "templates --diff: нужны две редакции — id или файлы шаблонов (.json, .xlsx): templates --diff A B",
          en: "templates --diff: give two editions — ids or template files (.json, .xlsx): templates --diff A B",
        },
        lang,
      );
    }
    return {
      kind: "templates",
      lang,
      json: values.json ?? false,
      diff: { a: rest[0]!, b: rest[1]!, programme: programmeOf(values.programme, lang) },
    };
  }
  if (values.programme !== undefined)
    throw new UsageError(
      {
        ru: "--programme с templates — только вместе с --diff",
        en: "--programme with templates needs --diff",
      },
      lang,
    );
  if (rest.length > 0)
    throw new UsageError({ ru: "templates не принимает файлов", en: "templates takes no files" }, lang);
  return { kind: "templates", lang, json: values.json ?? false };
}

/** `template --programme ID --year YYYY`: a blank roadmap from a template. */
function parseTemplate(values: Values, rest: string[], lang: Lang): TemplateCommand {
  rejectForeign(values, "template", lang);
  if (rest.length > 0) {
    throw new UsageError(
      {
        ru: `template не принимает файлов (для пути используйте --out): ${rest.join(" ")}`,
        en: `template takes no files (use --out for the path): ${rest.join(" ")}`,
      },
      lang,
    );
  }
  const programme = programmeOf(values.programme, lang);
  if (!programme)
    throw new UsageError(
      { ru: "template: нужна --programme ID", en: "template: --programme ID is required" },
      lang,
    );
  const year = yearOf(values.year, lang);
  if (year === null)
    throw new UsageError(
      { ru: "template: нужен --year ГГГГ", en: "template: --year YYYY is required" },
      lang,
    );
  const out = values.out ?? null;
  if (out !== null && !/\.xlsx$/i.test(out)) {
    throw new UsageError(
      {
        ru: `--out: ожидается файл .xlsx, получено «${out}»`,
        en: `--out: expected an .xlsx file, got “${out}”`,
      },
      lang,
    );
  }
  return {
    kind: "template",
    programme,
    edition: values.edition ?? null,
    year,
    out,
    responsible: values.responsible ?? null,
    force: values.force ?? false,
    lang,
  };
}

/** The default command: check .xlsx files or folders. */
function parseCheck(values: Values, positionals: string[], lang: Lang): CheckCommand {
  rejectForeign(values, "check", lang);
  if (positionals.length === 0) {
    throw new UsageError(
      {
        ru: "укажите файлы .xlsx или папки (roadmap-check --help)",
        en: "give .xlsx files or folders (roadmap-check --help)",
      },
      lang,
    );
  }
  const template = values.template ?? null;
  if (template !== null && !/\.(json|xlsx)$/i.test(template)) {
    throw new UsageError(
      {
        ru: `--template: ожидается файл .json или .xlsx, получено «${template}»`,
        en: `--template: expected a .json or .xlsx file, got “${template}”`,
      },
      lang,
    );
  }
  return {
    kind: "check",
    inputs: positionals,
    sheet: values.sheet ?? null,
    programme: programmeOf(values.programme, lang),
    edition: values.edition ?? null,
    year: yearOf(values.year, lang),
    funding: fundingOf(values.funding, lang),
    columns: columnsOf(values.column, lang),
    today: todayOf(values.today, lang),
    template,
    lang,
    json: values.json ?? false,
    annotate: values.annotate ?? null,
    jobs: jobsOf(values.jobs, lang),
  };
}

export { HELP } from "./help";
