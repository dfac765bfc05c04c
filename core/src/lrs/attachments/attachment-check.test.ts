import { FabriqueError } from '@fabrique/sdk';
import { beforeAll, describe, expect, test } from 'vitest';
import { intakeStatements } from '../statements/statement-intake.js';
import { checkAttachments } from './attachment-check.js';
import {
  attachSignature,
  createCertificateChain,
  createRsaSigner,
  signCompactJws,
  type TestSigner,
} from './jws-test-signer.js';
import { sha256Hex } from './multipart-test-body.js';
import type { ReceivedPart } from './statement-request.js';

const AUTHORITY = { homePage: 'http://127.0.0.1', name: 'tool' };
const STATEMENT = {
  id: '2a3c1f0e-3f58-4e3b-9d2a-6a1b0c9d8e7f',
  actor: { objectType: 'Agent', mbox: 'mailto:tool@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  object: { id: 'http://example.org/activities/1' },
  timestamp: '2026-01-02T03:04:05.678Z',
};

function attachment(content: string, overrides: Record<string, unknown> = {}) {
  return {
    usageType: 'http://example.org/usage/text',
    display: { 'en-US': 'Text' },
    contentType: 'text/plain',
    length: content.length,
    sha2: sha256Hex(content),
    ...overrides,
  };
}

function part(content: string | Buffer, contentType?: string): ReceivedPart {
  return {
    sha2: sha256Hex(content),
    content: Buffer.from(content),
    ...(contentType ? { contentType } : {}),
  };
}

function check(body: unknown, parts: ReceivedPart[] = []) {
  return checkAttachments(intakeStatements(body, AUTHORITY, new Date()), parts);
}

function errorOf(run: () => unknown): FabriqueError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FabriqueError);
    expect((error as FabriqueError).status).toBe(400);
    return error as FabriqueError;
  }
  throw new Error('expected a FabriqueError');
}

describe('checkAttachments', () => {
  test('no attachments', () => {
    expect(check(STATEMENT)).toEqual([]);
  });

  test('part matched by sha2', () => {
    const stored = check({ ...STATEMENT, attachments: [attachment('one')] }, [
      part('one', 'text/plain'),
    ]);
    expect(stored).toEqual([
      { sha2: sha256Hex('one'), contentType: 'text/plain', content: Buffer.from('one') },
    ]);
  });

  test('sha2 compared without case', () => {
    const declared = attachment('one', { sha2: sha256Hex('one').toUpperCase() });
    expect(check({ ...STATEMENT, attachments: [declared] }, [part('one')])).toHaveLength(1);
  });

  test('fileUrl attachment needs no part', () => {
    const declared = attachment('one', { fileUrl: 'http://example.org/one.txt' });
    expect(check({ ...STATEMENT, attachments: [declared] })).toEqual([]);
  });

  test('fileUrl attachment accepts a part', () => {
    const declared = attachment('one', { fileUrl: 'http://example.org/one.txt' });
    expect(check({ ...STATEMENT, attachments: [declared] }, [part('one')])).toHaveLength(1);
  });

  test('one part for several statements', () => {
    const second = { ...STATEMENT, id: undefined, attachments: [attachment('shared')] };
    const stored = check(
      [{ ...STATEMENT, attachments: [attachment('shared')] }, second],
      [part('shared')],
    );
    expect(stored).toHaveLength(1);
  });

  test('duplicate parts stored once', () => {
    expect(
      check({ ...STATEMENT, attachments: [attachment('one')] }, [part('one'), part('one')]),
    ).toHaveLength(1);
  });

  test('SubStatement attachment needs part', () => {
    const object = {
      objectType: 'SubStatement',
      actor: STATEMENT.actor,
      verb: STATEMENT.verb,
      object: STATEMENT.object,
      attachments: [attachment('inner')],
    };
    expect(errorOf(() => check({ ...STATEMENT, object })).code).toBe('missing-attachment');
    expect(check({ ...STATEMENT, object }, [part('inner')])).toHaveLength(1);
  });

  test('part type from declaration', () => {
    const declared = attachment('one', { contentType: 'text/csv' });
    const [stored] = check({ ...STATEMENT, attachments: [declared] }, [part('one')]);
    expect(stored?.contentType).toBe('text/csv');
  });

  test('type parameters may differ', () => {
    const declared = attachment('one', { contentType: 'text/plain; charset=ascii' });
    const [stored] = check({ ...STATEMENT, attachments: [declared] }, [part('one', 'TEXT/PLAIN')]);
    expect(stored?.contentType).toBe('TEXT/PLAIN');
  });

  test('rejects missing part', () => {
    const error = errorOf(() => check({ ...STATEMENT, attachments: [attachment('one')] }));
    expect(error.code).toBe('missing-attachment');
    expect(error.details.sha2).toBe(sha256Hex('one'));
  });

  test('rejects missing part of one attachment', () => {
    const attachments = [attachment('one'), attachment('two')];
    expect(errorOf(() => check({ ...STATEMENT, attachments }, [part('one')])).code).toBe(
      'missing-attachment',
    );
  });

  test('rejects undeclared part', () => {
    const error = errorOf(() =>
      check({ ...STATEMENT, attachments: [attachment('one')] }, [part('one'), part('extra')]),
    );
    expect(error.code).toBe('undeclared-attachment-part');
    expect(error.details.sha2).toBe(sha256Hex('extra'));
  });

  test('rejects part without attachments', () => {
    expect(errorOf(() => check(STATEMENT, [part('extra')])).code).toBe(
      'undeclared-attachment-part',
    );
  });

  test('rejects other part type', () => {
    const error = errorOf(() =>
      check({ ...STATEMENT, attachments: [attachment('one')] }, [part('one', 'image/png')]),
    );
    expect(error.code).toBe('invalid-attachment-part');
    expect(error.details.rule).toBe('content-type');
  });
});

describe('checkAttachments on signed statements', () => {
  let chain: TestSigner;
  const signer = createRsaSigner();
  beforeAll(() => {
    chain = createCertificateChain();
  });

  function signed(payload: Record<string, unknown>, by: TestSigner = signer, header = {}) {
    const jws = signCompactJws(payload, by, header);
    return attachSignature(payload, jws);
  }

  const signatureError = (body: unknown, parts: ReceivedPart[]) => {
    const error = errorOf(() => check(body, parts));
    expect(error.code).toBe('invalid-signature');
    return String(error.details.reason);
  };

  test.each(['RS256', 'RS384', 'RS512'])('accepts %s', (alg) => {
    const { statement, content } = signed(STATEMENT, signer, { alg });
    expect(check(statement, [part(content)])).toHaveLength(1);
  });

  test('accepts x5c signature', () => {
    const { statement, content } = signed(STATEMENT, chain);
    expect(check(statement, [part(content)])).toHaveLength(1);
  });

  test('accepts payload without LRS properties', () => {
    const { id: _id, timestamp: _timestamp, ...bare } = STATEMENT;
    const { statement, content } = signed(bare);
    expect(check(statement, [part(content)])).toHaveLength(1);
  });

  test('accepts payload with other attachments', () => {
    const base = { ...STATEMENT, attachments: [attachment('text')] };
    const { statement, content } = signed(base);
    expect(check(statement, [part('text'), part(content)])).toHaveLength(2);
  });

  test('accepts equivalent serialisation', () => {
    const payload = {
      ...STATEMENT,
      id: STATEMENT.id.toUpperCase(),
      timestamp: '2026-01-02T05:04:05.678+02:00',
      version: '1.0.3',
      context: { contextActivities: { parent: { id: 'http://example.org/parent' } } },
    };
    const jws = signCompactJws(payload, signer);
    const sent = {
      ...STATEMENT,
      context: { contextActivities: { parent: [{ id: 'http://example.org/parent' }] } },
    };
    const { statement, content } = attachSignature(sent, jws);
    expect(check(statement, [part(content)])).toHaveLength(1);
  });

  test('rejects changed statement', () => {
    const { statement, content } = signed(STATEMENT);
    const changed = { ...statement, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } };
    expect(signatureError(changed, [part(content)])).toContain('payload differs');
  });

  test('rejects payload timestamp missing', () => {
    const { timestamp: _timestamp, ...bare } = STATEMENT;
    const jws = signCompactJws(bare, signer);
    const { statement, content } = attachSignature(STATEMENT, jws);
    expect(signatureError(statement, [part(content)])).toContain('payload differs');
  });

  test('rejects payload with other id', () => {
    const jws = signCompactJws(
      { ...STATEMENT, id: 'f1b2c3d4-0000-4000-8000-000000000000' },
      signer,
    );
    const { statement, content } = attachSignature(STATEMENT, jws);
    expect(signatureError(statement, [part(content)])).toContain('payload differs');
  });

  test('rejects invalid payload statement', () => {
    const jws = signCompactJws({ ...STATEMENT, verb: 'not a verb' }, signer);
    const { statement, content } = attachSignature(STATEMENT, jws);
    expect(signatureError(statement, [part(content)])).toContain(
      'payload is not a valid statement',
    );
  });

  test('rejects deeply nested payload', () => {
    let extension: unknown = 'leaf';
    for (let level = 0; level < 100; level += 1) extension = { nested: extension };
    const deep = { ...STATEMENT, result: { extensions: { 'http://example.org/deep': extension } } };
    const { statement, content } = attachSignature(STATEMENT, signCompactJws(deep, signer));
    expect(signatureError(statement, [part(content)])).toContain('nests deeper than');
  });

  test('rejects non-JSON payload', () => {
    const header = Buffer.from('{"alg":"RS256"}').toString('base64url');
    const payload = Buffer.from(JSON.stringify(STATEMENT).replace('"', "'")).toString('base64url');
    const { statement, content } = attachSignature(STATEMENT, `${header}.${payload}.c2ln`);
    expect(signatureError(statement, [part(content)])).toContain(
      'payload is not base64url-encoded JSON',
    );
  });

  test('rejects HS256', () => {
    const header = Buffer.from('{"alg":"HS256"}').toString('base64url');
    const payload = Buffer.from(JSON.stringify(STATEMENT)).toString('base64url');
    const { statement, content } = attachSignature(STATEMENT, `${header}.${payload}.c2ln`);
    expect(signatureError(statement, [part(content)])).toContain('HS256 is not allowed');
  });

  test('rejects wrong content type', () => {
    const { statement, content } = signed(STATEMENT);
    const attachments = (statement.attachments as Record<string, unknown>[]).map((item) => ({
      ...item,
      contentType: 'text/plain; charset=ascii',
    }));
    const reason = signatureError({ ...statement, attachments }, [
      part(content, 'text/plain; charset=ascii'),
    ]);
    expect(reason).toContain('not application/octet-stream');
  });

  test('rejects signature with fileUrl only', () => {
    const { statement } = signed(STATEMENT);
    const attachments = (statement.attachments as Record<string, unknown>[]).map((item) => ({
      ...item,
      fileUrl: 'http://example.org/signature.jws',
    }));
    expect(signatureError({ ...statement, attachments }, [])).toContain('no multipart/mixed part');
  });

  test('rejects x5c of other key', () => {
    const impostor = { privateKey: signer.privateKey, chain: chain.chain };
    const { statement, content } = signed(STATEMENT, impostor);
    expect(signatureError(statement, [part(content)])).toContain('does not verify');
  });

  test('rejects second statement of batch', () => {
    const good = signed(STATEMENT);
    const second = { ...STATEMENT, id: 'f1b2c3d4-0000-4000-8000-000000000000' };
    const bad = attachSignature(
      second,
      signCompactJws({ ...second, result: { success: true } }, signer),
    );
    const error = errorOf(() =>
      check([good.statement, bad.statement], [part(good.content), part(bad.content)]),
    );
    expect(error.details.statementId).toBe(second.id);
  });
});
