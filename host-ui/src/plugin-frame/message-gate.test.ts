import { MAX_MESSAGE_BYTES } from '@fabrique/sdk';
import { describe, expect, test } from 'vitest';
import { type GateVerdict, MessageGate, readRequestId } from './message-gate.js';

const unlimited = { burst: 1_000_000, perSecond: 1_000_000 };
const statement = {
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { id: 'https://example.org/activity/1' },
};

/** Returns the rejection, or fails the test when the message was admitted. */
function rejected(verdict: GateVerdict): Extract<GateVerdict, { admitted: false }> {
  if (verdict.admitted) {
    throw new Error(`Expected a rejection, got ${JSON.stringify(verdict.message)}.`);
  }
  return verdict;
}

/** Returns the admitted message, or fails the test when the message was rejected. */
function admitted(verdict: GateVerdict) {
  if (!verdict.admitted) {
    throw new Error(`Expected admission, got ${verdict.reason}.`);
  }
  return verdict.message;
}

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { type: 'ui.resize', id: 'r1' };
  value.self = value;
  return value;
}

describe('MessageGate admits', () => {
  test.each([
    ['hello', { type: 'hello', protocol: 1, nonce: 'n'.repeat(43) }],
    ['xapi.emit', { type: 'xapi.emit', id: 'req-1', statement }],
    ['ui.resize', { type: 'ui.resize', id: 'req-2', height: 480 }],
    ['session.finish', { type: 'session.finish', id: 'req-3' }],
  ])('%s', (_type, data) => {
    const verdict = new MessageGate({ rateLimit: unlimited }).inspect(data);
    expect(verdict).toEqual({ admitted: true, message: data });
  });

  test('rebuilt copy of the message', () => {
    const data = { type: 'xapi.emit', id: 'req-1', statement };
    const verdict = new MessageGate({ rateLimit: unlimited }).inspect(data);
    expect(admitted(verdict)).not.toBe(data);
  });
});

describe('MessageGate rejects invalid', () => {
  test.each([
    ['unknown type', { type: 'storage.get', id: 'r1' }, 'r1'],
    ['extra key', { type: 'ui.resize', id: 'r2', height: 10, html: '<b>' }, 'r2'],
    ['negative height', { type: 'ui.resize', id: 'r3', height: -1 }, 'r3'],
    ['statement not object', { type: 'xapi.emit', id: 'r4', statement: 'x' }, 'r4'],
    ['malformed id', { type: 'ui.resize', id: 'a b', height: 10 }, undefined],
    ['BigInt value', { type: 'ui.resize', id: 'r5', height: 10n }, 'r5'],
    ['undefined', undefined, undefined],
    ['string', 'hello', undefined],
    ['null', null, undefined],
    ['array', [1, 2], undefined],
  ])('%s', (_case, data, requestId) => {
    const verdict = new MessageGate({ rateLimit: unlimited }).inspect(data);
    expect(rejected(verdict).reason).toBe('invalid-message');
    expect(rejected(verdict).error.code).toBe('invalid-message');
    expect(rejected(verdict).requestId).toBe(requestId);
  });

  test('path of the first issue', () => {
    const verdict = new MessageGate({ rateLimit: unlimited }).inspect({
      type: 'ui.resize',
      id: 'r1',
      height: 'tall',
    });
    expect(rejected(verdict).error.path).toBe('height');
  });
});

test('cyclic message rejected as too large', () => {
  // A cycle has no finite JSON text, so the bounded size estimate stops it.
  const verdict = new MessageGate({ rateLimit: unlimited }).inspect(cyclic());
  expect(rejected(verdict).reason).toBe('message-too-large');
  expect(rejected(verdict).requestId).toBe('r1');
});

describe('MessageGate size', () => {
  // The JSON text of this message without the padding is the fixed overhead.
  function messageOfBytes(bytes: number, filler = 'a'): Record<string, unknown> {
    const overhead = JSON.stringify({ type: 'xapi.emit', id: 'big', statement: { p: '' } }).length;
    const fillerBytes = new TextEncoder().encode(filler).length;
    const padding = filler.repeat(Math.floor((bytes - overhead) / fillerBytes));
    return { type: 'xapi.emit', id: 'big', statement: { p: padding } };
  }

  test('admits exactly the limit', () => {
    const data = messageOfBytes(MAX_MESSAGE_BYTES);
    expect(JSON.stringify(data).length).toBe(MAX_MESSAGE_BYTES);
    expect(admitted(new MessageGate({ rateLimit: unlimited }).inspect(data))).toEqual(data);
  });

  test('rejects one byte over', () => {
    const data = messageOfBytes(MAX_MESSAGE_BYTES + 1);
    const verdict = new MessageGate({ rateLimit: unlimited }).inspect(data);
    expect(rejected(verdict).reason).toBe('message-too-large');
    expect(rejected(verdict).requestId).toBe('big');
  });

  test('counts UTF-8 bytes not characters', () => {
    const data = messageOfBytes(MAX_MESSAGE_BYTES + 3, 'é');
    expect(JSON.stringify(data).length).toBeLessThan(MAX_MESSAGE_BYTES);
    const verdict = new MessageGate({ rateLimit: unlimited }).inspect(data);
    expect(rejected(verdict).reason).toBe('message-too-large');
  });
});

describe('MessageGate rate', () => {
  test('rejects past the burst', () => {
    const gate = new MessageGate({ rateLimit: { burst: 2, perSecond: 1 }, now: () => 0 });
    const data = { type: 'ui.resize', id: 'r1', height: 10 };
    const verdicts = [gate.inspect(data), gate.inspect(data), gate.inspect(data)];
    expect(verdicts.map((verdict) => verdict.admitted)).toEqual([true, true, false]);
    expect(rejected(verdicts[2]!).reason).toBe('rate-limited');
    expect(rejected(verdicts[2]!).requestId).toBe('r1');
  });

  test('invalid messages use tokens too', () => {
    const gate = new MessageGate({ rateLimit: { burst: 1, perSecond: 1 }, now: () => 0 });
    gate.inspect('junk');
    const verdict = gate.inspect({ type: 'session.finish', id: 'r1' });
    expect(rejected(verdict).reason).toBe('rate-limited');
  });
});

test.each([
  [{ id: 'req-1' }, 'req-1'],
  [{ id: 'x'.repeat(65) }, undefined],
  [{ id: 7 }, undefined],
  [{}, undefined],
  [42, undefined],
])('readRequestId %j', (data, expected) => {
  expect(readRequestId(data)).toBe(expected);
});
