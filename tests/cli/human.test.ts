import { describe, expect, it } from "vitest";
import { countsText, formatRoadmap, formatRun, plural } from "../../src/cli/human";
import { createProgress } from "../../src/cli/progress";
import {
  RunReportSchema,
  runExitCode,
  totalsOf,
  type FileReport,
  type RunReport,
} from "../../src/cli/run-report";
import { finding, report } from "./helpers";

const withErrors = report([
  finding({
    code: "overdue",
    severity: "error",
    address: "E7",
    marksCell: true,
    message: { ru: "срок 1 марта 2024 прошёл", en: "1 March 2024 has passed" },
  }),
  finding({
    code: "missing-item",
    severity: "error",
    address: "B19",
    marksCell: false,
    message: { ru: "нет пункта «Инфраструктурный лист»", en: "missing item “Infrastructure list”" },
    expected: { ru: "согласно графику", en: "per schedule" },
  }),
  finding({
    code: "responsible-missing",
    severity: "warning",
    address: "C9",
    marksCell: true,
    message: { ru: "не указан\nответственный", en: "no responsible" },
  }),
]);

function file(p: Partial<FileReport>): FileReport {
  return {
    path: "x.xlsx",
    status: "ready",
    reason: null,
    sizeBytes: 100,
    readMode: "full",
    sheets: ["Лист1"],
    roadmaps: [],
    counts: { error: 0, warning: 0, info: 0 },
    exitCode: 0,
    annotation: null,
    ...p,
  };
}

function run(files: FileReport[]): RunReport {
  return RunReportSchema.parse({
    tool: "roadmap-check",
    schemaVersion: 1,
    checkDate: "2024-03-10",
    lang: "ru",
    options: { sheet: null, programme: null, edition: null, year: null, template: null, annotate: null },
    files,
    totals: totalsOf(files),
    exitCode: runExitCode(files),
  });
}

const files = [
  file({
    path: "a.xlsx",
    status: "has-errors",
    roadmaps: [
      {
        ...withErrors,
        reading: {
          organisation: "МБОУ СОШ № 1",
          columns: [
            {
              column: "E",
              role: "deadline-end",
              header: "Сроки / окончание",
              reason: {
                ru: "«окончание» под общим заголовком «Сроки»: окончание срока — проверяется как срок",
                en: "«окончание» under the group header «Сроки»: end of the period — checked as the deadline",
              },
            },
          ],
          rows: [],
        },
      },
    ],
    counts: withErrors.counts,
    exitCode: 1,
  }),
  file({
    path: "b.xlsx",
    status: "unreadable",
    reason: { ru: "пустой файл", en: "empty file" },
    exitCode: 2,
    readMode: null,
    sheets: [],
  }),
];

describe("human report", () => {
  it("declines Russian counts", () => {
    expect(plural(1, "ru", ["ошибка", "ошибки", "ошибок"], ["error", "errors"])).toBe("1 ошибка");
    expect(plural(3, "ru", ["ошибка", "ошибки", "ошибок"], ["error", "errors"])).toBe("3 ошибки");
    expect(plural(11, "ru", ["ошибка", "ошибки", "ошибок"], ["error", "errors"])).toBe("11 ошибок");
    expect(plural(21, "ru", ["ошибка", "ошибки", "ошибок"], ["error", "errors"])).toBe("21 ошибка");
    expect(countsText({ error: 2, warning: 1, info: 0 }, "en")).toBe("2 errors, 1 warning, 0 notes");
  });

  it("prints detection, findings (errors first), verdict, reasons and totals in Russian", () => {
    const text = formatRun(run(files), "ru");
    const lines = text.split("\n");
    expect(lines[0]).toBe("Файл: a.xlsx");
    expect(text).toContain(
      "Дорожная карта: «Комплекс мер (дорожная карта) на 2024 год» — лист «Лист1», таблица, строк прочитано: 13",
    );
    expect(text).toContain("Программа: Школьный Кванториум · Год: 2024 · Сроки проверены на 10.03.2024");
    expect(text).toContain(
      "Шаблон: Кванториум, редакция 2024 [kvantorium-2024] (восстановлена по региональным актам",
    );
    const findingLines = lines.filter((l) => /^ {4}\S/.test(l));
    expect(findingLines).toHaveLength(3);
    expect(findingLines[0]).toMatch(/^ {4}E7\s+Ошибка\s+overdue\s+срок 1 марта 2024 прошёл$/);
    // A missing item's address only says where it belongs.
    expect(findingLines[1]).toMatch(
      /^ {4}→B19\s+Ошибка\s+missing-item\s+нет пункта «Инфраструктурный лист» \(ожидается: согласно графику\)$/,
    );
    // Which column got which role and why, and the organisation, on their own lines.
    expect(text).toContain("Организация: МБОУ СОШ № 1");
    expect(text).toContain(
      "Столбцы: E — «окончание» под общим заголовком «Сроки»: окончание срока — проверяется как срок",
    );
    // Multi-line messages are printed on one line.
    expect(findingLines[2]).toMatch(/Предупреждение\s+responsible-missing\s+не указан ответственный$/);
    expect(text).toContain(
      "Итог: ЕСТЬ ОШИБКИ — исправьте перед отправкой (2 ошибки, 1 предупреждение, 0 замечаний)",
    );
    expect(text).toContain("✗ b.xlsx: не прочитан — пустой файл");
    expect(lines.at(-2)).toBe(
      "Итого: 2 файла (готово 0, с ошибками 1, не прочитано 1, без дорожной карты 0); 1 дорожная карта; 2 ошибки, 1 предупреждение, 0 замечаний.",
    );
  });

  it("does not repeat an expected value the message already quotes", () => {
    const f = finding({
      code: "deadline-missing",
      severity: "error",
      address: "E9",
      marksCell: true,
      message: { ru: "Не указан срок (ожидается: не позднее 15 февраля 2024 года)", en: "No deadline" },
      expected: { ru: "не позднее 15 февраля 2024 года", en: "no later than 15 February 2024" },
    });
    const lines = formatRoadmap(report([f]), "ru").filter((l) => l.includes("deadline-missing"));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.match(/15 февраля/g)).toHaveLength(1);
    const en = formatRoadmap(report([f]), "en").find((l) => l.includes("deadline-missing"))!;
    expect(en).toMatch(/No deadline \(expected: no later than 15 February 2024\)$/);
  });

  it("prints English on request", () => {
    const text = formatRun(run(files), "en");
    expect(text).toContain("Verdict: HAS ERRORS");
    expect(text).toContain("✗ b.xlsx: not read — empty file");
  });

  it("exit code: 2 beats 1 beats 0", () => {
    expect(runExitCode([{ exitCode: 0 }, { exitCode: 1 }])).toBe(1);
    expect(runExitCode([{ exitCode: 2 }, { exitCode: 1 }])).toBe(2);
    expect(runExitCode([])).toBe(0);
  });

  it("plain progress lines when not on a terminal, nothing for one file", () => {
    const out: string[] = [];
    const stream = { write: (s: string) => out.push(s), isTTY: false };
    const p = createProgress(stream, 2, "ru");
    p.done(files[0]!);
    p.done(files[1]!);
    p.stop();
    expect(out).toEqual(["[1/2] a.xlsx: есть ошибки\n", "[2/2] b.xlsx: не прочитан\n"]);
    const single: string[] = [];
    createProgress({ write: (s: string) => single.push(s), isTTY: false }, 1, "ru").done(files[0]!);
    expect(single).toEqual([]);
  });

  it("a progress bar on a terminal, cleared when done", () => {
    let written = "";
    const tty = {
      isTTY: true,
      columns: 100,
      write: (chunk: string, cb?: () => void) => {
        written += chunk;
        cb?.();
        return true;
      },
    };
    const p = createProgress(tty, 2, "ru");
    p.done(files[0]!);
    p.done(files[1]!);
    p.stop();
    // The bar is drawn on start and redrawn (throttled) as files finish; stop() draws the final state and clears it.
    expect(written).toContain("Проверка [");
    expect(written).toMatch(/2\/2 b\.xlsx/);
    expect(written).not.toContain("\n[");
  });
});

describe("control characters in human output", () => {
  it("escapes ESC, C1 and bidi overrides from cell texts, sheet names and file names", () => {
    const evil = report([
      finding({
        code: "overdue",
        severity: "warning",
        address: "E7",
        marksCell: true,
        message: { ru: "срок \u001b[31mкрасный\u001b[0m прошёл \u009b2J", en: "x" },
      }),
    ]);
    const text = formatRun(
      run([
        file({ path: "a\u001b]0;pwned\u0007\u202eslx.xlsx", roadmaps: [{ ...evil, sheet: "Лист\u2066" }] }),
      ]),
      "ru",
    );
    // eslint-disable-next-line no-control-regex -- no raw control character may remain
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain("\\x1B[31mкрасный\\x1B[0m");
    expect(text).toContain("\\x9B2J");
    expect(text).toContain("a\\x1B]0;pwned\\x07\\u202Eslx.xlsx");
    expect(text).toContain("«Лист\\u2066»");
  });
});
