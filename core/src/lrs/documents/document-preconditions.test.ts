import { describe, expect, test } from 'vitest';
import {
  checkReadPreconditions,
  checkWritePreconditions,
  type Preconditions,
  readPreconditions,
  requirePutPrecondition,
} from './document-preconditions.js';

const ETAG = '"9b9a5cbbbdd6cfa1b8d7b6cc3a9f1d3d1d65c0a4"';
const OTHER = '"1111111111111111111111111111111111111111"';

function preconditions(headers: Record<string, string>): Preconditions {
  return readPreconditions((name) => headers[name]);
}

function statusOf(action: () => void): number | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

describe('write preconditions', () => {
  test.each([
    ['if-match equal', { 'If-Match': ETAG }, ETAG, undefined],
    ['if-match in list', { 'If-Match': `${OTHER}, ${ETAG}` }, ETAG, undefined],
    ['if-match unquoted', { 'If-Match': ETAG.slice(1, -1) }, ETAG, undefined],
    ['if-match other', { 'If-Match': OTHER }, ETAG, 412],
    ['if-match weak', { 'If-Match': `W/${ETAG}` }, ETAG, 412],
    ['if-match star on document', { 'If-Match': '*' }, ETAG, undefined],
    ['if-match star without document', { 'If-Match': '*' }, undefined, 412],
    ['if-match without document', { 'If-Match': ETAG }, undefined, 412],
    ['if-none-match star without document', { 'If-None-Match': '*' }, undefined, undefined],
    ['if-none-match star on document', { 'If-None-Match': '*' }, ETAG, 412],
    ['if-none-match weak equal', { 'If-None-Match': `W/${ETAG}` }, ETAG, 412],
    ['if-none-match other', { 'If-None-Match': OTHER }, ETAG, undefined],
    ['no header', {}, ETAG, undefined],
  ])('%s', (_case, headers, current, status) => {
    expect(statusOf(() => checkWritePreconditions(preconditions(headers), current))).toBe(status);
  });

  test('empty header rejected', () => {
    expect(statusOf(() => preconditions({ 'If-Match': ' , ' }))).toBe(400);
  });
});

describe('put precondition rule', () => {
  test.each([
    ['no header on document', {}, ETAG, 409],
    ['no header without document', {}, undefined, 400],
    ['if-match', { 'If-Match': ETAG }, ETAG, undefined],
    ['if-none-match', { 'If-None-Match': '*' }, undefined, undefined],
  ])('%s', (_case, headers, current, status) => {
    const check = () => requirePutPrecondition(preconditions(headers), current, '/agents/profile');
    expect(statusOf(check)).toBe(status);
  });
});

describe('read preconditions', () => {
  test('if-none-match equal is not modified', () => {
    expect(checkReadPreconditions(preconditions({ 'If-None-Match': ETAG }), ETAG)).toBe(
      'not-modified',
    );
  });

  test('if-none-match other sends', () => {
    expect(checkReadPreconditions(preconditions({ 'If-None-Match': OTHER }), ETAG)).toBe('send');
  });

  test('if-match other fails', () => {
    const check = () => checkReadPreconditions(preconditions({ 'If-Match': OTHER }), ETAG);
    expect(statusOf(check)).toBe(412);
  });
});
