import { describe, expect, test } from 'vitest';
import { isTimestamp, timestampToDate } from './timestamp.js';

describe('isTimestamp', () => {
  test.each([
    '2013-05-18T05:32:34.804Z',
    '2013-05-18T05:32:34.804+00:00',
    '2015-11-18T12:17:00+00:00',
    '2013-05-18T07:32:34+02:00',
    '2013-05-18T05:32:34.123456789-05:30',
    '2013-05-18T05:32Z',
    '2013-05-18T05:32:34,5+01',
    '2013-05-18t05:32:34z',
    '20130518T053234Z',
    '20130518T053234.804+0200',
    '2016-02-29T00:00:00Z',
    '2016-12-31T23:59:60Z',
    '2017-01-01T00:59:60+01:00',
  ])('accepts %s', (value) => {
    expect(isTimestamp(value)).toBe(true);
  });

  test.each([
    ['no time zone', '2013-05-18T05:32:34.804'],
    ['a date only', '2013-05-18'],
    ['a -00 offset', '2008-09-15T15:53:00.601-00'],
    ['a -0000 offset', '2008-09-15T15:53:00.601-0000'],
    ['a -00:00 offset', '2008-09-15T15:53:00.601-00:00'],
    ['February 29 of a common year', '2015-02-29T00:00:00Z'],
    ['April 31', '2015-04-31T00:00:00Z'],
    ['month 13', '2015-13-01T00:00:00Z'],
    ['hour 24', '2015-01-01T24:00:00Z'],
    ['minute 60', '2015-01-01T10:60:00Z'],
    ['a leap second outside 23:59 UTC', '2016-12-31T22:59:60Z'],
    ['an offset of 24 hours', '2015-01-01T10:00:00+24:00'],
    ['mixed basic and extended formats', '2013-05-18T053234Z'],
    ['a US date', '01/011/2015'],
    ['a space instead of T', '2013-05-18 05:32:34Z'],
    ['a word', 'should fail'],
    ['a number', 1_431_927_154_804],
  ])('rejects %s', (_name, value) => {
    expect(isTimestamp(value)).toBe(false);
  });
});

describe('timestampToDate', () => {
  test.each([
    ['2013-05-18T05:32:34.804Z', '2013-05-18T05:32:34.804Z'],
    ['2013-05-18T07:32:34.804+02:00', '2013-05-18T05:32:34.804Z'],
    ['2013-05-18T00:02:34.8049-05:30', '2013-05-18T05:32:34.804Z'],
    ['20130518T053234Z', '2013-05-18T05:32:34.000Z'],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'],
    ['2016-12-31T23:59:60Z', '2017-01-01T00:00:00.000Z'],
  ])('converts %s', (value, expected) => {
    expect(timestampToDate(value)?.toISOString()).toBe(expected);
  });

  test('timestampToDate rejects no time zone', () => {
    expect(timestampToDate('2013-05-18T05:32:34')).toBeUndefined();
  });
});
