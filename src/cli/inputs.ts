import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import type { Bilingual } from "../core/lang";
import { fsReason, M } from "./messages";

/** Command-line paths → the list of files to check, each either a file to read or an immediate one-line reason. */

export interface InputFile {
  /** As shown in reports: the argument itself, or folder + relative path for files found in a folder. */
  display: string;
  absolute: string;
  /** Set when the input is already known to be unusable (missing path, folder without workbooks). */
  reason: Bilingual | null;
}

const WORKBOOK_EXT = new Set([".xlsx", ".xlsm"]);

export function isWorkbookName(name: string): boolean {
  // "~$name.xlsx" is Excel's lock file for an open workbook, not a workbook.
  return WORKBOOK_EXT.has(extname(name).toLowerCase()) && !basename(name).startsWith("~$");
}

interface Found {
  path: string;
  reason: Bilingual | null;
}

async function walk(
  dir: string,
  skip: ReadonlySet<string>,
  out: Found[],
  visited: Set<string>,
): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ path: dir, reason: fsReason(e) ?? M.notFound });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.name.startsWith(".")) continue;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // A link is followed to what it points at; a broken or looping link to a workbook is reported, not skipped.
      try {
        const st = await stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        if (isWorkbookName(e.name)) {
          const code = (err as NodeJS.ErrnoException).code;
          out.push({
            path: full,
            reason: code === "ENOENT" ? M.brokenSymlink : (fsReason(err) ?? M.notFound),
          });
        }
        continue;
      }
    }
    if (isDir) {
      if (skip.has(resolve(full))) continue;
      // A folder linked into itself would be walked forever: each real folder is walked once.
      const real = await realpath(full).catch(() => resolve(full));
      if (visited.has(real)) continue;
      visited.add(real);
      await walk(full, skip, out, visited);
    } else if (isFile && isWorkbookName(e.name)) out.push({ path: full, reason: null });
  }
}

/**
 * Folders are walked recursively for .xlsx/.xlsm files (sorted, hidden entries and Excel lock files skipped);
 * `skipDirs` keeps an --annotate folder inside an input folder from being re-checked.
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  skipDirs: readonly string[] = [],
): Promise<InputFile[]> {
  const skip = new Set(skipDirs.map((d) => resolve(cwd, d)));
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const push = (f: InputFile) => {
    if (f.reason === null) {
      if (seen.has(f.absolute)) return;
      seen.add(f.absolute);
    }
    out.push(f);
  };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let st;
    try {
      st = await stat(absolute);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const link =
        code === "ENOENT" &&
        (await lstat(absolute).then(
          (l) => l.isSymbolicLink(),
          () => false,
        ));
      push({ display: arg, absolute, reason: link ? M.brokenSymlink : (fsReason(e) ?? M.notFound) });
      continue;
    }
    if (st.isDirectory()) {
      const found: Found[] = [];
      await walk(absolute, skip, found, new Set([await realpath(absolute).catch(() => absolute)]));
      if (found.length === 0) push({ display: arg, absolute, reason: M.noXlsxInFolder });
      for (const f of found)
        push({ display: join(arg, relative(absolute, f.path)), absolute: f.path, reason: f.reason });
    } else if (st.isFile()) {
      push({ display: arg, absolute, reason: null });
    } else {
      push({ display: arg, absolute, reason: M.notAFile });
    }
  }
  return out;
}

/** Real path of a folder, or its resolved path when it does not exist yet. */
export async function realDir(dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch {
    return resolve(dir);
  }
}
