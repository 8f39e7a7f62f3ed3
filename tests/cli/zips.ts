import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

/** A package written as streaming writers do: every part followed by a data descriptor (sizes 0 in its header). */
export function streamedZip(parts: [string, Uint8Array, "stored" | "deflate"][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, data, how] of parts) {
    const file = how === "stored" ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 1 });
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
