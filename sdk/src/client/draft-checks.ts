import { PluginClientError } from './plugin-client-error.js';
import type { ScoreDraft } from './statement-draft.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
// ISO 8601 duration: at least one component, and a `T` only when a time component follows.
const DURATION = new RegExp(
  `^P(?!$)(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?=\\d)(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
);

/** Throws `invalid-statement` unless `value` is an absolute IRI such as `http://...` or `urn:...`. */
export function checkIri(field: string, value: string): void {
  let valid = true;
  try {
    new URL(value);
  } catch {
    valid = false;
  }
  if (!valid) {
    throw invalid(field, value, 'an absolute IRI such as http://adlnet.gov/expapi/verbs/answered');
  }
}

/** Throws `invalid-statement` unless `value` is a UUID. */
export function checkUuid(field: string, value: string): void {
  if (!UUID.test(value)) {
    throw invalid(field, value, 'a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e');
  }
}

/** Throws `invalid-statement` unless `value` is an ISO 8601 duration. */
export function checkDuration(field: string, value: string): void {
  if (!DURATION.test(value)) {
    throw invalid(field, value, 'an ISO 8601 duration such as PT4.2S (see isoDuration())');
  }
}

/** Throws `invalid-statement` unless `value` parses as a date and time. */
export function checkTimestamp(field: string, value: string): void {
  if (Number.isNaN(Date.parse(value))) {
    throw invalid(field, value, 'an ISO 8601 date and time such as 2025-03-14T09:30:00Z');
  }
}

/** Throws `invalid-statement` when a score breaks the xAPI 1.0.3 bounds. */
export function checkScore(score: ScoreDraft): void {
  const { scaled, raw, min, max } = score;
  for (const [field, value] of Object.entries(score)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw invalid(`result.score.${field}`, String(value), 'a finite number');
    }
  }
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) {
    throw invalid('result.score.scaled', String(scaled), 'a number from -1 to 1');
  }
  if (min !== undefined && max !== undefined && min >= max) {
    throw invalid('result.score.min', String(min), `a number below max (${max})`);
  }
  if (raw !== undefined && min !== undefined && raw < min) {
    throw invalid('result.score.raw', String(raw), `a number from min (${min})`);
  }
  if (raw !== undefined && max !== undefined && raw > max) {
    throw invalid('result.score.raw', String(raw), `a number up to max (${max})`);
  }
}

function invalid(field: string, value: string, expected: string): PluginClientError {
  return new PluginClientError(
    'invalid-statement',
    `Invalid ${field} "${value}": expected ${expected}.`,
    { field, value },
  );
}
