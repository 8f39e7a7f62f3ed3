// Flat ESLint config: typescript-eslint + the Office add-in rules as errors + the project's layering rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

const officeRules = Object.fromEntries(
  [
    "call-sync-after-load",
    "call-sync-before-read",
    "load-object-before-read",
    "no-context-sync-in-loop",
    "no-empty-load",
    "no-navigational-load",
    "no-office-initialize",
    "test-for-null-using-isNullObject",
  ].map((r) => [`office-addins/${r}`, "error"]),
);

// Cell text from a workbook must never be rendered as HTML.
const noHtmlInjection = [
  {
    selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
    message: "No innerHTML/outerHTML.",
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "No dangerouslySetInnerHTML." },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: "No insertAdjacentHTML.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "dist-demo/**",
      "build/**",
      "coverage/**",
      "test-results/**",
      "tests/fixtures/**/*.json",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeRules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-restricted-syntax": ["error", ...noHtmlInjection],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // core is pure: no Office, React, DOM-rendering or Node imports.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react-dom",
                "@fluentui/*",
                "exceljs",
                "node:*",
                "fs",
                "path",
                "os",
                "worker_threads",
              ],
              message: "src/core must stay pure.",
            },
            {
              group: [
                "../excel/*",
                "../taskpane/*",
                "../cli/*",
                "../sim/*",
                "../../excel/*",
                "../../taskpane/*",
                "../../cli/*",
                "../../sim/*",
              ],
              message: "Dependencies point one way: core imports nothing above it.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "OfficeExtension", "document", "window"],
    },
  },
  {
    // Office.js is touched only in src/excel (and simulated in src/sim, bootstrapped in src/commands).
    files: ["src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts"],
    rules: { "no-restricted-globals": ["error", "Excel", "OfficeExtension", "Office"] },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.{ts,mjs}"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  prettier,
);
