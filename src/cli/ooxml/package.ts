import { unzipSync, zipSync, type Zippable } from "fflate";
import {
  attrs,
  bin,
  children,
  decodeEntities,
  escapeXml,
  findElement,
  namespacePrefix,
  partBytes,
  partText,
  prefixOf,
  setAttr,
  unbin,
} from "./xml";
import { rewriteZip } from "./zip";

/**
 * An OOXML package as its parts: every part keeps its bytes unless it is replaced through `set`, and the zip is
 * written back in the original part order with new parts at the end.
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
};

export const REL = {
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  comments: `${NS.rel}/comments`,
  vml: `${NS.rel}/vmlDrawing`,
  officeDocument: `${NS.rel}/officeDocument`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  theme: `${NS.rel}/theme`,
};

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export class OoxmlPackage {
  private readonly zip: Uint8Array;
  private readonly order: string[] = [];
  /** Parts read so far (inflated on first use: a part nobody reads is never inflated). */
  private readonly parts = new Map<string, Uint8Array | null>();
  private readonly changed = new Set<string>();

  constructor(zip: Uint8Array) {
    this.zip = zip;
    unzipSync(zip, {
      filter: (f) => {
        this.order.push(f.name);
        return false;
      },
    });
  }

  names(): string[] {
    return [...this.order, ...[...this.changed].filter((n) => !this.order.includes(n))];
  }

  has(name: string): boolean {
    return this.changed.has(name) || this.order.includes(name);
  }

  bytes(name: string): Uint8Array | undefined {
    if (!this.parts.has(name)) {
      const got = this.order.includes(name)
        ? unzipSync(this.zip, { filter: (f) => f.name === name })[name]
        : undefined;
      this.parts.set(name, got ?? null);
    }
    return this.parts.get(name) ?? undefined;
  }

  /** The part as a binary string (see xml.ts), or null when absent. */
  text(name: string): string | null {
    const b = this.bytes(name);
    return b ? partText(b) : null;
  }

  set(name: string, text: string): void {
    this.parts.set(name, partBytes(text));
    this.changed.add(name);
  }

  /** Names of parts added or replaced. */
  touched(): Set<string> {
    return new Set(this.changed);
  }

  /** A part name not yet used, from a pattern with "#" standing for 1, 2, 3… */
  freeName(pattern: string): string {
    const lower = new Set(this.names().map((n) => n.toLowerCase()));
    for (let i = 1; ; i++) {
      const n = pattern.replace("#", String(i));
      if (!lower.has(n.toLowerCase())) return n;
    }
  }

  /** The package as a zip: unchanged entries copied record by record, changed and new ones written. */
  write(): Uint8Array {
    const existing = new Set(this.order);
    const replaced = new Map<string, Uint8Array>();
    const added: [string, Uint8Array][] = [];
    for (const n of this.changed) {
      const data = this.parts.get(n)!;
      if (existing.has(n)) replaced.set(n, data);
      else added.push([n, data]);
    }
    const copied = rewriteZip(this.zip, replaced, added);
    if (copied) return copied;
    // A zip the record copier does not handle (zip64, unusual layout): every part is written again.
    const files: Zippable = {};
    const all = unzipSync(this.zip);
    for (const n of this.names()) {
      const data = this.changed.has(n) ? this.parts.get(n)! : all[n]!;
      files[n] = [data, { level: /\.(png|jpe?g|gif|emf|wmf|bin)$/i.test(n) ? 0 : 6 }];
    }
    return zipSync(files);
  }

  // ------------------------------------------------------------------ relationships

  static relsName(part: string): string {
    const i = part.lastIndexOf("/");
    return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
  }

  rels(part: string): Relationship[] {
    const text = this.text(OoxmlPackage.relsName(part));
    if (text === null) return [];
    const root = findElement(text, "Relationships");
    if (!root) return [];
    return children(text, root)
      .filter((c) => c.tag.local === "Relationship")
      .map((c) => {
        const a = attrs(text.slice(c.tag.start, c.tag.end));
        return {
          id: a.get("Id") ?? "",
          type: a.get("Type") ?? "",
          target: unbin(a.get("Target") ?? ""),
          external: a.get("TargetMode") === "External",
        };
      });
  }

  /** Adds a relationship from `part` to `target` (a part name); returns its new id. */
  addRel(part: string, type: string, target: string): string {
    const name = OoxmlPackage.relsName(part);
    const taken = new Set(this.rels(part).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(bin(relativeTarget(part, target)))}"/>`;
    const text = this.text(name);
    if (text === null) {
      this.set(
        name,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${rel}</Relationships>`,
      );
    } else {
      const close = text.lastIndexOf("</");
      const root = findElement(text, "Relationships");
      if (root?.kind === "empty") {
        this.set(name, text.slice(0, root.end - 2) + `>${rel}</${root.name}>` + text.slice(root.end));
      } else this.set(name, text.slice(0, close) + rel + text.slice(close));
    }
    return id;
  }

  /** The part a relationship points to. */
  static resolve(from: string, target: string): string {
    if (target.startsWith("/")) return target.slice(1);
    const base = from
      .slice(0, from.lastIndexOf("/") + 1)
      .split("/")
      .filter(Boolean);
    for (const seg of target.split("/")) {
      if (seg === "..") base.pop();
      else if (seg !== "." && seg !== "") base.push(seg);
    }
    return base.join("/");
  }

  // ------------------------------------------------------------------ content types

  addContentType(part: string, type: string): void {
    this.editContentTypes(`<Override PartName="/${escapeXml(bin(part))}" ContentType="${type}"/>`);
  }

  addDefaultContentType(ext: string, type: string): void {
    const text = this.text("[Content_Types].xml") ?? "";
    const has = new RegExp(`<(?:\\w+:)?Default\\b[^>]*Extension="${ext}"`, "i").test(text);
    if (!has) this.editContentTypes(`<Default Extension="${ext}" ContentType="${type}"/>`);
  }

  private editContentTypes(entry: string): void {
    const text = this.text("[Content_Types].xml");
    if (text === null) throw new Error("[Content_Types].xml is missing");
    const close = text.lastIndexOf("</");
    this.set("[Content_Types].xml", text.slice(0, close) + entry + text.slice(close));
  }
}

/** `target` relative to the folder of `from` (both part names). */
function relativeTarget(from: string, target: string): string {
  const a = from.split("/").slice(0, -1);
  const b = target.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

export interface SheetEntry {
  name: string;
  /** The worksheet part, or null for a chart sheet or a sheet whose part is missing. */
  part: string | null;
  sheetId: number;
}

/** The workbook part (from the package's root relationships) and its sheets. */
export function workbookOf(pkg: OoxmlPackage): { part: string; sheets: SheetEntry[] } {
  const office = pkg
    .rels("")
    .find((r) => r.type === REL.officeDocument || r.type.endsWith("/officeDocument"));
  const part = office ? OoxmlPackage.resolve("", office.target) : "xl/workbook.xml";
  const text = pkg.text(part);
  if (text === null) throw new Error(`${part} is missing`);
  const rels = new Map(pkg.rels(part).map((r) => [r.id, r]));
  const sheetsEl = findElement(text, "sheets");
  const sheets: SheetEntry[] = [];
  if (sheetsEl) {
    for (const c of children(text, sheetsEl)) {
      if (c.tag.local !== "sheet") continue;
      const a = attrs(text.slice(c.tag.start, c.tag.end));
      const rid = [...a].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
      const rel = rels.get(rid);
      const isWorksheet = rel && rel.type === REL.worksheet;
      sheets.push({
        name: unbin(a.get("name") ?? ""),
        part: isWorksheet ? OoxmlPackage.resolve(part, rel.target) : null,
        sheetId: Number(a.get("sheetId") ?? 0),
      });
    }
  }
  return { part, sheets };
}

/** Appends a <sheet> to the workbook's sheet list, pointing to a new worksheet part; returns nothing new to renumber. */
export function addSheet(
  pkg: OoxmlPackage,
  workbookPart: string,
  name: string,
  sheetPart: string,
  sheetXml: string,
  state: "visible" | "veryHidden",
): void {
  pkg.set(sheetPart, sheetXml);
  pkg.addContentType(sheetPart, CT.worksheet);
  const rid = pkg.addRel(workbookPart, REL.worksheet, sheetPart);
  const text = pkg.text(workbookPart)!;
  const root = findElement(text, "workbook")!;
  const sheetsEl = findElement(text, "sheets");
  if (!sheetsEl || sheetsEl.kind === "empty") throw new Error("the workbook has no sheet list");
  const p = prefixOf(sheetsEl);
  const r = namespacePrefix(text, root, NS.rel);
  const ids = children(text, sheetsEl).map((c) =>
    Number(attrs(text.slice(c.tag.start, c.tag.end)).get("sheetId") ?? 0),
  );
  const sheetId = Math.max(0, ...ids) + 1;
  let el = `<${p}sheet name="${escapeXml(bin(name))}" sheetId="${sheetId}"${state === "visible" ? "" : ` state="${state}"`}`;
  el += r ? ` ${r}id="${rid}"/>` : ` xmlns:r="${NS.rel}" r:id="${rid}"/>`;
  const kids = children(text, sheetsEl);
  const at = kids.length ? kids[kids.length - 1]!.end : sheetsEl.end;
  pkg.set(workbookPart, text.slice(0, at) + el + text.slice(at));
}

/** `formula` with its references to sheet `from` ('It''s'! quoted, Лист1! bare) made references to `to`. */
export function renameInFormula(formula: string, from: string, to: string): string {
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A bare name starts after an operator, a comma, a parenthesis or the start, never inside another name or [book].
  const bare = new RegExp(`(^|[^\\p{L}\\p{N}_.'\\]])${escaped}!`, "gu");
  return formula
    .split(quoted(from))
    .join(quoted(to))
    .replace(bare, (_, before: string) => before + quoted(to));
}

/**
 * Renames a sheet in the workbook's sheet list, and in the defined names that refer to it (a print area, a filter), as
 * Excel's rename does; other parts are left as they are. The sheet's part does not change.
 */
export function renameSheet(pkg: OoxmlPackage, workbookPart: string, from: string, to: string): void {
  let text = pkg.text(workbookPart)!;
  const sheetsEl = findElement(text, "sheets");
  const el = sheetsEl
    ? children(text, sheetsEl).find(
        (c) =>
          c.tag.local === "sheet" &&
          unbin(attrs(text.slice(c.tag.start, c.tag.end)).get("name") ?? "") === from,
      )
    : undefined;
  if (!el) throw new Error(`renameSheet: no sheet "${from}"`);
  text =
    text.slice(0, el.tag.start) +
    setAttr(text.slice(el.tag.start, el.tag.end), "name", bin(to)) +
    text.slice(el.tag.end);
  const names = findElement(text, "definedNames");
  // Each defined name's formula, decoded, renamed, and written back only where it changed.
  for (const c of names && names.kind !== "empty" ? children(text, names).reverse() : []) {
    if (c.tag.local !== "definedName" || c.tag.kind === "empty") continue;
    const close = text.lastIndexOf("</", c.end - 1);
    const formula = unbin(decodeEntities(text.slice(c.tag.end, close)));
    const renamed = renameInFormula(formula, from, to);
    if (renamed !== formula) text = text.slice(0, c.tag.end) + escapeXml(bin(renamed)) + text.slice(close);
  }
  pkg.set(workbookPart, text);
}
