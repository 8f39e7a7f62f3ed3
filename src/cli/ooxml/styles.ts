import type { OriginalFill } from "../../core/store/format";
import { DEFAULT_THEME, PATTERN_TO_OOXML, resolveFileColor, type FileColor } from "../../core/store/fills";
import type { FileFill, OoxmlPattern, StoredPattern } from "../../core/store/fills";
import { CT, OoxmlPackage, REL } from "./package";
import { attrs, children, findElement, nextTag, prefixOf, setAttr, type Tag } from "./xml";

/**
 * The workbook's style sheet, patched by appending: new fills, fonts and cell formats go after the existing ones, so
 * every style index already used in the package keeps its meaning.
 */

const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

interface Section {
  local: string;
  tag: Tag;
  items: string[];
  added: string[];
}

/** Built-in number format 49 is "@" (text). */
export const TEXT_FORMAT = 49;

export interface ReportStyle {
  bold: boolean;
  text: boolean;
  wrap: boolean;
  /** "RRGGBB" or null. */
  fill: string | null;
}

function colorAttrs(el: string | undefined): FileColor | null {
  if (!el) return null;
  const a = attrs(el);
  const num = (k: string) => (a.has(k) ? Number(a.get(k)) : undefined);
  return { rgb: a.get("rgb"), theme: num("theme"), indexed: num("indexed"), tint: num("tint") };
}

/** A <fill> element's text as the store's FileFill. */
export function fileFillOf(fill: string, theme: readonly string[]): FileFill | null {
  const resolve = (c: FileColor | null) => (c ? resolveFileColor(c, theme) : null);
  const grad = /<(?:\w+:)?gradientFill\b/.exec(fill);
  if (grad) {
    const stop = /<(?:\w+:)?stop\b[\s\S]*?<(?:\w+:)?color\b[^>]*>/.exec(fill);
    const color = stop ? /<(?:\w+:)?color\b[^>]*>/.exec(stop[0])?.[0] : undefined;
    return { type: "gradient", firstStop: resolve(colorAttrs(color)) };
  }
  const pf = /<(?:\w+:)?patternFill\b[^>]*>/.exec(fill);
  if (!pf) return null;
  const pattern = (attrs(pf[0]).get("patternType") ?? "none") as OoxmlPattern;
  const fg = /<(?:\w+:)?fgColor\b[^>]*>/.exec(fill)?.[0];
  const bg = /<(?:\w+:)?bgColor\b[^>]*>/.exec(fill)?.[0];
  return { type: "pattern", pattern, fg: resolve(colorAttrs(fg)), bg: resolve(colorAttrs(bg)) };
}

/** The 12 theme colours in xlsx index order (lt1, dk1, lt2, dk2, …): the file stores dk1 before lt1. */
export function themeColors(pkg: OoxmlPackage, workbookPart: string): string[] {
  const rel = pkg.rels(workbookPart).find((r) => r.type === REL.theme);
  const text = rel ? pkg.text(OoxmlPackage.resolve(workbookPart, rel.target)) : null;
  const scheme = text ? findElement(text, "clrScheme") : null;
  if (!text || !scheme) return DEFAULT_THEME;
  const colors = children(text, scheme).map((c) => {
    const inner = text.slice(c.tag.end, c.end);
    const a = /<(?:\w+:)?(?:srgbClr|sysClr)\b[^>]*>/.exec(inner);
    const at = a ? attrs(a[0]) : new Map<string, string>();
    return (at.get("lastClr") ?? at.get("val") ?? "").toUpperCase();
  });
  if (colors.length < 12 || colors.some((c) => !/^[0-9A-F]{6}$/.test(c))) return DEFAULT_THEME;
  const [dk1, lt1, dk2, lt2, ...rest] = colors;
  return [lt1!, dk1!, lt2!, dk2!, ...rest.slice(0, 8)];
}

export class StyleSheet {
  readonly part: string;
  private readonly text: string;
  private readonly p: string;
  private readonly sections = new Map<string, Section>();
  private readonly markCache = new Map<string, number>();
  private readonly reportCache = new Map<string, number>();
  private readonly fillCache = new Map<string, number>();
  private boldFont: number | null = null;

  constructor(
    private readonly pkg: OoxmlPackage,
    workbookPart: string,
    readonly theme: readonly string[],
  ) {
    const rel = pkg.rels(workbookPart).find((r) => r.type === REL.styles);
    if (rel) this.part = OoxmlPackage.resolve(workbookPart, rel.target);
    else {
      // A workbook without a style sheet (some generators omit it) gets the minimal one Excel itself starts from.
      // Never over an existing xl/styles.xml that the relationships failed to name (a damaged .rels).
      this.part = pkg.has("xl/styles.xml") ? pkg.freeName("xl/styles#.xml") : "xl/styles.xml";
      pkg.set(this.part, EMPTY_STYLES);
      pkg.addContentType(this.part, CT.styles);
      pkg.addRel(workbookPart, REL.styles, this.part);
    }
    if (!pkg.has(this.part)) {
      // Named by the relationships but absent from the package (a real LibreOffice-saved file): Excel's defaults.
      pkg.set(this.part, EMPTY_STYLES);
      const types = pkg.text("[Content_Types].xml") ?? "";
      if (!types.toLowerCase().includes(`partname="/${this.part.toLowerCase()}"`))
        pkg.addContentType(this.part, CT.styles);
    }
    let text = pkg.text(this.part);
    if (text === null) throw new Error(`${this.part} is missing`);
    let root = findElement(text, "styleSheet");
    if (!root) throw new Error(`${this.part} has no styleSheet`);
    // An empty style sheet (a writer that relies on Excel's defaults) means the defaults: Excel's minimal one.
    if (root.kind === "empty" || children(text, root).length === 0) {
      text = EMPTY_STYLES;
      pkg.set(this.part, text);
      root = findElement(text, "styleSheet")!;
    }
    this.text = text;
    this.p = prefixOf(root);
    for (const local of ["fonts", "fills", "cellXfs"]) {
      const tag = findElement(text, local);
      if (!tag || tag.kind === "empty") throw new Error(`${this.part} has no <${local}> list`);
      const items = children(text, tag).map((c) => text.slice(c.tag.start, c.end));
      this.sections.set(local, { local, tag, items, added: [] });
    }
  }

  private section(local: string): Section {
    return this.sections.get(local)!;
  }

  private count(local: string): number {
    const s = this.section(local);
    return s.items.length + s.added.length;
  }

  xfCount(): number {
    return this.count("cellXfs");
  }

  /** The fill a cell with style index `s` shows. */
  fillOf(s: number): FileFill | null {
    const xf = this.section("cellXfs").items[s] ?? this.section("cellXfs").items[0];
    if (!xf) return null;
    const fillId = Number(attrs(/^<[^>]*>/.exec(xf)![0]).get("fillId") ?? 0);
    const fill = this.section("fills").items[fillId];
    return fill ? fileFillOf(fill, this.theme) : null;
  }

  private solidFill(hex: string): number {
    let id = this.fillCache.get(hex);
    if (id === undefined) {
      const p = this.p;
      id = this.count("fills");
      this.section("fills").added.push(
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${hex}"/><${p}bgColor rgb="FF${hex}"/></${p}patternFill></${p}fill>`,
      );
      this.fillCache.set(hex, id);
    }
    return id;
  }

  /** The style index of cell format `s` with a solid fill of `hex` ("RRGGBB"): everything else of the cell kept. */
  marked(s: number, hex: string): number {
    return this.withFill(s, `solid|${hex}`, () => this.solidFill(hex));
  }

  /** Cell format `s` with the fill the store recorded as the planner's (undoing an earlier mark). */
  restored(s: number, original: OriginalFill): number {
    if (typeof original === "string" && original !== "none") return this.marked(s, original);
    const key = JSON.stringify(original);
    return this.withFill(s, key, () => {
      let id = this.fillCache.get(key);
      if (id === undefined) {
        const p = this.p;
        const pattern = original === "none" ? "none" : PATTERN_TO_OOXML[original[0] as StoredPattern];
        const body =
          original === "none" || !pattern
            ? `<${p}patternFill patternType="none"/>`
            : `<${p}patternFill patternType="${pattern}"><${p}fgColor rgb="FF${original[2]}"/><${p}bgColor rgb="FF${original[1]}"/></${p}patternFill>`;
        id = this.count("fills");
        this.section("fills").added.push(`<${p}fill>${body}</${p}fill>`);
        this.fillCache.set(key, id);
      }
      return id;
    });
  }

  private withFill(s: number, key: string, fill: () => number): number {
    const k = `${s}|${key}`;
    let id = this.markCache.get(k);
    if (id === undefined) {
      const base = this.section("cellXfs").items[s] ?? this.section("cellXfs").items[0]!;
      const fillId = fill();
      const open = /^<[^>]*>/.exec(base)![0];
      const tag = setAttr(setAttr(open, "fillId", String(fillId)), "applyFill", "1");
      id = this.count("cellXfs");
      this.section("cellXfs").added.push(tag + base.slice(open.length));
      this.markCache.set(k, id);
    }
    return id;
  }

  private bold(): number {
    if (this.boldFont === null) {
      const p = this.p;
      const base = this.section("fonts").items[0] ?? `<${p}font></${p}font>`;
      const open = /^<[^>]*>/.exec(base)![0];
      // <b/> comes first in CT_Font's sequence.
      const font = open.endsWith("/>")
        ? `${open.slice(0, -2)}><${p}b/></${p}font>`
        : open + `<${p}b/>` + base.slice(open.length).replace(/<(?:\w+:)?b\s*\/>/, "");
      this.boldFont = this.count("fonts");
      this.section("fonts").added.push(font);
    }
    return this.boldFont;
  }

  /** A cell format for the report sheet. */
  report(style: ReportStyle): number {
    const key = JSON.stringify(style);
    let id = this.reportCache.get(key);
    if (id === undefined) {
      const p = this.p;
      const font = style.bold ? this.bold() : 0;
      const fill = style.fill ? this.solidFill(style.fill) : 0;
      let xf = `<${p}xf numFmtId="${style.text ? TEXT_FORMAT : 0}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"`;
      if (style.text) xf += ` applyNumberFormat="1"`;
      if (style.bold) xf += ` applyFont="1"`;
      if (style.fill) xf += ` applyFill="1"`;
      xf += style.wrap ? ` applyAlignment="1"><${p}alignment wrapText="1"/></${p}xf>` : "/>";
      id = this.count("cellXfs");
      this.section("cellXfs").added.push(xf);
      this.reportCache.set(key, id);
    }
    return id;
  }

  /** Writes the appended entries into the part (nothing is written when nothing was added). */
  commit(): void {
    const edits = [...this.sections.values()]
      .filter((s) => s.added.length > 0)
      .sort((a, b) => b.tag.start - a.tag.start);
    if (edits.length === 0) return;
    let text = this.text;
    for (const s of edits) {
      const close = closingTagOf(text, s.tag);
      const open = setAttr(
        text.slice(s.tag.start, s.tag.end),
        "count",
        String(s.items.length + s.added.length),
      );
      text =
        text.slice(0, s.tag.start) +
        open +
        text.slice(s.tag.end, close) +
        s.added.join("") +
        text.slice(close);
    }
    this.pkg.set(this.part, text);
  }
}

function closingTagOf(text: string, open: Tag): number {
  let depth = 1;
  for (let t = nextTag(text, open.end); t; t = nextTag(text, t.end)) {
    if (t.name !== open.name) continue;
    if (t.kind === "open") depth++;
    else if (t.kind === "close" && --depth === 0) return t.start;
  }
  throw new Error(`unclosed <${open.name}>`);
}
