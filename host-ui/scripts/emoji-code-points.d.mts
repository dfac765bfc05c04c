/** Source file of the picture cards, whose emoji the font subset must cover. */
export const PICTURE_CARDS_FILE: string;
/** Root of the host UI's sources scanned for emoji icons. */
export const UI_SOURCE_ROOT: string;
/** Returns the distinct emoji of `text`, in order of first appearance. */
export function findEmoji(text: string): string[];
/** Returns the sorted distinct code points of a list of emoji. */
export function codePointsOf(emoji: readonly string[]): number[];
/** Returns the non-test TypeScript files under `directory`, skipping the English templates. */
export function uiSourceFiles(directory?: string): Promise<string[]>;
/** Returns every emoji the UI draws: the picture cards' first, then the UI's icons. */
export function collectUiEmoji(): Promise<string[]>;
/** Formats code points as pyftsubset's `--unicodes` list. */
export function formatUnicodes(codePoints: readonly number[]): string;
