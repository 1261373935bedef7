// Draws Gloss's icon set (public/icon/{16,32,48,96,128}.png) without any image tool: a
// rounded ink-blue square with a "G" of text lines, one of them highlighted. Run once; the
// PNGs are committed. Supersampled 4x4 for clean edges at 16 px.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BG = [32, 56, 112];
const LINE = [236, 240, 248];
const MARK = [255, 205, 64];

/** Color at (x, y) in unit coordinates [0,1), or null for transparent. */
function shade(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const inBar = (y0, x0, x1) => y >= y0 && y < y0 + 0.1 && x >= x0 && x < x1;
  if (inBar(0.22, 0.2, 0.8)) return LINE;
  if (y >= 0.41 && y < 0.59 && x >= 0.17 && x < 0.83) {
    if (inBar(0.45, 0.2, 0.62)) return BG.map((c) => Math.round(c * 0.5));
    return MARK;
  }
  if (inBar(0.68, 0.2, 0.6)) return LINE;
  return BG;
}

function png(size) {
  const ss = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = 1 + px * 4;
      if (a) {
        row[o] = Math.round(r / a);
        row[o + 1] = Math.round(g / a);
        row[o + 2] = Math.round(b / a);
        row[o + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
    rows.push(row);
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
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c;
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const s of SIZES) writeFileSync(new URL(`../public/icon/${s}.png`, import.meta.url), png(s));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')}`);
