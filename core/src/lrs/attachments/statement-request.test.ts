import { createHash } from 'node:crypto';
import { FabriqueError } from '@fabrique/sdk';
import { describe, expect, test } from 'vitest';
import { buildMultipartBody, sha256Hex, TEST_MULTIPART_TYPE } from './multipart-test-body.js';
import { readStatementRequest } from './statement-request.js';

const STATEMENT = { actor: { mbox: 'mailto:a@example.org' } };

function post(body: Buffer | string, contentType = TEST_MULTIPART_TYPE): Request {
  return new Request('http://127.0.0.1/xapi/statements', {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
}

async function errorOf(request: Request): Promise<FabriqueError> {
  const error = await readStatementRequest(request).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(FabriqueError);
  expect((error as FabriqueError).status).toBe(400);
  return error as FabriqueError;
}

describe('readStatementRequest', () => {
  test('json body', async () => {
    const request = await readStatementRequest(
      post(JSON.stringify(STATEMENT), 'application/json; charset=utf-8'),
    );
    expect(request.body).toEqual(STATEMENT);
    expect(request.parts).toEqual([]);
  });

  test('json in another charset', async () => {
    const error = await errorOf(
      post(JSON.stringify(STATEMENT), 'application/json; charset=iso-8859-1'),
    );
    expect(error.code).toBe('unsupported-media-type');
  });

  test('json-like media type', async () => {
    const error = await errorOf(post(JSON.stringify(STATEMENT), 'application/json-patch+json'));
    expect(error.code).toBe('unsupported-media-type');
  });

  test('multipart without attachments', async () => {
    const request = await readStatementRequest(post(buildMultipartBody([STATEMENT])));
    expect(request.body).toEqual([STATEMENT]);
    expect(request.parts).toEqual([]);
  });

  test('multipart with attachment parts', async () => {
    const binary = Buffer.from([0, 1, 2, 254, 255]);
    const request = await readStatementRequest(
      post(
        buildMultipartBody(STATEMENT, [
          { content: 'hello', contentType: 'text/plain; charset=ascii' },
          { content: binary, contentType: 'application/octet-stream' },
        ]),
      ),
    );
    expect(request.parts).toHaveLength(2);
    expect(request.parts[0]?.sha2).toBe(sha256Hex('hello'));
    expect(request.parts[0]?.contentType).toBe('text/plain; charset=ascii');
    expect(request.parts[0]?.content.toString()).toBe('hello');
    expect(request.parts[1]?.content.equals(binary)).toBe(true);
  });

  test('hash lower-cased', async () => {
    const hash = sha256Hex('hello').toUpperCase();
    const request = await readStatementRequest(
      post(
        buildMultipartBody(STATEMENT, [
          { content: 'hello', headers: { 'X-Experience-API-Hash': hash } },
        ]),
      ),
    );
    expect(request.parts[0]?.sha2).toBe(hash.toLowerCase());
  });

  test.each(['sha224', 'sha384', 'sha512'])('%s hash accepted', async (algorithm) => {
    const hash = createHash(algorithm).update('hello').digest('hex');
    const request = await readStatementRequest(
      post(
        buildMultipartBody(STATEMENT, [
          { content: 'hello', headers: { 'X-Experience-API-Hash': hash } },
        ]),
      ),
    );
    expect(request.parts[0]?.sha2).toBe(hash);
  });

  test('missing transfer encoding assumed binary', async () => {
    const request = await readStatementRequest(
      post(
        buildMultipartBody(STATEMENT, [
          { content: 'x', headers: { 'Content-Transfer-Encoding': undefined } },
        ]),
      ),
    );
    expect(request.parts).toHaveLength(1);
  });

  test('part without content type', async () => {
    const request = await readStatementRequest(
      post(
        buildMultipartBody(STATEMENT, [{ content: 'x', headers: { 'Content-Type': undefined } }]),
      ),
    );
    expect(request.parts[0]?.contentType).toBeUndefined();
  });

  test.each([['multipart/form-data; boundary=test-boundary-7f3a9c'], ['text/plain'], ['']])(
    'rejects content type %j',
    async (contentType) => {
      const error = await errorOf(post(buildMultipartBody(STATEMENT), contentType));
      expect(error.code).toBe('unsupported-media-type');
    },
  );

  test.each([['multipart/mixed'], ['multipart/mixed;'], ['multipart/mixed; boundary=""']])(
    'rejects %j without boundary',
    async (contentType) => {
      const error = await errorOf(post(buildMultipartBody(STATEMENT), contentType));
      expect(error.code).toBe('malformed-multipart');
      expect(error.details.rule).toBe('boundary');
    },
  );

  test('rejects boundary missing from body', async () => {
    const error = await errorOf(
      post(buildMultipartBody(STATEMENT), 'multipart/mixed; boundary=other'),
    );
    expect(error.code).toBe('malformed-multipart');
  });

  test('rejects first part not json', async () => {
    const body = buildMultipartBody(STATEMENT).toString().replace('application/json', 'text/plain');
    const error = await errorOf(post(body));
    expect(error.code).toBe('malformed-multipart');
    expect(error.details.rule).toBe('statements-part');
  });

  test('rejects empty multipart', async () => {
    const error = await errorOf(post('--test-boundary-7f3a9c--\r\n'));
    expect(error.details.rule).toBe('statements-part');
  });

  test('rejects invalid json part', async () => {
    const body = buildMultipartBody(STATEMENT).toString().replace('{"actor"', '{actor');
    const error = await errorOf(post(body));
    expect(error.code).toBe('malformed-json');
  });

  test('rejects invalid utf-8 json part', async () => {
    const body = Buffer.concat([
      Buffer.from('--test-boundary-7f3a9c\r\nContent-Type: application/json\r\n\r\n"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"\r\n--test-boundary-7f3a9c--'),
    ]);
    const error = await errorOf(post(body));
    expect(error.code).toBe('malformed-json');
  });

  test.each([
    ['base64 encoding', { 'Content-Transfer-Encoding': 'base64' }, 'transfer-encoding'],
    ['missing hash', { 'X-Experience-API-Hash': undefined }, 'hash-header'],
    ['hash not hex', { 'X-Experience-API-Hash': 'z'.repeat(64) }, 'hash-header'],
    ['hash of odd length', { 'X-Experience-API-Hash': 'a'.repeat(63) }, 'hash-header'],
    ['hash of other content', { 'X-Experience-API-Hash': sha256Hex('other') }, 'hash-mismatch'],
  ])('rejects part with %s', async (_name, headers, rule) => {
    const error = await errorOf(post(buildMultipartBody(STATEMENT, [{ content: 'x', headers }])));
    expect(error.code).toBe('invalid-attachment-part');
    expect(error.details.rule).toBe(rule);
  });
});
