import { describe, expect, test } from 'vitest';
import { parseMultipartBody } from './multipart-body.js';
import { streamMultipartBody } from './multipart-writer.js';

const ATTACHMENTS = [
  { sha2: 'a'.repeat(64), contentType: 'text/plain', length: 5 },
  { sha2: 'b'.repeat(64), contentType: 'application/octet-stream', length: 3 },
];
const CONTENTS = new Map([
  ['a'.repeat(64), Buffer.from('hello')],
  ['b'.repeat(64), Buffer.from([0, 13, 10])],
]);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe('streamMultipartBody', () => {
  test('json then attachment parts', async () => {
    const { boundary, body } = streamMultipartBody({ statements: [] }, ATTACHMENTS, async (sha2) =>
      CONTENTS.get(sha2),
    );
    const parts = parseMultipartBody(await readAll(body), boundary);
    expect(parts).toHaveLength(3);
    expect(parts[0]?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(String(parts[0]?.content))).toEqual({ statements: [] });
    expect(parts[1]?.headers.get('content-type')).toBe('text/plain');
    expect(parts[1]?.headers.get('content-transfer-encoding')).toBe('binary');
    expect(parts[1]?.headers.get('x-experience-api-hash')).toBe('a'.repeat(64));
    expect(parts[1]?.content.toString()).toBe('hello');
    expect(parts[2]?.content.equals(Buffer.from([0, 13, 10]))).toBe(true);
  });

  test('json only', async () => {
    const { boundary, body } = streamMultipartBody({ id: 'x' }, [], async () => undefined);
    const text = (await readAll(body)).toString();
    expect(text).toBe(
      `--${boundary}\r\nContent-Type: application/json\r\n\r\n{"id":"x"}\r\n--${boundary}--\r\n`,
    );
  });

  test('boundary differs per body', () => {
    const first = streamMultipartBody({}, [], async () => undefined).boundary;
    const second = streamMultipartBody({}, [], async () => undefined).boundary;
    expect(first).not.toBe(second);
    expect(first).toMatch(/^xapi-[0-9a-f]{64}$/);
  });

  test('reads contents lazily', async () => {
    const read: string[] = [];
    const { body } = streamMultipartBody({}, ATTACHMENTS, async (sha2) => {
      read.push(sha2);
      return CONTENTS.get(sha2);
    });
    expect(read).toEqual([]);
    const reader = body.getReader();
    await reader.read();
    expect(read).toEqual([]);
    await reader.cancel();
    expect(read).toEqual([]);
  });

  test('fails on deleted content', async () => {
    const { body } = streamMultipartBody({}, ATTACHMENTS, async () => undefined);
    await expect(readAll(body)).rejects.toThrow('no longer stored');
  });
});
