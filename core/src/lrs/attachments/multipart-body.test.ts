import { FabriqueError } from '@fabrique/sdk';
import { describe, expect, test } from 'vitest';
import {
  isValidBoundary,
  MAX_MULTIPART_PARTS,
  MAX_PART_HEADER_BYTES,
  parseMultipartBody,
} from './multipart-body.js';

const body = (text: string) => Buffer.from(text, 'latin1');

function ruleOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FabriqueError);
    expect((error as FabriqueError).code).toBe('malformed-multipart');
    expect((error as FabriqueError).status).toBe(400);
    return String((error as FabriqueError).details.rule);
  }
  return undefined;
}

describe('parseMultipartBody', () => {
  test('parts with headers and content', () => {
    const parts = parseMultipartBody(
      body(
        '--b\r\nContent-Type: application/json\r\n\r\n{}\r\n--b\r\nX-A:1\r\nx-b:  2 \r\n\r\nab\r\ncd\r\n--b--\r\n',
      ),
      'b',
    );
    expect(parts).toHaveLength(2);
    expect(parts[0]?.headers.get('content-type')).toBe('application/json');
    expect(parts[0]?.content.toString()).toBe('{}');
    expect(parts[1]?.headers.get('x-a')).toBe('1');
    expect(parts[1]?.headers.get('x-b')).toBe('2');
    expect(parts[1]?.content.toString()).toBe('ab\r\ncd');
  });

  test('preamble and epilogue ignored', () => {
    const parts = parseMultipartBody(
      body('preamble\r\n--b\r\nA: 1\r\n\r\nx\r\n--b--\r\nepilogue --b\r\n'),
      'b',
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]?.content.toString()).toBe('x');
  });

  test('leading CRLF before first delimiter', () => {
    const parts = parseMultipartBody(body('\r\n--b\r\nA:1\r\n\r\nx\r\n--b--'), 'b');
    expect(parts[0]?.content.toString()).toBe('x');
  });

  test('part without headers', () => {
    const parts = parseMultipartBody(body('--b\r\n\r\nplain\r\n--b--'), 'b');
    expect(parts[0]?.headers.size).toBe(0);
    expect(parts[0]?.content.toString()).toBe('plain');
  });

  test('empty content', () => {
    const parts = parseMultipartBody(body('--b\r\nA: 1\r\n\r\n\r\n--b--'), 'b');
    expect(parts[0]?.content.length).toBe(0);
  });

  test('transport padding after delimiter', () => {
    const parts = parseMultipartBody(body('--b \t\r\nA: 1\r\n\r\nx\r\n--b--'), 'b');
    expect(parts[0]?.content.toString()).toBe('x');
  });

  test('folded header line', () => {
    const parts = parseMultipartBody(body('--b\r\nA: one\r\n two\r\n\r\nx\r\n--b--'), 'b');
    expect(parts[0]?.headers.get('a')).toBe('one two');
  });

  test('binary content kept byte for byte', () => {
    const content = Buffer.from([0, 255, 45, 45, 98, 13, 10, 45, 45, 99, 13]);
    const parts = parseMultipartBody(
      Buffer.concat([body('--b\r\nA: 1\r\n\r\n'), content, body('\r\n--b--')]),
      'b',
    );
    expect(parts[0]?.content.equals(content)).toBe(true);
  });

  test('empty part', () => {
    const parts = parseMultipartBody(body('--b\r\n\r\n--b--'), 'b');
    expect(parts[0]?.headers.size).toBe(0);
    expect(parts[0]?.content.length).toBe(0);
  });

  test('no parts before close delimiter', () => {
    expect(parseMultipartBody(body('--b--\r\n'), 'b')).toEqual([]);
  });

  test.each([
    ['no delimiter', 'Content-Type: application/json\r\n\r\n{}', 'delimiter'],
    ['no close delimiter', '--b\r\nA: 1\r\n\r\nx', 'close-delimiter'],
    ['delimiter line with text', '--bx\r\nA: 1\r\n\r\nx\r\n--b--', 'delimiter-line'],
    ['LF line ends', '--b\nA: 1\n\nx\n--b--', 'delimiter-line'],
    ['headers without empty line', '--b\r\nA: 1\r\n--b--', 'part-headers'],
    ['header without colon', '--b\r\nbroken\r\n\r\nx\r\n--b--', 'part-headers'],
    ['header with empty name', '--b\r\n: value\r\n\r\nx\r\n--b--', 'part-headers'],
    ['header twice', '--b\r\nA: 1\r\na: 2\r\n\r\nx\r\n--b--', 'part-headers'],
  ])('rejects %s', (_name, text, rule) => {
    expect(ruleOf(() => parseMultipartBody(body(text), 'b'))).toBe(rule);
  });

  test('rejects header section over limit', () => {
    const text = `--b\r\nA: ${'x'.repeat(MAX_PART_HEADER_BYTES)}\r\n\r\nx\r\n--b--`;
    expect(ruleOf(() => parseMultipartBody(body(text), 'b'))).toBe('part-headers');
  });

  test('rejects too many parts', () => {
    const text = `${'--b\r\nA: 1\r\n\r\nx\r\n'.repeat(MAX_MULTIPART_PARTS + 1)}--b--`;
    expect(ruleOf(() => parseMultipartBody(body(text), 'b'))).toBe('too-many-parts');
  });

  test('accepts maximum part count', () => {
    const text = `${'--b\r\nA: 1\r\n\r\nx\r\n'.repeat(MAX_MULTIPART_PARTS)}--b--`;
    expect(parseMultipartBody(body(text), 'b')).toHaveLength(MAX_MULTIPART_PARTS);
  });
});

describe('isValidBoundary', () => {
  test.each([
    ['-------314159265358979323846', true],
    ['simple', true],
    ["a'()+_,-./:=?z", true],
    ['with space inside', true],
    ['x'.repeat(70), true],
    ['', false],
    ['x'.repeat(71), false],
    ['ends with space ', false],
    ['semi;colon', false],
    ['quote"', false],
  ])('%s is %s', (boundary, valid) => {
    expect(isValidBoundary(boundary)).toBe(valid);
  });
});
