const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Formats a property path the way JavaScript would access it, for example
 * `context.contextActivities.parent[0].id`. Keys that are not identifiers, such
 * as language tags and extension IRIs, are written in brackets:
 * `verb.display["en-US"]`. The root is the empty string.
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    text += formatPathKey(key, text === '');
  }
  return text;
}

function formatPathKey(key: PropertyKey, isFirst: boolean): string {
  if (typeof key === 'number') {
    return `[${key}]`;
  }
  const name = String(key);
  if (!IDENTIFIER.test(name)) {
    return `[${JSON.stringify(name)}]`;
  }
  return isFirst ? name : `.${name}`;
}

const MAX_STRING_LENGTH_IN_MESSAGE = 80;

/**
 * Describes a string, number or boolean for an issue message, shortening long
 * strings. Returns undefined for other values, which messages do not show.
 */
export function describeInputValue(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const isLong = value.length > MAX_STRING_LENGTH_IN_MESSAGE;
    return JSON.stringify(isLong ? `${value.slice(0, MAX_STRING_LENGTH_IN_MESSAGE)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return undefined;
}

/** Names the JSON type of a value for an issue message: `null`, `an array`, `a string` and so on. */
export function describeJsonType(value: unknown): string {
  if (value === null || value === undefined) {
    return String(value);
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
