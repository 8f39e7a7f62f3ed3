import fc from "fast-check";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkSheet } from "../../../src/core/checks/sheet";
import { sha256, utf8 } from "../../../src/core/sha256";
import { canonicalJson, templateHash } from "../../../src/core/templates/hash";
import { getEdition, listEditions } from "../../../src/core/templates/library";
import { parseTemplateGrid, parseTemplateJson } from "../../../src/core/templates/parse";
import type { Edition } from "../../../src/core/templates/schema";
import { gridOf } from "../checks/helpers";

const nodeSha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

describe("sha256 (pure TypeScript)", () => {
  it("gives the FIPS 180-4 / NIST test vectors", () => {
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(
      sha256(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      ),
    ).toBe("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    expect(sha256("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("pads correctly at the block boundaries (55, 56, 63, 64, 65 bytes)", () => {
    for (const n of [55, 56, 57, 63, 64, 65, 119, 120, 128])
      expect(sha256("x".repeat(n))).toBe(nodeSha("x".repeat(n)));
  });

  it("agrees with Node's crypto on any string, Cyrillic, emoji and lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        expect(sha256(s)).toBe(nodeSha(s));
      }),
      { numRuns: 300 },
    );
    expect(sha256("Точка роста 🌱")).toBe(nodeSha("Точка роста 🌱"));
    expect(Array.from(utf8("\ud800"))).toEqual([0xef, 0xbf, 0xbd]);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level, keeps array order, writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x y" } })).toBe('{"a":{"c":"x y","d":[3,1]},"b":1}');
    expect(canonicalJson({ a: 1, b: { d: 2, c: 3 } })).toBe(canonicalJson({ b: { c: 3, d: 2 }, a: 1 }));
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

/** The same object with every key order reversed, at every level. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.keys(v)
      .reverse()
      .map((k) => [k, reversedKeys((v as Record<string, unknown>)[k])]),
  );
}

const edition = (id: string): Edition => getEdition(id)!;
const copy = (e: Edition): Edition => structuredClone(e);

describe("templateHash", () => {
  it("is 12 hex digits, the same across calls, copies and key orders", () => {
    const e = edition("tochka-rosta-2024");
    const h = templateHash(e);
    expect(h).toMatch(/^[0-9a-f]{12}$/);
    expect(templateHash(e)).toBe(h);
    expect(templateHash(copy(e))).toBe(h);
    const reordered = reversedKeys(e) as Edition;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(e)[0]);
    expect(templateHash(reordered)).toBe(h);
    // The same digest Node's crypto gives for the canonical JSON without `origin`.
    const { origin: _origin, ...data } = e;
    expect(h).toBe(nodeSha(canonicalJson(data)).slice(0, 12));
  });

  it("is the same for a planner's JSON copy of a built-in edition (who loaded it is not what it is)", () => {
    const e = edition("kvantorium-2021");
    const parsed = parseTemplateJson(JSON.parse(JSON.stringify(reversedKeys(e))));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.edition.origin).toBe("planner");
    expect(templateHash(parsed.edition)).toBe(templateHash(e));
  });

  it("changes with any edit: a title, a rule, a source, a note, the items' order", () => {
    const base = edition("tochka-rosta-2021");
    const h = templateHash(base);
    const edits: ((e: Edition) => void)[] = [
      (e) => (e.items[0]!.title.ru += " "),
      (e) => (e.items[0]!.title.en = "Official named"),
      (e) => (e.title.en = e.title.en.replace("2021", "2020")),
      (e) => (e.items[6]!.deadline.day = 2),
      (e) => (e.items[6]!.deadline.kind = "by-date"),
      (e) => (e.items[6]!.deadline.yearOffset = -1),
      (e) => (e.items[5]!.deadline.cadence = "yearly"),
      (e) => (e.items[2]!.source.document += ", п. 1a"),
      (e) => e.items[2]!.source.seeds.push("000_7d7cd4a41495948a"),
      (e) => (e.items[3]!.confidence = "unknown"),
      (e) => (e.items[3]!.terms[0]!.weight = 2),
      (e) => (e.notes[0]!.ru = e.notes[0]!.ru.slice(1)),
      (e) => (e.generation = 2022),
      (e) => e.items.reverse(),
      (e) => e.items.pop(),
    ];
    const seen = new Set([h]);
    for (const edit of edits) {
      const e = copy(base);
      edit(e);
      const changed = templateHash(e);
      expect(changed, edit.toString()).not.toBe(h);
      seen.add(changed);
    }
    // Every edit gives its own hash, not just "another" one.
    expect(seen.size).toBe(edits.length + 1);
  });

  it("names a planner's sheet template the same way each time it is read, and differently once a cell changes", () => {
    const rows = (deadline: string) => [
      ["Комплекс мер (дорожная карта) по созданию центров «IT-куб» на год Y"],
      [],
      ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
      ["1", "Объявлены закупки оборудования", "РК", "Извещения", deadline],
      ["2", "Начало работы центра «IT-куб»", "РК", "Информация в СМИ", "1 сентября года Y"],
    ];
    const read = (deadline: string) => {
      const r = parseTemplateGrid(gridOf("Шаблон", rows(deadline)), { programme: "it-cube", year: 2025 });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return templateHash(r.edition);
    };
    expect(read("до 1 марта года Y")).toBe(read("до 1 марта года Y"));
    expect(read("до 2 марта года Y")).not.toBe(read("до 1 марта года Y"));
  });

  it("is what a report names, with the edition id and generation", () => {
    const grid = gridOf("ДК", [
      ["Комплекс мер по созданию центров «Точка роста» на 2024 год"],
      [],
      ["№ п/п", "Наименование мероприятия", "Ответственный", "Срок"],
      [
        "1",
        "Объявлены закупки товаров, работ, услуг для создания Центров «Точка роста»",
        "РК",
        "31 января 2024 года",
      ],
      ["2", "Начало работы Центров «Точка роста»", "РК", "1 сентября 2024 года"],
    ]);
    const res = checkSheet(grid, { checkDate: "2024-01-10" });
    const r = res.reports[0]!;
    expect(r.editionId).toBe("tochka-rosta-2024");
    expect(r.editionGeneration).toBe(2024);
    expect(r.templateHash).toBe(templateHash(edition("tochka-rosta-2024")));
  });
});

/**
 * The built-in editions' hashes, pinned so that an accidental change to their data is noticed. A deliberate change
 * (a corrected date, a new item, a new schema field with a default such as `appliesWhen`) changes the hash: update the
 * pin below in the same commit, and say in its message which edition changed and why.
 */
const PINNED: Record<string, string> = {
  "tochka-rosta-2021": "7aba06aa4fe1",
  "tochka-rosta-2024": "8a1ec5f71fca",
  "kvantorium-2021": "355ec19ef9eb",
  "kvantorium-2024": "957fb251a055",
  "cos-2024": "6f26f79a478f",
  "complex-plan-2024": "2be76056bd7d",
};

describe("built-in editions' hashes", () => {
  it("are the pinned ones", () => {
    const actual = Object.fromEntries(listEditions().map((e) => [e.id, templateHash(edition(e.id))]));
    const changed = Object.keys({ ...PINNED, ...actual }).filter((id) => PINNED[id] !== actual[id]);
    expect(
      changed,
      `The data of built-in editions changed: ${changed.join(", ")}. If this is deliberate, set PINNED in ` +
        `tests/core/templates/hash.test.ts to ${JSON.stringify(actual, null, 2)} and say why in the commit message; ` +
        `reports checked before the change name the old hash.`,
    ).toEqual([]);
  });

  it("differ between editions", () => {
    const hashes = listEditions().map((e) => e.templateHash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
