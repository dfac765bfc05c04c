import type { Statement } from '@fabrique/sdk';

// The LRS sets these itself, so two submissions that differ only here are the same statement.
const LRS_SET_PROPERTIES = new Set(['stored', 'authority', 'version']);

/**
 * Tells whether two statements with one id are the same submission, ignoring
 * key order. With `ignoreTimestamp`, the timestamps are not compared: the LRS
 * set the incoming one because its sender left it out.
 */
export function sameStatement(
  stored: Statement,
  incoming: Statement,
  options: { ignoreTimestamp?: boolean } = {},
): boolean {
  const strip = (statement: Statement) =>
    options.ignoreTimestamp ? { ...statement, timestamp: undefined } : statement;
  return canonicalJson(strip(stored), true) === canonicalJson(strip(incoming), true);
}

function canonicalJson(value: unknown, topLevel = false): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value)
    .filter(([key, item]) => item !== undefined && !(topLevel && LRS_SET_PROPERTIES.has(key)))
    .sort(([left], [right]) => compareCodeUnits(left, right));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** Orders keys by UTF-16 code units, the same order on every platform and locale. */
function compareCodeUnits(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
