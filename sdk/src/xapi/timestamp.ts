import { z } from 'zod';
import { xapiRule } from './xapi-issue.js';

// Calendar date, time and offset of ISO 8601, in the extended format with
// separators or in the basic format without them, never a mix of the two.
// Seconds and their fraction are optional, and the fraction separator is "." or ",".
const EXTENDED_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::\d{2})?)$/;
const BASIC_PATTERN =
  /^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?:\d{2})?)$/;

const MINUTES_PER_DAY = 24 * 60;

interface TimestampFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly milliseconds: number;
  /** Offset from UTC in minutes, east positive. */
  readonly offsetMinutes: number;
}

/**
 * Tells whether a value is an xAPI timestamp: an ISO 8601 combined date and
 * time with a time zone, such as `2013-05-18T05:32:34.804Z`,
 * `2013-05-18T07:32:34+02:00` or the basic format `20130518T053234Z`.
 *
 * A timestamp without a time zone is rejected, because it names no single
 * point in time. Impossible dates and times such as `2015-02-29` are rejected,
 * and so are the offsets `-00`, `-0000` and `-00:00`, which ISO 8601 forbids.
 * A second of 60 is accepted only where a leap second can fall, at 23:59 UTC.
 *
 * NOTE: ordinal dates (`2013-138`) and week dates (`2013-W20-6`) are valid
 * ISO 8601 but rejected here, like any form other than the calendar date.
 */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && readTimestamp(value) !== undefined;
}

/**
 * Converts a timestamp to a Date, truncated to the millisecond, or returns
 * undefined when {@link isTimestamp} rejects it. A leap second becomes the
 * first second of the next minute.
 */
export function timestampToDate(value: string): Date | undefined {
  const fields = readTimestamp(value);
  if (fields === undefined) {
    return undefined;
  }
  const date = new Date(0);
  // setUTCFullYear keeps years 0 to 99 as given, where Date.UTC would add 1900.
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour, fields.minute - fields.offsetMinutes, fields.second);
  date.setUTCMilliseconds(fields.milliseconds);
  return date;
}

function readTimestamp(value: string): TimestampFields | undefined {
  const match = EXTENDED_PATTERN.exec(value) ?? BASIC_PATTERN.exec(value);
  if (match === null) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const offsetMinutes = readOffsetMinutes(zone ?? '');
  if (offsetMinutes === undefined) {
    return undefined;
  }
  const fields: TimestampFields = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    milliseconds: Number((fraction ?? '').padEnd(3, '0').slice(0, 3)),
    offsetMinutes,
  };
  return isPossibleTime(fields) ? fields : undefined;
}

/** Reads `Z`, `±hh`, `±hhmm` or `±hh:mm`; returns undefined for an invalid or negative zero offset. */
function readOffsetMinutes(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') {
    return 0;
  }
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) {
    return undefined;
  }
  const sign = zone.startsWith('-') ? -1 : 1;
  if (sign === -1 && hours === 0 && minutes === 0) {
    return undefined;
  }
  return sign * (hours * 60 + minutes);
}

function isPossibleTime(fields: TimestampFields): boolean {
  const { year, month, day, hour, minute, second } = fields;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60) {
    return false;
  }
  return second < 60 || isLastMinuteOfUtcDay(fields);
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function isLastMinuteOfUtcDay(fields: TimestampFields): boolean {
  const localMinute = fields.hour * 60 + fields.minute;
  const utcMinute = (localMinute - fields.offsetMinutes + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return utcMinute === MINUTES_PER_DAY - 1;
}

/** Schema of an xAPI timestamp, such as a statement's `timestamp` or `stored`. */
export const timestampSchema = z.custom<string>(
  isTimestamp,
  xapiRule(
    'invalid-timestamp',
    'must be an ISO 8601 date and time with a time zone, such as "2024-03-01T09:30:00.000Z"',
  ),
);
