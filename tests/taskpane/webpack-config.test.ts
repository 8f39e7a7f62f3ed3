import { describe, expect, it } from "vitest";
// @ts-expect-error: the config is plain ESM JavaScript
import makeConfig from "../../webpack.config.js";

interface HtmlPlugin {
  userOptions?: { filename: string; templateParameters?: { officeJs: string }; chunks?: string[] };
}

async function config(env: Record<string, unknown>) {
  const c = await makeConfig(env, { mode: "production" });
  const html = (c.plugins as HtmlPlugin[]).filter((p) => p.userOptions?.filename?.endsWith(".html"));
  return { c, html: html.map((p) => p.userOptions!) };
}

describe("webpack config", () => {
  it("production builds the pane and the commands page only, loading office.js from Microsoft's CDN", async () => {
    const { c, html } = await config({});
    expect(Object.keys(c.entry).sort()).toEqual(["commands", "taskpane"]);
    expect(c.output.path.endsWith("dist")).toBe(true);
    expect(html.map((h) => h.filename).sort()).toEqual(["commands.html", "taskpane.html"]);
    for (const h of html) {
      expect(h.templateParameters!.officeJs).toBe(
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      );
    }
    expect(Object.keys(c.optimization.splitChunks.cacheGroups)).toEqual(
      expect.arrayContaining(["react", "fluent"]),
    );
    expect(c.devServer).toBeUndefined();
  });

  it("--env demo builds the harness into dist-demo with the local office.js and the bundled workbooks", async () => {
    const { c, html } = await config({ demo: true });
    expect(Object.keys(c.entry)).toEqual(["harness"]);
    expect(c.output.path.endsWith("dist-demo")).toBe(true);
    expect(html).toHaveLength(1);
    expect(html[0]!.templateParameters!.officeJs).toBe("office/office.js");
    const copy = (c.plugins as { patterns?: { from: string; to: string; info?: object }[] }[]).find(
      (p) => p.patterns,
    )!;
    const targets = copy.patterns!.map((p) => p.to);
    expect(targets).toContain("office/office.js");
    expect(targets.filter((t) => t.startsWith("workbooks/fixtures/"))).toHaveLength(5);
    expect(targets.some((t) => t.startsWith("workbooks/examples/"))).toBe(true);
    // Nothing copied is minified again.
    expect(copy.patterns!.every((p) => JSON.stringify(p.info) === JSON.stringify({ minimized: true }))).toBe(
      true,
    );
  });
});
