import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

const paneFiles = files("src/taskpane", /\.tsx?$/);
const ownFiles = [
  ...paneFiles,
  ...files("src/harness", /\.tsx?$/),
  ...files("src/commands", /\.(ts|html)$/),
  "src/excel/host.ts",
];

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("pane source hygiene", () => {
  it("never writes HTML from strings", () => {
    expect(ownFiles.length).toBeGreaterThan(10);
    for (const f of ownFiles) {
      const src = stripComments(readFileSync(f, "utf8"));
      expect(src, f).not.toMatch(
        /innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/,
      );
    }
  });

  it("has no user-visible text literals in components: JSX text and labelling props come from the catalog", () => {
    const tsx = paneFiles.filter((f) => f.endsWith(".tsx"));
    expect(tsx.length).toBeGreaterThan(5);
    for (const f of tsx) {
      const src = stripComments(readFileSync(f, "utf8"));
      // Text between tags, e.g. <b>Проверить</b> (expressions in braces are fine).
      const jsxText = [...src.matchAll(/>([^<>{}()=;&|?:]*[A-Za-zА-Яа-яЁё][^<>{}()=;&|?:]*)<\//g)].map((m) =>
        m[1]!.trim(),
      );
      expect(jsxText, f).toEqual([]);
      // String literal props that people read or hear.
      const props = [
        ...src.matchAll(/\b(label|aria-label|title|placeholder|hint|alt|validationMessage)="([^"]*)"/g),
      ].map((m) => m[0]);
      expect(props, f).toEqual([]);
      // Cyrillic may only appear in the catalog.
      expect(/[А-Яа-яЁё]/.test(src), f).toBe(false);
    }
  });

  it("touches Office only through src/excel/host.ts", () => {
    for (const f of paneFiles) {
      const src = stripComments(readFileSync(f, "utf8"));
      expect(src, f).not.toMatch(/\bOffice\.|\bExcel\.(run|RequestContext)|typeof Office/);
    }
  });
});

describe("what the pane's first bundle takes from core", () => {
  it("core/codes, the constants the pane imports, stays free of zod (150 KB budget)", () => {
    expect(readFileSync("src/core/codes.ts", "utf8")).not.toMatch(/^\s*(import|export)\s[^;]*from\s/m);
  });

  it("takes code labels from the generated core/codes, never from the catalogue or the rules (they load every check)", () => {
    expect(readFileSync("src/core/codes.ts", "utf8")).toMatch(/^\/\/ Generated from the rule files/);
    for (const f of paneFiles) {
      const src = readFileSync(f, "utf8");
      expect(src, f).not.toMatch(/from\s+"(?:\.\.\/)+core\/(findings\/(catalogue|messages)|checks\/rules)/);
    }
  });

  it("the pane's first bundle imports nothing from core at run time except programmes, codes and the reader's role list", () => {
    // reader/types is allowed only while it stays a leaf: its runtime is the role list, everything else is types.
    const types = readFileSync("src/core/reader/types.ts", "utf8");
    expect([...types.matchAll(/^import\s+(?!type\b)[^;]*from\s+"([^"]*)"/gm)].map((m) => m[1])).toEqual([]);
    const initial = files("src/taskpane", /\.tsx?$/).filter(
      (f) => !/(officeServices|TimelineView|TemplateView|SettingsView)\.tsx?$/.test(f),
    );
    for (const f of initial) {
      const src = readFileSync(f, "utf8");
      const runtimeCore = [
        ...src.matchAll(/^import\s+(?!type\b)[^;]*from\s+"((?:\.\.\/)+core\/[^"]*)"/gm),
      ].map((m) => m[1]);
      expect(
        runtimeCore.filter((p) => !/core\/(programmes|codes|reader\/types)$/.test(p!)),
        f,
      ).toEqual([]);
    }
  });
});
