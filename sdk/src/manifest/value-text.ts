const MAX_SHOWN_LENGTH = 60;

/**
 * Describes a received value for an issue message: strings and numbers as JSON, objects and
 * arrays by their kind. Long strings are cut, so a message always fits on one line.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = [...value];
    const cut = shown.length > MAX_SHOWN_LENGTH;
    return JSON.stringify(cut ? `${shown.slice(0, MAX_SHOWN_LENGTH).join('')}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return JSON.stringify(value);
  }
  return describeType(value);
}

/** Names the JSON type of a value with its article, such as `an array` or `a string`. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && Number.isInteger(value)) return 'an integer';
  return `a ${typeof value}`;
}

/** Lists allowed values as JSON literals separated by commas, such as `"pupil", "class"`. */
export function listValues(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** Counts the Unicode code points of a string, the unit of every length limit in the manifest. */
export function countCodePoints(text: string): number {
  return [...text].length;
}
