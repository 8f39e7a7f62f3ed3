// Draws the add-in's ribbon/store icons (16/32/64/80 px PNG): a green rounded tile with a white tick over a list.
// Run once; the PNGs are committed. Plain zlib PNG encoding: no image library is needed for four flat icons.
import { deflateSync, crc32 } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function pixel(x, y, s) {
  const u = x / s,
    v = y / s;
  const r = 0.18,
    m = 0.04;
  const cx = Math.min(Math.max(u, m + r), 1 - m - r),
    cy = Math.min(Math.max(v, m + r), 1 - m - r);
  const inside = Math.hypot(u - cx, v - cy) <= r;
  if (!inside) return [0, 0, 0, 0];
  const w = 0.075;
  const tick = Math.min(
    distToSegment(u, v, 0.28, 0.55, 0.43, 0.7),
    distToSegment(u, v, 0.43, 0.7, 0.74, 0.32),
  );
  if (tick < w) return [255, 255, 255, 255];
  // Three faint list lines behind the tick: a roadmap is a list of measures.
  for (const ly of [0.24, 0.8])
    if (Math.abs(v - ly) < 0.03 && u > 0.22 && u < 0.78) return [180, 222, 196, 255];
  return [33, 115, 70, 255];
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, png(size, pixel));
console.log("icons written");
