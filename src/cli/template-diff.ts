import { resolve } from "node:path";
import { diffEditions, getEdition, type DiffItem, type DiffPair, type EditionDiff } from "../core";
import type { Lang } from "../core/lang";
import type { ProgrammeId } from "../core/programmes";
import type { Edition } from "../core/templates/schema";
import { UsageError } from "./args";
import { editionIds, loadTemplateFile } from "./core-port";
import { escapeControls, oneLine } from "./messages";

/** `roadmap-check templates --diff A B`: two editions (built-in ids or template files) and what changed between them. */

async function editionOf(
  spec: string,
  programme: ProgrammeId | null,
  cwd: string,
  lang: Lang,
): Promise<Edition> {
  if (/\.(json|xlsx)$/i.test(spec)) {
    const loaded = await loadTemplateFile(resolve(cwd, spec), { programme, year: null });
    if (!loaded.ok) throw new UsageError(loaded.reason, lang);
    return loaded.edition;
  }
  const e = getEdition(spec);
  if (!e) {
    const known = editionIds().join(", ");
    throw new UsageError(
      {
        ru: `templates --diff: неизвестная редакция «${spec}» (есть: ${known}; или файл .json/.xlsx)`,
        en: `templates --diff: unknown edition “${spec}” (known: ${known}; or a .json/.xlsx file)`,
      },
      lang,
    );
  }
  return e;
}

export async function templateDiff(
  a: string,
  b: string,
  programme: ProgrammeId | null,
  cwd: string,
  lang: Lang,
): Promise<EditionDiff> {
  return diffEditions(await editionOf(a, programme, cwd, lang), await editionOf(b, programme, cwd, lang));
}

const H = {
  heading: { ru: "Сравнение редакций", en: "Editions compared" },
  generation: { ru: (g: number) => `поколение ${g} года`, en: (g: number) => `${g} generation` },
  hash: { ru: "хэш", en: "hash" },
  added: { ru: "Добавлены пункты", en: "Items added" },
  removed: { ru: "Удалены пункты", en: "Items removed" },
  renamed: { ru: "Переименованы", en: "Renamed" },
  moved: { ru: "Сроки изменились", en: "Deadlines moved" },
  none: { ru: "нет", en: "none" },
  unchanged: { ru: "Без изменений (то же название и срок)", en: "Unchanged (same title and deadline)" },
  deadline: { ru: "срок", en: "deadline" },
  source: { ru: "источник", en: "source" },
  byId: { ru: "тот же id", en: "same id" },
  byTitle: { ru: "сходство формулировок", en: "wording similarity" },
} as const;

function itemLine(mark: string, it: DiffItem, lang: Lang): string[] {
  return [
    `  ${mark} ${it.number}. [${it.id}] ${it.title[lang]}`,
    `      ${H.deadline[lang]}: ${it.deadline[lang]}`,
    `      ${H.source[lang]}: ${oneLine(it.source)}`,
  ];
}

function sources(p: DiffPair, lang: Lang): string {
  const a = oneLine(p.from.source);
  const b = oneLine(p.to.source);
  return `      ${H.source[lang]}: ${a === b ? a : `${a} → ${b}`}`;
}

function ids(p: DiffPair): string {
  return p.from.id === p.to.id ? `[${p.from.id}]` : `[${p.from.id} → ${p.to.id}]`;
}

export function formatDiff(d: EditionDiff, lang: Lang): string {
  const side = (r: EditionDiff["from"]) =>
    `${r.id} (${H.generation[lang](r.generation)}, ${H.hash[lang]} ${r.templateHash})`;
  const out: string[] = [
    `${H.heading[lang]}: ${side(d.from)} → ${side(d.to)}`,
    `  «${d.from.title[lang]}» → «${d.to.title[lang]}»`,
  ];
  const section = (title: string, n: number, lines: string[]) => {
    out.push("", `${title} (${n})${n === 0 ? `: ${H.none[lang]}` : ":"}`, ...lines);
  };
  section(
    H.added[lang],
    d.added.length,
    d.added.flatMap((it) => itemLine("+", it, lang)),
  );
  section(
    H.removed[lang],
    d.removed.length,
    d.removed.flatMap((it) => itemLine("−", it, lang)),
  );
  section(
    H.renamed[lang],
    d.renamed.length,
    d.renamed.flatMap((p) => [
      `  ~ ${ids(p)} «${p.from.title[lang]}» → «${p.to.title[lang]}» (${p.matchedBy === "id" ? H.byId[lang] : `${H.byTitle[lang]} ${p.similarity}`})`,
      sources(p, lang),
    ]),
  );
  section(
    H.moved[lang],
    d.moved.length,
    d.moved.flatMap((p) => [
      `  ↦ ${ids(p)} ${p.to.title[lang]}: ${p.from.deadline[lang]} → ${p.to.deadline[lang]}`,
      sources(p, lang),
    ]),
  );
  out.push("", `${H.unchanged[lang]}: ${d.unchanged}.`);
  return `${out.map(escapeControls).join("\n")}\n`;
}
