import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  damagedZip,
  fsReason,
  internalError,
  M,
  noSuchSheet,
  writeReason,
  wrongExtension,
} from "../../src/cli/messages";
import { runInProcess } from "./helpers";

/** File-system refusals: one line saying what is wrong and what to do, never «internal error» (issue 14). */

const err = (code: string, path?: string) => Object.assign(new Error(code), { code, path });

describe("file-system refusals", () => {
  it("a file that cannot be read says why by its error code, in Russian and English", () => {
    for (const code of ["EACCES", "EPERM"]) expect(fsReason(err(code))).toEqual(M.permissionDenied);
    expect(fsReason(err("ELOOP"))).toEqual(M.symlinkLoop);
    expect(fsReason(err("ENOENT"))).toEqual(M.notFound);
    expect(fsReason(err("EISDIR"))).toEqual(M.notAFile);
    expect(M.permissionDenied.ru).toMatch(/^нет прав на чтение файла: .*chmod/);
    expect(M.permissionDenied.en).toMatch(/^permission denied: make the file readable/);
    expect(fsReason(new Error("boom"))).toBeNull();
  });

  it("a file that cannot be written names what was not written and what to do", () => {
    expect(writeReason(err("EACCES", "/ro/x.xlsx"), M.templateNotWritten)).toEqual({
      ru: "шаблон не записан: нет прав на запись (/ro/x.xlsx): выберите папку, куда можно писать",
      en: "template not written: no permission to write (/ro/x.xlsx): choose a folder you can write to",
    });
    expect(writeReason(err("ENOSPC"))?.en).toBe(
      "annotated copy not written: the disk is full: free some space and retry",
    );
    expect(writeReason(new Error("boom"))).toBeNull();
  });

  it("template --out under a file is refused in one line, not as an internal error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "refusals-"));
    writeFileSync(join(dir, "file"), "x");
    const args = [
      "template",
      "--programme",
      "tochka-rosta",
      "--year",
      "2025",
      "--out",
      join(dir, "file", "t.xlsx"),
    ];
    const ru = await runInProcess(args, dir);
    expect(ru.code).toBe(2);
    const lines = ru.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^roadmap-check: шаблон не записан: на пути .* файл там, где нужна папка: укажите другой путь$/,
    );
    const en = await runInProcess([...args, "--lang", "en"], dir);
    expect(en.stderr.trim()).toMatch(
      /^roadmap-check: template not written: a file stands where a folder is needed/,
    );
    expect(ru.stderr + en.stderr).not.toMatch(/внутренняя ошибка|internal error/);
  });
});

// The imperative that tells the planner what to do, after the «what is wrong» part and a colon or dash.
const ACTION_RU =
  /[:—]\s.*(снимите|сохраните|откройте|исправьте|удалите|разделите|пересохраните|укажите|освободите|выберите|проверьте|повторите|скопируйте|нужен файл|добавьте|сообщите|впишите|создайте)/;
const ACTION_EN =
  /[:—]\s.*\b(remove|save|open|fix|delete|split|re-save|give|free|choose|check|retry|copy|is needed|add|report|type|create)\b/;

describe("every refusal of a file says what to do (issue 14: what is wrong and what to do)", () => {
  // The prefixes that a reason completes (copy/template not written, internal error: detail) are not refusals alone.
  const PREFIXES = new Set(["copyNotWritten", "templateNotWritten", "internal"]);
  const refusals: [string, { ru: string; en: string }][] = [
    ...Object.entries(M).filter(([k]) => !PREFIXES.has(k)),
    ["wrongExtension", wrongExtension(".xls")],
    ["noSuchSheet", noSuchSheet("План", ["Дорожная карта"])],
    ["damagedZip", damagedZip("invalid zip data")],
    ["internalError", internalError("boom")],
  ];

  it.each(refusals)("%s", (_key, reason) => {
    expect(reason.ru).toMatch(ACTION_RU);
    expect(reason.en).toMatch(ACTION_EN);
    expect(reason.ru).not.toMatch(/\n/);
    expect(reason.en).not.toMatch(/\n/);
  });
});
