/**
 * Targeted XML patching for OOXML parts. A part is held as a "binary string" (latin1: one char per byte), so every
 * byte not deliberately changed is written back as it was, and index arithmetic is byte arithmetic. Markup is ASCII
 * in UTF-8, so tags and attribute names are found directly; text and attribute values are decoded where read.
 */

export function partText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

export function partBytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "latin1"));
}

/** A JS (UTF-16) string as the binary string of its UTF-8 bytes, for splicing into a part. */
export function bin(s: string): string {
  return Buffer.from(s, "utf8").toString("latin1");
}

/** The UTF-16 string a binary string of UTF-8 bytes stands for. */
export function unbin(s: string): string {
  return Buffer.from(s, "latin1").toString("utf8");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9A-Fa-f]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Characters XML 1.0 cannot carry (and lone surrogates): SpreadsheetML writes them as _xHHHH_.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const hex4 = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/** Cell or note text as SpreadsheetML stores it: a literal "_xHHHH_" is itself escaped, then XML-escaped. */
export function ooxmlText(s: string): string {
  return escapeXml(s.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`).replace(NOT_XML, hex4));
}

/** The reverse of ooxmlText's _xHHHH_ step, for text read back from a part. */
export function decodeOoxmlEscapes(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export interface Tag {
  /** Index of "<". */
  start: number;
  /** Index just after ">". */
  end: number;
  kind: "open" | "close" | "empty";
  /** Qualified name as written, e.g. "x:row". */
  name: string;
  /** Local name, without prefix. */
  local: string;
}

/** The next element tag at or after `from`, skipping comments, CDATA, processing instructions and doctypes. */
export function nextTag(s: string, from: number): Tag | null {
  let i = s.indexOf("<", from);
  while (i >= 0) {
    const c = s.charCodeAt(i + 1);
    if (c === 0x21 /* ! */) {
      const close = s.startsWith("<!--", i) ? "-->" : s.startsWith("<![CDATA[", i) ? "]]>" : ">";
      const e = s.indexOf(close, i + 2);
      if (e < 0) return null;
      i = s.indexOf("<", e + close.length);
      continue;
    }
    if (c === 0x3f /* ? */) {
      const e = s.indexOf("?>", i + 2);
      if (e < 0) return null;
      i = s.indexOf("<", e + 2);
      continue;
    }
    const closing = c === 0x2f; /* / */
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < s.length && !/[\s/>]/.test(s[j]!)) j++;
    const name = s.slice(nameStart, j);
    // Attribute values may hold ">": walk them quote by quote.
    let quote = 0;
    for (; j < s.length; j++) {
      const ch = s.charCodeAt(j);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
      else if (ch === 0x3e /* > */) break;
    }
    if (j >= s.length) return null;
    const kind = closing ? "close" : s.charCodeAt(j - 1) === 0x2f ? "empty" : "open";
    const colon = name.indexOf(":");
    return { start: i, end: j + 1, kind, name, local: colon >= 0 ? name.slice(colon + 1) : name };
  }
  return null;
}

/** The attributes of a start tag's text, values entity-decoded (names as written). */
export function attrs(tagText: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const body = tagText.replace(/^<[^\s/>]+/, "");
  for (let m = re.exec(body); m; m = re.exec(body)) out.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? ""));
  return out;
}

/** A start tag with one attribute set (replaced where present, else added before the tag's end). */
export function setAttr(tagText: string, name: string, value: string): string {
  const re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  const v = `"${escapeXml(value)}"`;
  if (re.test(tagText)) return tagText.replace(re, (_, ws: string) => `${ws}${name}=${v}`);
  const end = tagText.endsWith("/>") ? tagText.length - 2 : tagText.length - 1;
  return `${tagText.slice(0, end).replace(/\s+$/, "")} ${name}=${v}${tagText.slice(end)}`;
}

/** The whole element (start tag to matching end tag) starting with the tag at `tag`. */
export function elementEnd(s: string, tag: Tag): number {
  if (tag.kind === "empty") return tag.end;
  let depth = 1;
  let t = nextTag(s, tag.end);
  while (t) {
    if (t.name === tag.name) {
      if (t.kind === "open") depth++;
      else if (t.kind === "close" && --depth === 0) return t.end;
    }
    t = nextTag(s, t.end);
  }
  throw new Error(`unclosed <${tag.name}>`);
}

/** The first element with this local name (any prefix), searched from `from`. */
export function findElement(s: string, local: string, from = 0): Tag | null {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}[\\s/>]`, "g");
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const t = nextTag(s, m.index);
    if (t && t.start === m.index && t.local === local && t.kind !== "close") return t;
  }
  return null;
}

/** Child elements (start tag to end) of the element opened by `parent`, in order. */
export function children(s: string, parent: Tag): { tag: Tag; end: number }[] {
  const out: { tag: Tag; end: number }[] = [];
  if (parent.kind === "empty") return out;
  let t = nextTag(s, parent.end);
  while (t && t.kind !== "close") {
    const end = elementEnd(s, t);
    out.push({ tag: t, end });
    t = nextTag(s, end);
  }
  return out;
}

/** The prefix ("x:" or "") of an element's qualified name. */
export function prefixOf(tag: Tag): string {
  return tag.name.slice(0, tag.name.length - tag.local.length);
}

/** The prefix the root element binds to a namespace URI, "" when it is the default namespace, null when unbound. */
export function namespacePrefix(s: string, root: Tag, uri: string): string | null {
  for (const [k, v] of attrs(s.slice(root.start, root.end))) {
    if (v !== uri) continue;
    if (k === "xmlns") return "";
    if (k.startsWith("xmlns:")) return `${k.slice(6)}:`;
  }
  return null;
}
