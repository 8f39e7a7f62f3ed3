import { basename, extname, join } from "node:path";

/**
 * Names of the annotated copies inside --annotate DIR: the original file name, with « (2)», « (3)»… when two inputs
 * from different folders share a name (compared case-insensitively, as Windows and macOS file systems do).
 * A macro workbook's copy is written without its macros, so it is named .xlsx (Excel refuses an .xlsm without them).
 */
export function annotatedNames(absolutes: readonly (string | null)[], dir: string): (string | null)[] {
  const taken = new Set<string>();
  return absolutes.map((abs) => {
    if (abs === null) return null;
    const original = extname(abs);
    const stem = basename(abs, original);
    const ext = original.toLowerCase() === ".xlsm" ? ".xlsx" : original;
    let name = `${stem}${ext}`;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${stem} (${i})${ext}`;
    taken.add(name.toLowerCase());
    return join(dir, name);
  });
}
