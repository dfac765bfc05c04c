import { describe, expect, test } from 'vitest';
import { isDoi, isHttpsUrl } from './research-schema.js';

describe('isDoi', () => {
  test.each([
    ['10.1111/j.1467-8624.2004.00684.x', true],
    ['10.1037/0033-2909.131.6.803', true],
    ['10.123456789/abc', true],
    ['10.123/abc', false],
    ['https://doi.org/10.1111/j.1467-8624.2004.00684.x', false],
    ['doi:10.1111/abc', false],
    ['10.1111/', false],
    ['10.1111/a b', false],
  ])('%s is %s', (doi, expected) => {
    expect(isDoi(doi)).toBe(expected);
  });
});

describe('isHttpsUrl', () => {
  test.each([
    ['https://www.education.gouv.fr/', true],
    ['https://hal.science/hal-01234567', true],
    ['http://www.education.gouv.fr/', false],
    ['ftp://example.org/report.pdf', false],
    ['www.education.gouv.fr', false],
    ['https://', false],
  ])('%s is %s', (url, expected) => {
    expect(isHttpsUrl(url)).toBe(expected);
  });
});
