import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLrsTestHost, type LrsTestHost } from '../../testing/lrs-test-host.js';
import { testDialects } from '../../testing/test-database.js';
import { attachSignature, createRsaSigner, signCompactJws } from './jws-test-signer.js';
import { parseMediaType } from './media-type.js';
import { type MultipartPart, parseMultipartBody } from './multipart-body.js';
import {
  buildMultipartBody,
  sha256Hex,
  TEST_MULTIPART_TYPE,
  type TestPart,
} from './multipart-test-body.js';

const BINARY = Buffer.from(Array.from({ length: 256 }, (_, index) => index));
const TEXT = 'here is a simple attachment';

function statement(attachments: unknown[], id = randomUUID()) {
  return {
    id,
    actor: { objectType: 'Agent', mbox: 'mailto:attach@example.org' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
    object: { id: 'http://example.org/activities/attachments' },
    attachments,
  };
}

function attachment(
  content: Buffer | string,
  contentType: string,
  extra: Record<string, unknown> = {},
) {
  return {
    usageType: 'http://example.org/usage/test',
    display: { 'en-US': 'test' },
    contentType,
    length: Buffer.byteLength(content),
    sha2: sha256Hex(content),
    ...extra,
  };
}

/** Parses a multipart/mixed response and returns its JSON part and attachment parts. */
async function readMultipart(response: Response) {
  const type = parseMediaType(response.headers.get('Content-Type') ?? '');
  expect(type?.essence).toBe('multipart/mixed');
  const boundary = type?.parameters.get('boundary') ?? '';
  const [first, ...parts] = parseMultipartBody(Buffer.from(await response.arrayBuffer()), boundary);
  expect(first?.headers.get('content-type')).toBe('application/json');
  return { json: JSON.parse(String(first?.content)) as unknown, parts };
}

const partFor = (parts: MultipartPart[], sha2: string) =>
  parts.find((part) => part.headers.get('x-experience-api-hash') === sha2);

describe.each(testDialects)('LRS attachments on %s', (dialect) => {
  let lrs: LrsTestHost;
  const postMultipart = (
    body: unknown,
    parts: TestPart[] = [],
    path = '/statements',
    method = 'POST',
  ) =>
    lrs.request(path, {
      method,
      headers: { 'Content-Type': TEST_MULTIPART_TYPE },
      body: new Uint8Array(buildMultipartBody(body, parts)),
    });

  beforeAll(async () => {
    lrs = await createLrsTestHost(dialect);
  });
  afterAll(() => lrs.close());

  test('multipart POST then GET with attachments', async () => {
    const sent = statement([
      attachment(TEXT, 'text/plain'),
      attachment(BINARY, 'application/octet-stream'),
    ]);
    const posted = await postMultipart(sent, [
      { content: TEXT, contentType: 'text/plain' },
      { content: BINARY, contentType: 'application/octet-stream' },
    ]);
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual([sent.id]);

    const response = await lrs.request(`/statements?statementId=${sent.id}&attachments=true`);
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Experience-API-Consistent-Through')).toBeTruthy();
    const { json, parts } = await readMultipart(response);
    expect((json as { id: string }).id).toBe(sent.id);
    expect(parts).toHaveLength(2);
    const text = partFor(parts, sha256Hex(TEXT));
    expect(text?.content.toString()).toBe(TEXT);
    expect(text?.headers.get('content-type')).toBe('text/plain');
    expect(text?.headers.get('content-transfer-encoding')).toBe('binary');
    expect(partFor(parts, sha256Hex(BINARY))?.content.equals(BINARY)).toBe(true);
  });

  test('GET without attachments is JSON', async () => {
    const sent = statement([attachment(TEXT, 'text/plain')]);
    expect((await postMultipart(sent, [{ content: TEXT }])).status).toBe(200);
    for (const query of ['', '&attachments=false']) {
      const response = await lrs.request(`/statements?statementId=${sent.id}${query}`);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(((await response.json()) as { id: string }).id).toBe(sent.id);
    }
  });

  test('query with attachments sends each sha2 once', async () => {
    const shared = 'shared content';
    const first = statement([attachment(shared, 'text/plain')]);
    const second = statement([attachment(shared, 'text/plain')]);
    const posted = await postMultipart([first, second], [{ content: shared }]);
    expect(posted.status).toBe(200);
    const response = await lrs.request('/statements?attachments=true&limit=2');
    const { json, parts } = await readMultipart(response);
    const ids = (json as { statements: { id: string }[] }).statements.map((item) => item.id);
    expect(ids).toEqual([second.id, first.id]);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.content.toString()).toBe(shared);
  });

  test('fileUrl attachment in JSON request', async () => {
    const remote = 'content that only the fileUrl serves';
    const sent = statement([
      attachment(remote, 'text/plain', { fileUrl: 'http://example.org/file.txt' }),
    ]);
    expect(await lrs.postStatements([sent])).toEqual([sent.id]);
    const response = await lrs.request(`/statements?statementId=${sent.id}&attachments=true`);
    const { parts } = await readMultipart(response);
    expect(parts).toEqual([]);
  });

  test('links lower-case sha2 of SubStatement', async () => {
    const inner = 'inner attachment';
    const outer = 'outer attachment';
    const sent = statement([
      attachment(outer, 'text/plain', { sha2: sha256Hex(outer).toUpperCase() }),
    ]);
    const object = {
      objectType: 'SubStatement',
      actor: sent.actor,
      verb: sent.verb,
      object: sent.object,
      attachments: [attachment(inner, 'text/plain')],
    };
    const posted = await postMultipart({ ...sent, object }, [
      { content: outer },
      { content: inner },
    ]);
    expect(posted.status).toBe(200);
    const links = await lrs.host.services.db
      .selectFrom('statement_attachments')
      .innerJoin('statements', 'statements.seq', 'statement_attachments.seq')
      .innerJoin('attachments', 'attachments.sha2', 'statement_attachments.sha2')
      .select('attachments.sha2')
      .where('statements.id', '=', sent.id)
      .execute();
    expect(links.map((link) => link.sha2).sort()).toEqual(
      [sha256Hex(inner), sha256Hex(outer)].sort(),
    );
    const read = await readMultipart(
      await lrs.request(`/statements?statementId=${sent.id}&attachments=true`),
    );
    expect(read.parts).toHaveLength(2);
  });

  test('multipart PUT', async () => {
    const sent = statement([attachment('put content', 'text/plain')]);
    const response = await postMultipart(
      sent,
      [{ content: 'put content' }],
      `/statements?statementId=${sent.id}`,
      'PUT',
    );
    expect(response.status).toBe(204);
    const read = await readMultipart(
      await lrs.request(`/statements?statementId=${sent.id}&attachments=true`),
    );
    expect(read.parts[0]?.content.toString()).toBe('put content');
  });

  test('HEAD with attachments', async () => {
    const sent = statement([attachment(TEXT, 'text/plain')]);
    expect((await postMultipart(sent, [{ content: TEXT }])).status).toBe(200);
    const response = await lrs.request(`/statements?statementId=${sent.id}&attachments=true`, {
      method: 'HEAD',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^multipart\/mixed; boundary=/);
    expect(await response.text()).toBe('');
  });

  test('signed statement round trip', async () => {
    const base = statement([]);
    const { attachments: _none, ...unsigned } = base;
    const { statement: signed, content } = attachSignature(
      unsigned,
      signCompactJws(unsigned, createRsaSigner()),
    );
    const posted = await postMultipart(signed, [
      { content, contentType: 'application/octet-stream' },
    ]);
    expect(posted.status).toBe(200);
    const { parts } = await readMultipart(
      await lrs.request(`/statements?statementId=${base.id}&attachments=true`),
    );
    expect(parts[0]?.content.equals(content)).toBe(true);
  });

  test.each([
    ['tampered signature', 'invalid-signature'],
    ['missing part', 'missing-attachment'],
    ['undeclared part', 'undeclared-attachment-part'],
    ['hash mismatch', 'invalid-attachment-part'],
  ])('rejects %s and stores nothing', async (name, code) => {
    const base = statement([attachment(TEXT, 'text/plain')]);
    let body: unknown = base;
    let parts: TestPart[] = [{ content: TEXT }];
    if (name === 'tampered signature') {
      const { statement: signed, content } = attachSignature(
        base,
        signCompactJws(base, createRsaSigner()),
      );
      body = { ...signed, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } };
      parts = [{ content: TEXT }, { content, contentType: 'application/octet-stream' }];
    }
    if (name === 'missing part') parts = [];
    if (name === 'undeclared part') parts.push({ content: 'extra' });
    if (name === 'hash mismatch')
      parts = [{ content: TEXT, headers: { 'X-Experience-API-Hash': sha256Hex('x') } }];
    const response = await postMultipart(body, parts);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    expect((await lrs.request(`/statements?statementId=${base.id}`)).status).toBe(404);
  });

  test('rejects multipart/form-data', async () => {
    const response = await lrs.request('/statements', {
      method: 'POST',
      headers: { 'Content-Type': TEST_MULTIPART_TYPE.replace('mixed', 'form-data') },
      body: new Uint8Array(buildMultipartBody(statement([]))),
    });
    expect(response.status).toBe(400);
  });
});
