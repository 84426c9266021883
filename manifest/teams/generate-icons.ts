// Draws the two icons Teams asks for and writes them as PNG with node's zlib (no image library):
// color.png 192×192 (white tick on blue) and outline.png 32×32 (white tick on transparent).
// Run once after changing the drawing: node --import tsx manifest/teams/generate-icons.ts
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then pixels
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage 0..1 of a tick mark in a unit square, anti-aliased over about one pixel. */
function tick(u: number, v: number, stroke: number, pixel: number): number {
  const d = Math.min(
    distanceToSegment(u, v, 0.26, 0.52, 0.43, 0.69),
    distanceToSegment(u, v, 0.43, 0.69, 0.76, 0.33),
  );
  return Math.max(0, Math.min(1, (stroke - d) / pixel + 0.5));
}

const BLUE: Rgba = [0x1f, 0x4e, 0x8c, 255];

const color = encodePng(192, (x, y) => {
  const a = tick((x + 0.5) / 192, (y + 0.5) / 192, 0.06, 1 / 192);
  return [
    Math.round(BLUE[0] + (255 - BLUE[0]) * a),
    Math.round(BLUE[1] + (255 - BLUE[1]) * a),
    Math.round(BLUE[2] + (255 - BLUE[2]) * a),
    255,
  ];
});
const outline = encodePng(32, (x, y) => [
  255,
  255,
  255,
  Math.round(255 * tick((x + 0.5) / 32, (y + 0.5) / 32, 0.07, 1 / 32)),
]);

writeFileSync(new URL('./color.png', import.meta.url), color);
writeFileSync(new URL('./outline.png', import.meta.url), outline);
