import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
// @ts-expect-error plain ESM script shared with `npm run validate`
import { checkManifest } from "../../scripts/manifest-check.mjs";

const root = resolve(__dirname, "../..");
const good = readFileSync(resolve(root, "manifest.xml"), "utf8");
const check = (xml: string): string[] => checkManifest(xml, { root });

describe("manifest.xml structural check", () => {
  it("accepts the project's manifest", () => {
    expect(check(good)).toEqual([]);
  });

  it("rejects XML that is not well-formed", () => {
    expect(check(good.replace("</OfficeApp>", ""))[0]).toMatch(/well-formed/);
  });

  it("rejects an Id that is not a GUID", () => {
    expect(check(good.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"))).toContainEqual(
      expect.stringMatching(/GUID/),
    );
  });

  it("rejects http URLs and a second origin", () => {
    const p = check(good.replace("https://localhost:3000/taskpane.html", "http://example.org/taskpane.html"));
    expect(p).toContainEqual(expect.stringMatching(/must be https/));
    expect(p).toContainEqual(expect.stringMatching(/one origin/));
  });

  it("rejects a resid that resolves to nothing", () => {
    expect(check(good.replace('resid="Group.Label"', 'resid="Group.Nope"'))).toContainEqual(
      expect.stringMatching(/Group\.Nope/),
    );
  });

  it("rejects over-long short and long strings", () => {
    const long = "д".repeat(126);
    expect(check(good.replace('DefaultValue="Дорожная карта"', `DefaultValue="${long}"`))).toContainEqual(
      expect.stringMatching(/longer than 125/),
    );
    const longer = "д".repeat(251);
    expect(
      check(good.replace(/(<bt:String id="OpenPane.Tooltip" DefaultValue=")[^"]+/, `$1${longer}`)),
    ).toContainEqual(expect.stringMatching(/longer than 250/));
  });

  it("rejects duplicate control ids and missing icons", () => {
    expect(check(good.replace('id="RoadmapChecker.Group"', 'id="RoadmapChecker.OpenPane"'))).toContainEqual(
      expect.stringMatching(/Duplicate control id/),
    );
    expect(check(good.replace(/assets\/icon-80\.png/g, "assets/icon-81.png"))).toContainEqual(
      expect.stringMatching(/Icon file missing/),
    );
  });

  it("rejects broader permissions than the add-in needs", () => {
    expect(
      check(
        good.replace(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadAllDocument</Permissions>",
        ),
      ),
    ).toContainEqual(expect.stringMatching(/ReadWriteDocument/));
  });
});

describe("npm run validate (scripts/validate-manifest.mjs)", () => {
  it("exits 0 on the manifest and 1 with the problems on a broken copy", async () => {
    const { spawnSync } = await import("node:child_process");
    const { mkdtempSync, writeFileSync, cpSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const ok = spawnSync(process.execPath, ["scripts/validate-manifest.mjs", "manifest.xml"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    const dir = mkdtempSync(resolve(tmpdir(), "manifest-"));
    cpSync(resolve(root, "assets"), resolve(dir, "assets"), { recursive: true });
    writeFileSync(resolve(dir, "manifest.xml"), good.replace(/<Id>[^<]+<\/Id>/, "<Id>123</Id>"));
    const bad = spawnSync(
      process.execPath,
      [resolve(root, "scripts/validate-manifest.mjs"), resolve(dir, "manifest.xml")],
      {
        encoding: "utf8",
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/GUID/);
  });
});
