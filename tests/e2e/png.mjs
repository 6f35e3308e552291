// Cuts a rectangle out of a PNG (8-bit greyscale, RGB or RGBA, with or without alpha, not
// interlaced: what browsers' screenshots are). WebKitWebDriver's element screenshots come out
// shifted when the element is not at the top of the window, so the WebKit driver shoots the
// window and cuts the element out itself.
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Returns a PNG of the pixels of `png` (a Buffer) inside `{ x, y, width, height }`, clipped to the image. */
export function cropPng(png, { x, y, width, height }) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let header;
  const data = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], color: body[9], interlace: body[12] };
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const channels = CHANNELS[header.color];
  if (header.depth !== 8 || !channels || header.interlace) throw new Error(`unsupported PNG (depth ${header.depth}, colour ${header.color}, interlace ${header.interlace})`);
  const pixels = unfilter(inflateSync(Buffer.concat(data)), header.width, header.height, channels);

  const left = Math.max(0, Math.round(x));
  const top = Math.max(0, Math.round(y));
  const w = Math.min(header.width, Math.round(x + width)) - left;
  const h = Math.min(header.height, Math.round(y + height)) - top;
  if (w <= 0 || h <= 0) throw new Error('the rectangle is outside the image');
  const stride = header.width * channels;
  const rows = Buffer.alloc(h * (1 + w * channels));
  for (let r = 0; r < h; r++) {
    const from = (top + r) * stride + left * channels;
    pixels.copy(rows, r * (1 + w * channels) + 1, from, from + w * channels); // filter 0 per row
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = header.color;
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Undoes PNG's per-row filters; returns the raw pixel bytes, row after row. */
function unfilter(raw, width, height, bpp) {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let r = 0; r < height; r++) {
    const filter = raw[r * (stride + 1)];
    const line = raw.subarray(r * (stride + 1) + 1, (r + 1) * (stride + 1));
    const at = r * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[at + i - bpp] : 0;
      const b = r > 0 ? out[at - stride + i] : 0;
      const c = r > 0 && i >= bpp ? out[at - stride + i - bpp] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[at + i] = v & 0xff;
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}
