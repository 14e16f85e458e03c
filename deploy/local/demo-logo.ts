import { crc32, deflateSync } from 'node:zlib';

/**
 * A small PNG logo drawn in code (no binary asset in the repository): a rounded teal badge with a
 * white "A" made of strokes, on a transparent background. The demo agency's logo and the tests' real
 * image upload.
 */
export function demoLogoPng(width = 180, height = 60): Buffer {
  const rows: Buffer[] = [];
  const inBadge = (x: number, y: number): boolean => {
    const radius = 12;
    const cx = Math.min(Math.max(x, radius), height - radius);
    const cy = Math.min(Math.max(y, radius), height - radius);
    return x < height && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  // The "A": two slanted legs and a bar, as distances to segments.
  const near = (x: number, y: number, x1: number, y1: number, x2: number, y2: number): boolean => {
    const t = Math.max(
      0,
      Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)),
    );
    return (x - (x1 + t * (x2 - x1))) ** 2 + (y - (y1 + t * (y2 - y1))) ** 2 <= 9;
  };
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x++) {
      let pixel = [0, 0, 0, 0];
      if (inBadge(x, y)) {
        const letter = near(x, y, 30, 12, 16, 48) || near(x, y, 30, 12, 44, 48) || near(x, y, 22, 36, 38, 36);
        pixel = letter ? [255, 255, 255, 255] : [15, 118, 110, 255];
      } else if (x > height + 8 && y > 18 && y < 42) {
        // Three bars standing for the name, in slate.
        const bar = Math.floor((x - height - 8) / 38);
        if ((x - height - 8) % 38 < 30 && bar < 3) pixel = [51, 65, 85, 255];
      }
      row.set(pixel, 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
