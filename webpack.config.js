// Webpack for the add-in: `webpack --mode production` → dist/ (task pane + commands page, Office CDN office.js);
// `--env demo` → dist-demo/ (the browser harness: pane beside a simulated workbook, local office.js, bundled workbooks).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { EsbuildPlugin } from "esbuild-loader";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

const root = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** The workbooks the demo offers: the fixtures (the five seeds) and the examples. */
function demoWorkbooks() {
  const list = [];
  for (const [dir, group] of [
    ["examples", "examples"],
    ["tests/fixtures", "fixtures"],
  ]) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const file of readdirSync(abs).sort()) {
      if (file.endsWith(".xlsx"))
        list.push({ file: `${group}/${file}`, name: file.replace(/\.xlsx$/, ""), group });
    }
  }
  return list;
}

/** https with the office-addin-dev-certs certificates; plain http (with a note) when they cannot be had. */
async function httpsServer() {
  try {
    const devCerts = await import("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options };
  } catch (e) {
    // On Linux the CA install needs sudo and fails, but the generated certificates are usable without it.
    const dir = path.join(process.env.HOME ?? "", ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    if (files.every((f) => existsSync(f))) {
      console.warn(
        `dev-server: CA not installed (${String(e?.message ?? e).split("\n")[0]}); using ${dir} anyway.`,
      );
      const [ca, cert, key] = files.map((f) => readFileSync(f));
      return { type: "https", options: { ca, cert, key } };
    }
    console.warn(
      `dev-server: no development certificates (${String(e?.message ?? e).split("\n")[0]}); serving plain http.` +
        " Excel needs https: run `npx office-addin-dev-certs install` on Windows or macOS.",
    );
    return "http";
  }
}

export default async (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const production = mode === "production";
  const demo = Boolean(env.demo);
  const serving = Boolean(env.WEBPACK_SERVE);
  const outDir = path.join(root, demo ? "dist-demo" : "dist");
  const officeJs = demo ? "office/office.js" : OFFICE_CDN;

  const entry = demo
    ? { harness: "./src/harness/index.tsx" }
    : { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" };

  const html = demo
    ? [
        new HtmlWebpackPlugin({
          filename: "index.html",
          template: "./src/harness/index.html",
          chunks: ["harness"],
          templateParameters: { officeJs },
        }),
      ]
    : [
        new HtmlWebpackPlugin({
          filename: "taskpane.html",
          template: "./src/taskpane/taskpane.html",
          chunks: ["taskpane"],
          templateParameters: { officeJs },
        }),
        new HtmlWebpackPlugin({
          filename: "commands.html",
          template: "./src/commands/commands.html",
          chunks: ["commands"],
          templateParameters: { officeJs },
        }),
      ];

  // Already-minified files must not go through the minifier again (41 s → 7 s, shared notes §2).
  const copy = [{ from: "assets", to: "assets", info: { minimized: true }, noErrorOnMissing: true }];
  const workbooks = demo ? demoWorkbooks() : [];
  if (demo) {
    // office.js alone: outside Office it only fetches o15apptofilemappingtable.js before onReady (shared notes §3).
    copy.push(
      { from: path.join(OFFICE_DIST, "office.js"), to: "office/office.js", info: { minimized: true } },
      {
        from: path.join(OFFICE_DIST, "o15apptofilemappingtable.js"),
        to: "office/o15apptofilemappingtable.js",
        info: { minimized: true },
      },
      ...workbooks.map((w) => ({
        from: path.join(root, w.group === "examples" ? "examples" : "tests/fixtures", path.basename(w.file)),
        to: `workbooks/${w.file}`,
        info: { minimized: true },
      })),
    );
  }

  return {
    mode,
    context: root,
    entry,
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    optimization: {
      // Terser gives the smallest pane (the budget counts gzip bytes); the demo's exceljs is big and pre-minified.
      minimizer: demo ? [new EsbuildPlugin({ target: "es2020" })] : ["..."],
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "initial",
            priority: 30,
            enforce: true,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|use-sync-external-store|stylis|rtl-css-js|embla-carousel.*)[\\/]/,
            name: "fluent",
            chunks: "initial",
            priority: 20,
            enforce: true,
          },
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "all",
            priority: 40,
          },
        },
      },
    },
    plugins: [
      ...html,
      new CopyWebpackPlugin({ patterns: copy }),
      new webpack.DefinePlugin({ __DEMO_WORKBOOKS__: JSON.stringify(workbooks) }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: 3000,
          host: "localhost",
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsServer(),
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
