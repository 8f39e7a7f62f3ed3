// The project's own offline structural check of manifest.xml (Microsoft's validator needs its online service).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { existsSync } from "node:fs";
import { join } from "node:path";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PERMISSIONS = new Set([
  "Restricted",
  "ReadDocument",
  "ReadWriteDocument",
  "WriteDocument",
  "ReadAllDocument",
]);

function walk(node, visit, path = []) {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit, path));
  if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      visit(k, v, path);
      walk(v, visit, [...path, k]);
    }
  }
}

const asArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Returns a list of problems (empty when the manifest is sound). `root` resolves icon URLs to files. */
export function checkManifest(xml, { root = "." } = {}) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`XML is not well-formed: ${valid.err.msg} (line ${valid.err.line})`];

  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true });
  const doc = parser.parse(xml);
  const app = doc.OfficeApp;
  if (!app) return ["Root element must be OfficeApp"];

  if (!GUID.test(String(app.Id ?? ""))) problems.push(`Id must be a GUID, got "${app.Id ?? ""}"`);
  for (const el of [
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
  ]) {
    if (app[el] === undefined) problems.push(`Missing required element <${el}>`);
  }
  if (!/^\d+(\.\d+){0,3}$/.test(String(app.Version ?? "")))
    problems.push(`Version must be n.n.n.n, got "${app.Version}"`);
  if (!PERMISSIONS.has(String(app.Permissions)))
    problems.push(`Permissions "${app.Permissions}" is not a valid value`);
  if (app.Permissions !== "ReadWriteDocument")
    problems.push("Permissions must be ReadWriteDocument (the add-in writes marks) and nothing more");
  const hosts = asArray(app.Hosts?.Host).map((h) => h["@Name"]);
  if (!hosts.includes("Workbook")) problems.push("Hosts must include Workbook (Excel)");

  // Every URL https on one origin.
  const urls = [];
  walk(app, (k, v) => {
    if (k === "@DefaultValue" || k === "@Value" || k === "SourceLocation" || k === "AppDomain") {
      const s = typeof v === "string" ? v : undefined;
      if (s && /^[a-z]+:\/\//i.test(s)) urls.push(s);
    }
  });
  for (const d of asArray(app.AppDomains?.AppDomain)) if (typeof d === "string") urls.push(d);
  const origins = new Set();
  for (const u of urls) {
    let parsed;
    try {
      parsed = new URL(u);
    } catch {
      problems.push(`Not a URL: ${u}`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`URL must be https: ${u}`);
    origins.add(parsed.origin);
  }
  if (origins.size > 1) problems.push(`All URLs must share one origin, found: ${[...origins].join(", ")}`);

  // Resources: ids, lengths, resid resolution.
  const vo = app.VersionOverrides;
  if (!vo) {
    problems.push("Missing VersionOverrides (the ribbon button)");
    return problems;
  }
  const res = vo.Resources ?? {};
  const ids = new Map();
  const add = (kind, list, limit) => {
    for (const s of asArray(list)) {
      const id = s["@id"];
      if (ids.has(id)) problems.push(`Duplicate resource id "${id}"`);
      ids.set(id, kind);
      if (limit) {
        const texts = [s["@DefaultValue"], ...asArray(s.Override).map((o) => o["@Value"])];
        for (const t of texts) {
          if (typeof t === "string" && [...t].length > limit)
            problems.push(`${kind} "${id}" is longer than ${limit} characters`);
        }
      }
      if (kind === "Image") {
        const url = s["@DefaultValue"];
        try {
          const path = new URL(url).pathname.replace(/^\//, "");
          if (!existsSync(join(root, path))) problems.push(`Icon file missing for "${id}": ${path}`);
        } catch {
          /* reported above as not a URL */
        }
      }
    }
  };
  add("Image", res.Images?.Image);
  add("Url", res.Urls?.Url);
  add("ShortString", res.ShortStrings?.String, 125);
  add("LongString", res.LongStrings?.String, 250);

  const controlIds = [];
  walk(vo, (k, v) => {
    if (k === "@resid" && !ids.has(v)) problems.push(`resid "${v}" does not resolve to a resource`);
  });
  walk(vo, (k, v) => {
    if (k === "Control" || k === "Group") for (const c of asArray(v)) if (c["@id"]) controlIds.push(c["@id"]);
  });
  const seen = new Set();
  for (const id of controlIds) {
    if (seen.has(id)) problems.push(`Duplicate control id "${id}"`);
    seen.add(id);
  }
  for (const k of ["IconUrl", "HighResolutionIconUrl"]) {
    const url = app[k]?.["@DefaultValue"];
    if (url) {
      try {
        const path = new URL(url).pathname.replace(/^\//, "");
        if (!existsSync(join(root, path))) problems.push(`${k} file missing: ${path}`);
      } catch {
        /* reported above */
      }
    }
  }
  return problems;
}
