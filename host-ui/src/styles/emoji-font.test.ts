import { readFile, stat } from 'node:fs/promises';
import { brotliDecompressSync } from 'node:zlib';
import { expect, test } from 'vitest';
import {
  codePointsOf,
  collectUiEmoji,
  findEmoji,
  formatUnicodes,
} from '../../scripts/emoji-code-points.mjs';

const fontFile = new URL('../assets/fonts/noto-color-emoji-subset.woff2', import.meta.url);
const regenerate = 'run host-ui/scripts/subset-emoji-font.sh';

// U+FE0F selects emoji presentation, and Noto Color Emoji has no glyph for it.
const VARIATION_SELECTOR_16 = 0xfe0f;

/** Reads a WOFF2 UIntBase128 at `offset` and returns the value and the offset after it. */
function readUIntBase128(bytes: Uint8Array, offset: number): [number, number] {
  let value = 0;
  for (let index = 0; index < 5; index++) {
    const byte = bytes[offset + index]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      return [value, offset + index + 1];
    }
  }
  throw new Error(`UIntBase128 at ${offset} is longer than 5 bytes.`);
}

/**
 * Returns the decompressed `cmap` table of a WOFF2 font (W3C WOFF2, section
 * 5). Tables follow one another in the decompressed stream in directory
 * order. The cmap table is tag index 0 and is never transformed.
 */
function woff2CmapTable(font: Buffer): Buffer {
  expect(font.toString('latin1', 0, 4)).toBe('wOF2');
  const tableCount = font.readUInt16BE(12);
  const compressedLength = font.readUInt32BE(20);
  let offset = 48;
  const tables: { tagIndex: number; length: number }[] = [];
  for (let index = 0; index < tableCount; index++) {
    const flags = font[offset]!;
    offset += (flags & 0x3f) === 63 ? 5 : 1;
    const tagIndex = flags & 0x3f;
    const transformVersion = flags >> 6;
    let length: number;
    [length, offset] = readUIntBase128(font, offset);
    // glyf (10) and loca (11) are transformed at version 0, every other table at versions 1 to 3.
    const isGlyfOrLoca = tagIndex === 10 || tagIndex === 11;
    if (isGlyfOrLoca ? transformVersion === 0 : transformVersion !== 0) {
      [length, offset] = readUIntBase128(font, offset);
    }
    tables.push({ tagIndex, length });
  }
  const stream = brotliDecompressSync(font.subarray(offset, offset + compressedLength));
  let start = 0;
  for (const table of tables) {
    if (table.tagIndex === 0) {
      return stream.subarray(start, start + table.length);
    }
    start += table.length;
  }
  throw new Error('The font has no cmap table.');
}

/** Returns the code points of the Windows full-repertoire subtable (format 12) of a cmap. */
function format12CodePoints(cmap: Buffer): Set<number> {
  const recordCount = cmap.readUInt16BE(2);
  for (let record = 0; record < recordCount; record++) {
    const base = 4 + record * 8;
    const subtable = cmap.readUInt32BE(base + 4);
    if (cmap.readUInt16BE(base) !== 3 || cmap.readUInt16BE(base + 2) !== 10) {
      continue;
    }
    expect(cmap.readUInt16BE(subtable)).toBe(12);
    const codePoints = new Set<number>();
    const groupCount = cmap.readUInt32BE(subtable + 12);
    for (let group = 0; group < groupCount; group++) {
      const groupBase = subtable + 16 + group * 12;
      const first = cmap.readUInt32BE(groupBase);
      const last = cmap.readUInt32BE(groupBase + 4);
      for (let codePoint = first; codePoint <= last; codePoint++) {
        codePoints.add(codePoint);
      }
    }
    return codePoints;
  }
  throw new Error('The cmap has no (3, 10) subtable.');
}

test.each([
  ['card and icon', "emoji: '🦊', label ⬅️", ['🦊', '⬅️']],
  ['text arrows', '← ➜ ⬅ 1 #', []],
  ['ZWJ sequence', '🧑‍🏫', ['🧑‍🏫']],
  ['variation selector', '🐿️ ☀️', ['🐿️', '☀️']],
  ['repeats', '✨ 👤 ✨', ['✨', '👤']],
])('findEmoji %s', (_case, text, expected) => {
  expect(findEmoji(text)).toEqual(expected);
});

test('codePointsOf splits sequences', () => {
  expect(formatUnicodes(codePointsOf(['🧑‍🏫', '☀️']))).toBe('U+200D,U+2600,U+FE0F,U+1F3EB,U+1F9D1');
});

test('UI emoji include cards and icons', async () => {
  const emoji = await collectUiEmoji();
  expect(emoji).toContain('🦊');
  expect(emoji).toContain('🐿️');
  expect(emoji).toContain('👋');
  expect(emoji).toContain('🧑‍🏫');
});

test('emoji font has exactly the UI emoji', async () => {
  const wanted = codePointsOf(await collectUiEmoji()).filter(
    (codePoint) => codePoint !== VARIATION_SELECTOR_16,
  );
  const font = await readFile(fontFile);
  const inFont = [...format12CodePoints(woff2CmapTable(font))].sort((a, b) => a - b);
  expect(formatUnicodes(inFont), regenerate).toBe(formatUnicodes(wanted));
});

test('emoji font under 300 KB', async () => {
  const { size } = await stat(fontFile);
  expect(size).toBeLessThan(300 * 1024);
});
