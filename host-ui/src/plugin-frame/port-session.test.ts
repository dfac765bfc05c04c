import { hostMessageSchema, MAX_MESSAGE_BYTES, type SessionInfo } from '@fabrique/sdk';
import { afterEach, describe, expect, test } from 'vitest';
import { FloodDetector } from './flood-detector.js';
import type { StatementOutcome } from './frame-incident.js';
import { MessageGate } from './message-gate.js';
import {
  PortSession,
  type PortSessionIncident,
  type PortSessionStopReason,
} from './port-session.js';

const nonce = 'n0nce-of-this-mount-0123456789abcdefghijklm';
const session: SessionInfo = {
  entry: 'pupil',
  locale: 'fr',
  level: 'CP',
  learner: 'pseudonym-1',
  settings: { range: '0-10' },
  activityBase: 'https://host.example/activities/fr.fabrique.fundamentals/',
};
const hello = { type: 'hello', protocol: 1, nonce };

const openPorts: MessagePort[] = [];

afterEach(() => {
  for (const port of openPorts.splice(0)) {
    port.close();
  }
});

/** Reads the host's messages on the plugin's end of a real MessageChannel. */
function pluginEnd(port: MessagePort) {
  const queue: unknown[] = [];
  const waiting: ((message: unknown) => void)[] = [];
  port.addEventListener('message', (event) => {
    const resolve = waiting.shift();
    if (resolve) {
      resolve(event.data);
    } else {
      queue.push(event.data);
    }
  });
  port.start();
  return {
    send: (message: unknown) => port.postMessage(message),
    next: (): Promise<unknown> =>
      queue.length > 0
        ? Promise.resolve(queue.shift())
        : new Promise((resolve) => waiting.push(resolve)),
    pending: () => queue.length,
  };
}

function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface MountOptions {
  readonly record?: (draft: Record<string, unknown>) => Promise<StatementOutcome>;
  readonly gate?: MessageGate;
  readonly flood?: FloodDetector;
}

function mount(options: MountOptions = {}) {
  const channel = new MessageChannel();
  openPorts.push(channel.port1, channel.port2);
  const calls = {
    drafts: [] as Record<string, unknown>[],
    heights: [] as number[],
    welcomed: 0,
    finished: 0,
    stops: [] as PortSessionStopReason[],
    incidents: [] as PortSessionIncident[],
  };
  const record =
    options.record ?? (async () => ({ ok: true, statementId: 'stmt-1' }) as StatementOutcome);
  const portSession = new PortSession(
    channel.port1,
    { nonce, session, gate: options.gate, flood: options.flood },
    {
      recordStatement: (draft) => {
        calls.drafts.push(draft);
        return record(draft);
      },
      resize: (height) => calls.heights.push(height),
      welcomed: () => {
        calls.welcomed += 1;
      },
      finish: () => {
        calls.finished += 1;
      },
      stop: (reason) => calls.stops.push(reason),
      reportIncident: (kind) => calls.incidents.push(kind),
    },
  );
  portSession.start();
  return { plugin: pluginEnd(channel.port2), calls, portSession };
}

async function welcomed(options: MountOptions = {}) {
  const mounted = mount(options);
  mounted.plugin.send(hello);
  await mounted.plugin.next();
  return mounted;
}

describe('PortSession hello', () => {
  test('welcome carries the session', async () => {
    const { plugin, calls } = mount();
    plugin.send(hello);
    const welcome = await plugin.next();
    expect(welcome).toEqual({ type: 'welcome', protocol: 1, session });
    expect(hostMessageSchema.safeParse(welcome).success).toBe(true);
    expect(calls.welcomed).toBe(1);
  });

  test.each([
    ['wrong nonce', { ...hello, nonce: 'another-nonce-0123456789' }],
    ['request first', { type: 'ui.resize', id: 'r1', height: 10 }],
    ['malformed hello', { type: 'hello', nonce }],
    ['not an object', 'hello'],
    ['oversized hello', { ...hello, padding: 'x'.repeat(MAX_MESSAGE_BYTES) }],
  ])('%s is a bad hello', async (_case, first) => {
    const { plugin, calls } = mount();
    plugin.send(first);
    await settle();
    expect(calls.stops).toEqual(['bad-hello']);
    expect(calls.welcomed).toBe(0);
    expect(plugin.pending()).toBe(0);
  });

  test('nothing answered after bad hello', async () => {
    const { plugin, calls } = mount();
    plugin.send({ ...hello, nonce: 'another-nonce-0123456789' });
    plugin.send(hello);
    await settle();
    expect(calls.welcomed).toBe(0);
    expect(plugin.pending()).toBe(0);
  });

  test('other protocol version stops', async () => {
    const { plugin, calls } = mount();
    plugin.send({ ...hello, protocol: 2 });
    const reply = await plugin.next();
    expect(reply).toMatchObject({ type: 'error', error: { code: 'unsupported-protocol' } });
    expect(calls.stops).toEqual(['unsupported-protocol']);
  });

  test('second hello is a violation', async () => {
    const { plugin, calls } = await welcomed();
    plugin.send(hello);
    plugin.send(hello);
    const replies = [await plugin.next(), await plugin.next()];
    expect(replies).toEqual([
      { type: 'error', error: expect.objectContaining({ code: 'protocol-violation' }) },
      { type: 'error', error: expect.objectContaining({ code: 'protocol-violation' }) },
    ]);
    expect(calls.incidents).toEqual(['protocol-violation']);
    expect(calls.welcomed).toBe(1);
  });
});

describe('PortSession requests', () => {
  const statement = { verb: { id: 'http://adlnet.gov/expapi/verbs/answered' } };

  test('xapi.emit returns statement id', async () => {
    const { plugin, calls } = await welcomed();
    plugin.send({ type: 'xapi.emit', id: 'e1', statement });
    const response = await plugin.next();
    expect(response).toEqual({
      type: 'response',
      id: 'e1',
      ok: true,
      result: { statementId: 'stmt-1' },
    });
    expect(hostMessageSchema.safeParse(response).success).toBe(true);
    expect(calls.drafts).toEqual([statement]);
  });

  test('xapi.emit returns host error', async () => {
    const error = { code: 'undeclared-verb', message: 'Verbe non déclaré.', path: 'verb' };
    const { plugin } = await welcomed({ record: async () => ({ ok: false, error }) });
    plugin.send({ type: 'xapi.emit', id: 'e2', statement });
    expect(await plugin.next()).toEqual({ type: 'response', id: 'e2', ok: false, error });
  });

  test('xapi.emit survives gateway failure', async () => {
    const { plugin } = await welcomed({
      record: async () => {
        throw new Error('network down');
      },
    });
    plugin.send({ type: 'xapi.emit', id: 'e3', statement });
    expect(await plugin.next()).toMatchObject({
      id: 'e3',
      ok: false,
      error: { code: 'statement-failed' },
    });
  });

  test('ui.resize sets height', async () => {
    const { plugin, calls } = await welcomed();
    plugin.send({ type: 'ui.resize', id: 'r1', height: 720 });
    expect(await plugin.next()).toEqual({ type: 'response', id: 'r1', ok: true, result: {} });
    expect(calls.heights).toEqual([720]);
  });

  test('session.finish answers then finishes', async () => {
    const { plugin, calls } = await welcomed();
    plugin.send({ type: 'session.finish', id: 'f1' });
    expect(await plugin.next()).toEqual({ type: 'response', id: 'f1', ok: true, result: {} });
    expect(calls.finished).toBe(1);
    plugin.send({ type: 'ui.resize', id: 'r1', height: 10 });
    await settle();
    expect(plugin.pending()).toBe(0);
  });

  test('invalid message gets error response', async () => {
    const { plugin } = await welcomed();
    plugin.send({ type: 'ui.resize', id: 'r9', height: 'big' });
    const response = await plugin.next();
    expect(response).toMatchObject({
      type: 'response',
      id: 'r9',
      ok: false,
      error: { code: 'invalid-message', path: 'height' },
    });
    expect(hostMessageSchema.safeParse(response).success).toBe(true);
  });

  test('message without id gets error message', async () => {
    const { plugin } = await welcomed();
    plugin.send({ type: 'storage.wipe' });
    expect(await plugin.next()).toMatchObject({
      type: 'error',
      error: { code: 'invalid-message' },
    });
  });

  test('oversized message reported once', async () => {
    const { plugin, calls } = await welcomed();
    const big = { type: 'xapi.emit', id: 'big', statement: { p: 'x'.repeat(MAX_MESSAGE_BYTES) } };
    plugin.send(big);
    plugin.send(big);
    const replies = [await plugin.next(), await plugin.next()];
    expect(replies.map((reply) => (reply as { error: { code: string } }).error.code)).toEqual([
      'message-too-large',
      'message-too-large',
    ]);
    expect(calls.incidents).toEqual(['oversized']);
    expect(calls.stops).toEqual([]);
  });

  test('closed session drops late results', async () => {
    let release: (outcome: StatementOutcome) => void = () => {};
    const { plugin, portSession } = await welcomed({
      record: () => new Promise((resolve) => (release = resolve)),
    });
    plugin.send({ type: 'xapi.emit', id: 'e1', statement });
    await settle();
    portSession.close();
    release({ ok: true, statementId: 'late' });
    await settle();
    expect(plugin.pending()).toBe(0);
  });
});

describe('PortSession rate', () => {
  const frozen = () => 0;

  test('burst overflow gets rate-limited', async () => {
    const gate = new MessageGate({ rateLimit: { burst: 3, perSecond: 1 }, now: frozen });
    const { plugin, calls } = await welcomed({ gate });
    for (let i = 0; i < 3; i += 1) {
      plugin.send({ type: 'ui.resize', id: `r${i}`, height: 10 });
    }
    const replies = [await plugin.next(), await plugin.next(), await plugin.next()];
    expect(replies.map((reply) => (reply as { ok: boolean }).ok)).toEqual([true, true, false]);
    expect(replies[2]).toMatchObject({ id: 'r2', error: { code: 'rate-limited' } });
    expect(calls.stops).toEqual([]);
  });

  test('repeated flood stops the mount', async () => {
    const gate = new MessageGate({ rateLimit: { burst: 2, perSecond: 1 }, now: frozen });
    const flood = new FloodDetector({ maxRejections: 5, windowMs: 10_000 }, frozen);
    const { plugin, calls } = await welcomed({ gate, flood });
    for (let i = 0; i < 20; i += 1) {
      plugin.send({ type: 'ui.resize', id: `r${i}`, height: 10 });
    }
    await settle();
    expect(calls.stops).toEqual(['flood']);
    expect(calls.heights).toEqual([10]);
  });
});
