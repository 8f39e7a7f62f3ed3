import { columnLetters, parseCell } from "../../core/grid";
import { CT, OoxmlPackage, REL } from "./package";
import { addLegacyDrawing, legacyDrawingId } from "./sheet";
import {
  bin,
  children,
  decodeOoxmlEscapes,
  decodeEntities,
  findElement,
  ooxmlText,
  prefixOf,
  unbin,
} from "./xml";

/**
 * Notes (legacy comments) on one sheet: the comments part holds the text, the VML drawing the box Excel shows.
 * Existing parts get our entries appended; a sheet without notes gets both parts and the links to them.
 */

const COMMENTS_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const VML_HEAD =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="#"/></o:shapelayout>` +
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** The addresses (upper case) that already carry a note on this sheet, and the parts that hold them. */
export interface SheetNotes {
  existing: Set<string>;
  commentsPart: string | null;
  vmlPart: string | null;
}

export function sheetNotes(pkg: OoxmlPackage, sheetPart: string): SheetNotes {
  const rels = pkg.rels(sheetPart);
  const c = rels.find((r) => r.type === REL.comments);
  const commentsPart = c ? OoxmlPackage.resolve(sheetPart, c.target) : null;
  const existing = new Set<string>();
  const text = commentsPart ? pkg.text(commentsPart) : null;
  if (text) {
    for (const m of text.matchAll(/<(?:\w+:)?comment\b[^>]*\bref="([^"]+)"/g))
      existing.add(m[1]!.toUpperCase());
  }
  const sheetXml = pkg.text(sheetPart) ?? "";
  const rid = legacyDrawingId(sheetXml);
  const v = rid ? rels.find((r) => r.id === rid) : undefined;
  return { existing, commentsPart, vmlPart: v ? OoxmlPackage.resolve(sheetPart, v.target) : null };
}

/** Every VML drawing's shape-id blocks (o:idmap), so a new block is never shared. */
function usedBlocks(pkg: OoxmlPackage): number {
  let max = 0;
  for (const n of pkg.names()) {
    if (!n.toLowerCase().endsWith(".vml")) continue;
    const text = pkg.text(n)!;
    for (const m of text.matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/g))
      for (const d of m[1]!.split(/[\s,]+/)) if (/^\d+$/.test(d)) max = Math.max(max, Number(d));
    for (const m of text.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Math.floor(Number(m[1]) / 1024));
  }
  return max;
}

function shape(id: number, address: string): string {
  const { row, col } = parseCell(address);
  const r = row - 1;
  const c = col - 1;
  // Excel's default note box: two columns wide, four rows high, to the right of the cell; hidden until hovered.
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
    `<x:Anchor>${c + 1}, 15, ${r}, 10, ${c + 3}, 15, ${r + 4}, 4</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

function commentXml(p: string, address: string, authorId: number, text: string): string {
  return `<${p}comment ref="${address}" authorId="${authorId}"><${p}text><${p}r><${p}t xml:space="preserve">${bin(ooxmlText(text))}</${p}t></${p}r></${p}text></${p}comment>`;
}

export const NOTE_AUTHOR = "roadmap-checker";

/** Adds notes to a sheet whose cells in `notes` have none. */
export function addNotes(
  pkg: OoxmlPackage,
  sheetPart: string,
  info: SheetNotes,
  notes: { address: string; text: string }[],
): void {
  if (notes.length === 0) return;
  // 1. Text: the comments part.
  let commentsPart = info.commentsPart;
  if (commentsPart && pkg.text(commentsPart)) {
    let text = pkg.text(commentsPart)!;
    const root = findElement(text, "comments")!;
    const p = prefixOf(root);
    const authorsEl = findElement(text, "authors");
    const authors = authorsEl
      ? children(text, authorsEl).map((a) =>
          decodeEntities(unbin(text.slice(a.tag.end, a.end).replace(/<\/[^>]*>$/, ""))),
        )
      : [];
    let authorId = authors.indexOf(NOTE_AUTHOR);
    if (authorId < 0) {
      authorId = authors.length;
      const el = `<${p}author>${NOTE_AUTHOR}</${p}author>`;
      if (!authorsEl) {
        text = text.slice(0, root.end) + `<${p}authors>${el}</${p}authors>` + text.slice(root.end);
      } else if (authorsEl.kind === "empty") {
        text =
          text.slice(0, authorsEl.start) +
          `<${authorsEl.name}>${el}</${authorsEl.name}>` +
          text.slice(authorsEl.end);
      } else {
        const close = text.indexOf(`</${authorsEl.name}`, authorsEl.end);
        text = text.slice(0, close) + el + text.slice(close);
      }
    }
    const body = notes.map((n) => commentXml(p, n.address, authorId, n.text)).join("");
    const list = findElement(text, "commentList");
    if (!list) {
      const close = text.lastIndexOf("</");
      text = text.slice(0, close) + `<${p}commentList>${body}</${p}commentList>` + text.slice(close);
    } else if (list.kind === "empty") {
      text = text.slice(0, list.start) + `<${list.name}>${body}</${list.name}>` + text.slice(list.end);
    } else {
      const close = text.indexOf(`</${list.name}`, list.end);
      text = text.slice(0, close) + body + text.slice(close);
    }
    pkg.set(commentsPart, text);
  } else {
    commentsPart = pkg.freeName("xl/comments#.xml");
    const body = notes.map((n) => commentXml("", n.address, 0, n.text)).join("");
    pkg.set(
      commentsPart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${COMMENTS_NS}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>${body}</commentList></comments>`,
    );
    pkg.addContentType(commentsPart, CT.comments);
    pkg.addRel(sheetPart, REL.comments, commentsPart);
  }

  // 2. Boxes: the VML drawing, in shape-id blocks of 1024 no other drawing uses.
  const first = usedBlocks(pkg) + 1;
  const blocks = Math.ceil((notes.length + 1) / 1023);
  const ids = Array.from({ length: blocks }, (_, i) => first + i);
  const shapes = notes
    .map((n, i) => shape(ids[Math.floor(i / 1023)]! * 1024 + (i % 1023) + 1, n.address))
    .join("");
  const vmlText = info.vmlPart ? pkg.text(info.vmlPart) : null;
  if (info.vmlPart && vmlText !== null) {
    let text = vmlText;
    const idmap = /(<o:idmap\b[^>]*\bdata=")([^"]*)(")/.exec(text);
    if (idmap) {
      const at = idmap.index + idmap[1]!.length;
      text =
        text.slice(0, at) + [idmap[2], ...ids].filter(Boolean).join(",") + text.slice(at + idmap[2]!.length);
    }
    if (!text.includes('id="_x0000_t202"')) {
      const shapetype = VML_HEAD.slice(VML_HEAD.indexOf("<v:shapetype"));
      const close = text.lastIndexOf("</xml>");
      text = text.slice(0, close) + shapetype + text.slice(close);
    }
    const close = text.lastIndexOf("</xml>");
    if (close < 0) throw new Error(`${info.vmlPart} is not a VML drawing`);
    pkg.set(info.vmlPart, text.slice(0, close) + shapes + text.slice(close));
  } else {
    const vmlPart = pkg.freeName("xl/drawings/vmlDrawing#.vml");
    pkg.set(vmlPart, VML_HEAD.replace("#", ids.join(",")) + shapes + "</xml>");
    pkg.addDefaultContentType("vml", CT.vml);
    const rid = pkg.addRel(sheetPart, REL.vml, vmlPart);
    pkg.set(sheetPart, addLegacyDrawing(pkg.text(sheetPart)!, rid));
  }
}

/** Notes text read back from a comments part (for tests and for checking what a copy carries). */
export function readNotes(pkg: OoxmlPackage, commentsPart: string): Map<string, string> {
  const text = pkg.text(commentsPart) ?? "";
  const out = new Map<string, string>();
  for (const m of text.matchAll(
    /<(?:\w+:)?comment\b[^>]*\bref="([^"]+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?comment>/g,
  )) {
    const body = [...m[2]!.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)]
      .map((t) => t[1])
      .join("");
    out.set(m[1]!.toUpperCase(), decodeOoxmlEscapes(decodeEntities(unbin(body))));
  }
  return out;
}

/**
 * Removes the notes at `addresses` (upper case) from a sheet: their comments and their VML boxes. An earlier copy's or
 * the add-in's notes go this way before new ones are added, as «Снять отметки» would remove them.
 */
export function removeNotes(pkg: OoxmlPackage, info: SheetNotes, addresses: ReadonlySet<string>): void {
  if (addresses.size === 0) return;
  const comments = info.commentsPart ? pkg.text(info.commentsPart) : null;
  if (info.commentsPart && comments !== null) {
    const kept = comments.replace(
      /<(?:\w+:)?comment\b[^>]*\bref="([^"]+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?comment>)/g,
      (whole, ref: string) => (addresses.has(ref.toUpperCase()) ? "" : whole),
    );
    if (kept !== comments) pkg.set(info.commentsPart, kept);
  }
  const vml = info.vmlPart ? pkg.text(info.vmlPart) : null;
  if (info.vmlPart && vml !== null) {
    const kept = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (whole) => {
      if (!/ObjectType="Note"/.test(whole)) return whole;
      const r = /<x:Row>(\d+)<\/x:Row>/.exec(whole)?.[1];
      const c = /<x:Column>(\d+)<\/x:Column>/.exec(whole)?.[1];
      if (r === undefined || c === undefined) return whole;
      return addresses.has(`${columnLetters(Number(c) + 1)}${Number(r) + 1}`) ? "" : whole;
    });
    if (kept !== vml) pkg.set(info.vmlPart, kept);
  }
  for (const a of addresses) info.existing.delete(a);
}
