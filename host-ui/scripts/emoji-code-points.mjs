// Lists the code points of the emoji that the host UI draws: the picture
// cards of core/src/classes/picture-cards.ts and the icons written in the
// UI's own sources. subset-emoji-font.sh keeps exactly these in the font.
//
//   node host-ui/scripts/emoji-code-points.mjs   prints them as "U+1F98A,U+1F989,…"
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const hostUiRoot = fileURLToPath(new URL('..', import.meta.url));

/** The file that defines the picture cards, whose emoji the host sends to the card pages. */
export const PICTURE_CARDS_FILE = join(hostUiRoot, '../core/src/classes/picture-cards.ts');

/** The UI sources scanned for icons. Tests and the English templates draw no icon. */
export const UI_SOURCE_ROOT = join(hostUiRoot, 'src');

// A whole emoji as Unicode recommends it for interchange, ZWJ sequences and
// the U+FE0F that selects emoji presentation included. An arrow written
// without U+FE0F, such as ←, is text and stays in the text font.
const emojiPattern = /\p{RGI_Emoji}/gv;

/** Returns the distinct emoji of `text`, in order of first appearance. */
export function findEmoji(text) {
  return [...new Set(text.match(emojiPattern) ?? [])];
}

/** Returns the sorted distinct code points of a list of emoji. */
export function codePointsOf(emoji) {
  const codePoints = new Set(
    emoji.flatMap((sequence) => [...sequence].map((c) => c.codePointAt(0))),
  );
  return [...codePoints].sort((a, b) => a - b);
}

/** Returns the non-test TypeScript files under `directory`, skipping the English templates. */
export async function uiSourceFiles(directory = UI_SOURCE_ROOT) {
  const files = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (relative(UI_SOURCE_ROOT, path) !== join('i18n', 'locales')) {
        files.push(...(await uiSourceFiles(path)));
      }
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      files.push(path);
    }
  }
  return files.sort();
}

/** Returns every emoji the UI draws: the picture cards' first, then the UI's icons. */
export async function collectUiEmoji() {
  const files = [PICTURE_CARDS_FILE, ...(await uiSourceFiles())];
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return findEmoji(texts.join('\n'));
}

/** Formats code points as pyftsubset's `--unicodes` list. */
export function formatUnicodes(codePoints) {
  return codePoints.map((codePoint) => `U+${codePoint.toString(16).toUpperCase()}`).join(',');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const emoji = await collectUiEmoji();
  process.stdout.write(`${formatUnicodes(codePointsOf(emoji))}\n`);
}
