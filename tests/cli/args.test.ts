import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "../../src/cli/args";
import { unsupportedYear } from "../../src/core/deadlines";

function usage(argv: string[]): string {
  try {
    parseCommand(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.text.ru;
    throw e;
  }
  throw new Error("no usage error");
}

describe("parseCommand", () => {
  it("parses a check with every option", () => {
    const cmd = parseCommand([
      "a.xlsx",
      "dir",
      "--sheet",
      "Лист 1",
      "--programme",
      "kvantorium",
      "--edition",
      "kvantorium-2024",
      "--year",
      "2024",
      "--funding",
      "regional",
      "--column",
      "deadline=F",
      "--today",
      "2024-03-10",
      "--template",
      "t.json",
      "--lang",
      "en",
      "--json",
      "--annotate",
      "out",
      "--jobs",
      "3",
    ]);
    expect(cmd).toEqual({
      kind: "check",
      inputs: ["a.xlsx", "dir"],
      sheet: "Лист 1",
      programme: "kvantorium",
      edition: "kvantorium-2024",
      year: 2024,
      funding: "regional",
      columns: { deadline: "F" },
      today: "2024-03-10",
      template: "t.json",
      lang: "en",
      json: true,
      annotate: "out",
      jobs: 3,
    });
  });

  it("defaults to Russian and no options", () => {
    expect(parseCommand(["x.xlsx"])).toMatchObject({
      kind: "check",
      lang: "ru",
      json: false,
      year: null,
      annotate: null,
    });
  });

  it("parses template and templates", () => {
    expect(
      parseCommand(["template", "--programme", "tochka-rosta", "--year", "2027", "--out", "t.xlsx"]),
    ).toEqual({
      kind: "template",
      programme: "tochka-rosta",
      edition: null,
      year: 2027,
      out: "t.xlsx",
      responsible: null,
      force: false,
      lang: "ru",
    });
    expect(parseCommand(["templates", "--lang", "en"])).toEqual({
      kind: "templates",
      lang: "en",
      json: false,
    });
    expect(parseCommand(["--help"])).toEqual({ kind: "help", lang: "ru" });
  });

  it("rejects bad values with one clear reason", () => {
    expect(usage([])).toMatch(/укажите файлы/);
    expect(usage(["a.xlsx", "--programme", "robots"])).toMatch(/неизвестная программа «robots».*kvantorium/);
    expect(usage(["a.xlsx", "--year", "24"])).toMatch(/--year/);
    expect(usage(["a.xlsx", "--today", "2024-02-30"])).toMatch(/--today/);
    expect(usage(["a.xlsx", "--today", "10.03.2024"])).toMatch(/--today/);
    expect(usage(["a.xlsx", "--lang", "de"])).toMatch(/--lang/);
    expect(usage(["a.xlsx", "--bogus"])).toMatch(/неверные аргументы/);
    expect(usage(["a.xlsx", "--template", "t.csv"])).toMatch(/--template/);
    expect(usage(["a.xlsx", "--out", "x.xlsx"])).toMatch(/--out не используется/);
    expect(usage(["template", "--year", "2027"])).toMatch(/--programme/);
    expect(usage(["template", "--programme", "cos"])).toMatch(/--year/);
    expect(usage(["template", "--programme", "cos", "--year", "2027", "--out", "t.csv"])).toMatch(/--out/);
    expect(usage(["template", "--programme", "cos", "--year", "2027", "--json"])).toMatch(
      /--json не используется/,
    );
    expect(usage(["templates", "x.xlsx"])).toMatch(/не принимает/);
    expect(usage(["a.xlsx", "--jobs", "0"])).toMatch(/--jobs/);
  });

  it("takes --year only within the supported years 2000–2099", () => {
    const tpl = (year: string) => ["template", "--programme", "cos", "--year", year];
    // The same reason as the parser, the formatter and the template writer give (core/deadlines/years.ts).
    expect(usage(tpl("2100"))).toBe(`--year: ${unsupportedYear(2100)!.ru}`);
    expect(usage(tpl("2100"))).toBe("--year: год 2100 вне поддерживаемых 2000–2099");
    expect(usage(tpl("1999"))).toBe("--year: год 1999 вне поддерживаемых 2000–2099");
    expect(usage(tpl("20x7"))).toBe("--year: ожидается год от 2000 до 2099, получено «20x7»");
    expect(usage(["a.xlsx", "--year", "2100"])).toMatch(/вне поддерживаемых 2000–2099/);
    try {
      parseCommand([...tpl("2100"), "--lang", "en"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      const u = e as UsageError;
      expect([u.lang, u.text.en]).toEqual([
        "en",
        "--year: the year 2100 is outside the supported years 2000–2099",
      ]);
    }
    expect(parseCommand(tpl("2000"))).toMatchObject({ kind: "template", year: 2000 });
    expect(parseCommand(tpl("2099"))).toMatchObject({ kind: "template", year: 2099 });
  });
});
