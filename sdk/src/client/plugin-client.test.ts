import { afterEach, describe, expect, test } from 'vitest';
import type { SessionInfo } from '../protocol/session-info.js';
import { connectToHost } from './connect-to-host.js';
import type { FrameMessageEvent, FrameWindow } from './frame-window.js';
import type { PluginClient } from './plugin-client.js';
import type { PluginClientError } from './plugin-client-error.js';
import { statement } from './statement-builder.js';

const NONCE = 'n0nce-0123456789abcdef';
const SESSION: SessionInfo = {
  entry: 'pupil',
  locale: 'fr',
  level: 'CP',
  learner: 'p-3f9a1c',
  settings: { range: '0-10' },
  activityBase: 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/',
};
const EXPERIENCED = 'http://adlnet.gov/expapi/verbs/experienced';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Plays the host page around a plugin frame: `frame` is the window the client
 * sees, and the host end of a real MessageChannel receives the plugin's messages.
 */
class SimulatedHost {
  readonly parent = {
    postMessage: (message: unknown, targetOrigin: string): void => {
      this.windowMessages.push({ message, targetOrigin });
    },
  };
  readonly windowMessages: { message: unknown; targetOrigin: string }[] = [];
  readonly #listeners = new Set<(event: FrameMessageEvent) => void>();
  readonly #channels: MessageChannel[] = [];
  readonly #inbox: unknown[] = [];
  readonly #waiting: ((message: unknown) => void)[] = [];
  hostPort: MessagePort | undefined;

  readonly frame: FrameWindow = {
    parent: this.parent,
    addEventListener: (_type, listener) => this.#listeners.add(listener),
    removeEventListener: (_type, listener) => this.#listeners.delete(listener),
  };

  /** Posts `connect` to the frame with a new port; returns the host end. */
  connect(message: unknown = { fabrique: 'connect', protocol: 1, nonce: NONCE }): MessagePort {
    const channel = new MessageChannel();
    this.#channels.push(channel);
    this.hostPort ??= channel.port1;
    if (this.hostPort === channel.port1) {
      channel.port1.onmessage = (event) => this.#receive(event.data);
    }
    this.deliver({ data: message, source: this.parent, ports: [channel.port2] });
    return channel.port1;
  }

  deliver(event: { data: unknown; source: unknown; ports: MessagePort[] }): void {
    for (const listener of [...this.#listeners]) {
      listener(event as FrameMessageEvent);
    }
  }

  /** Resolves with the next message the plugin sends on the host port. */
  nextMessage(): Promise<unknown> {
    const queued = this.#inbox.shift();
    if (queued !== undefined) {
      return Promise.resolve(queued);
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  send(message: unknown): void {
    this.hostPort?.postMessage(message);
  }

  close(): void {
    for (const channel of this.#channels) {
      channel.port1.close();
      channel.port2.close();
    }
  }

  #receive(message: unknown): void {
    const waiter = this.#waiting.shift();
    if (waiter) {
      waiter(message);
    } else {
      this.#inbox.push(message);
    }
  }
}

let host: SimulatedHost;
let client: PluginClient | undefined;

afterEach(() => {
  client?.close();
  client = undefined;
  host?.close();
});

async function connectClient(timeoutMs = 1_000): Promise<PluginClient> {
  host = new SimulatedHost();
  const connecting = connectToHost({ window: host.frame, timeoutMs });
  host.connect();
  await host.nextMessage();
  host.send({ type: 'welcome', protocol: 1, session: SESSION });
  client = await connecting;
  return client;
}

type Request = { type: string; id: string; statement?: Record<string, unknown> };

async function nextRequest(): Promise<Request> {
  return (await host.nextMessage()) as Request;
}

function collectHostErrors(target: PluginClient): PluginClientError[] {
  const errors: PluginClientError[] = [];
  target.onHostError((error) => errors.push(error));
  return errors;
}

function settle(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('connectToHost', () => {
  test('handshake posts ready, sends hello, returns session', async () => {
    host = new SimulatedHost();
    const connecting = connectToHost({ window: host.frame, timeoutMs: 1_000 });
    expect(host.windowMessages).toEqual([
      { message: { fabrique: 'ready', protocol: 1 }, targetOrigin: '*' },
    ]);
    host.connect();
    expect(await host.nextMessage()).toEqual({ type: 'hello', protocol: 1, nonce: NONCE });
    host.send({ type: 'welcome', protocol: 1, session: SESSION });
    client = await connecting;
    expect(client.session).toEqual(SESSION);
  });

  test('handshake ignores foreign and malformed window messages', async () => {
    host = new SimulatedHost();
    const connecting = connectToHost({ window: host.frame, timeoutMs: 1_000 });
    const stranger = new MessageChannel();
    host.deliver({
      data: { fabrique: 'connect', protocol: 1, nonce: 'stranger-0123456789' },
      source: {},
      ports: [stranger.port2],
    });
    host.deliver({ data: { fabrique: 'connect', nonce: 'short' }, source: host.parent, ports: [] });
    host.deliver({ data: 'hello', source: host.parent, ports: [] });
    host.connect();
    expect(await host.nextMessage()).toMatchObject({ type: 'hello', nonce: NONCE });
    host.send({ type: 'welcome', protocol: 1, session: SESSION });
    client = await connecting;
    expect(client.session.learner).toBe('p-3f9a1c');
    stranger.port1.close();
  });

  test('handshake accepts only the first connect', async () => {
    await connectClient();
    const second = host.connect({
      fabrique: 'connect',
      protocol: 1,
      nonce: 'second-0123456789abcdef',
    });
    const received: unknown[] = [];
    second.onmessage = (event) => received.push(event.data);
    await settle(30);
    expect(received).toEqual([]);
  });

  test('handshake rejects another protocol version', async () => {
    host = new SimulatedHost();
    const connecting = connectToHost({ window: host.frame, timeoutMs: 1_000 });
    host.connect({ fabrique: 'connect', protocol: 2, nonce: NONCE });
    await expect(connecting).rejects.toMatchObject({ code: 'protocol-mismatch' });
  });

  test('handshake rejects with the host error code', async () => {
    host = new SimulatedHost();
    const connecting = connectToHost({ window: host.frame, timeoutMs: 1_000 });
    host.connect();
    await host.nextMessage();
    host.send({ type: 'error', error: { code: 'nonce-mismatch', message: 'Unknown nonce.' } });
    await expect(connecting).rejects.toMatchObject({ code: 'nonce-mismatch' });
  });

  test('handshake rejects a malformed welcome', async () => {
    host = new SimulatedHost();
    const connecting = connectToHost({ window: host.frame, timeoutMs: 1_000 });
    host.connect();
    await host.nextMessage();
    const { activityBase: _, ...incomplete } = SESSION;
    host.send({ type: 'welcome', protocol: 1, session: incomplete });
    await expect(connecting).rejects.toMatchObject({
      code: 'invalid-host-message',
      details: { path: 'session.activityBase' },
    });
  });

  test('handshake times out without connect', async () => {
    host = new SimulatedHost();
    const connecting = connectToHost({ window: host.frame, timeoutMs: 40 });
    await expect(connecting).rejects.toMatchObject({ code: 'connect-timeout' });
  });

  test('handshake times out without welcome', async () => {
    host = new SimulatedHost();
    const connecting = connectToHost({ window: host.frame, timeoutMs: 40 });
    host.connect();
    await expect(connecting).rejects.toMatchObject({ code: 'connect-timeout' });
  });

  test('connectToHost outside a frame rejects', async () => {
    await expect(connectToHost()).rejects.toMatchObject({ code: 'not-in-frame' });
  });
});

describe('PluginClient', () => {
  test('emit sends the draft with a UUID and returns the statement id', async () => {
    const plugin = await connectClient();
    const emitting = plugin.emit(
      statement().verb(EXPERIENCED).activity(plugin.activityId('hello')),
    );
    const request = await nextRequest();
    expect(request.type).toBe('xapi.emit');
    expect(request.statement).toMatchObject({
      verb: { id: EXPERIENCED },
      object: { objectType: 'Activity', id: `${SESSION.activityBase}hello` },
    });
    expect(request.statement?.id).toMatch(UUID);
    expect(Date.now() - Date.parse(String(request.statement?.timestamp))).toBeLessThan(60_000);
    host.send({ type: 'response', id: request.id, ok: true, result: { statementId: 'st-1' } });
    await expect(emitting).resolves.toEqual({ statementId: 'st-1' });
  });

  test('emit keeps the id of the draft', async () => {
    const plugin = await connectClient();
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const emitting = plugin.emit({
      id,
      verb: { id: EXPERIENCED },
      object: { objectType: 'Activity', id: plugin.activityId('hello') },
    });
    const request = await nextRequest();
    expect(request.statement?.id).toBe(id);
    expect(request.statement?.timestamp).toBeDefined();
    host.send({ type: 'response', id: request.id, ok: true, result: { statementId: id } });
    await expect(emitting).resolves.toEqual({ statementId: id });
  });

  test('emit rejects with the host error code', async () => {
    const plugin = await connectClient();
    const emitting = plugin.emit(statement().verb(EXPERIENCED).activity(plugin.activityId('x')));
    const request = await nextRequest();
    host.send({
      type: 'response',
      id: request.id,
      ok: false,
      error: { code: 'verb-not-declared', message: 'The manifest does not declare this verb.' },
    });
    await expect(emitting).rejects.toMatchObject({
      name: 'PluginClientError',
      code: 'verb-not-declared',
      message: 'The manifest does not declare this verb.',
    });
  });

  test('emit rejects an incomplete builder before sending', async () => {
    const plugin = await connectClient();
    await expect(plugin.emit(statement().verb(EXPERIENCED))).rejects.toMatchObject({
      code: 'incomplete-statement',
    });
  });

  test('emit rejects a result without statementId', async () => {
    const plugin = await connectClient();
    const emitting = plugin.emit(statement().verb(EXPERIENCED).activity(plugin.activityId('x')));
    const request = await nextRequest();
    host.send({ type: 'response', id: request.id, ok: true, result: {} });
    await expect(emitting).rejects.toMatchObject({ code: 'invalid-host-message' });
  });

  test('request times out and ignores a late response', async () => {
    const plugin = await connectClient(40);
    const errors = collectHostErrors(plugin);
    const emitting = plugin.emit(statement().verb(EXPERIENCED).activity(plugin.activityId('x')));
    const request = await nextRequest();
    await expect(emitting).rejects.toMatchObject({ code: 'request-timeout' });
    host.send({ type: 'response', id: request.id, ok: true, result: { statementId: 'late' } });
    await settle(20);
    expect(errors).toEqual([]);
  });

  test('malformed host message is reported and ignored', async () => {
    const plugin = await connectClient();
    const errors = collectHostErrors(plugin);
    const emitting = plugin.emit(statement().verb(EXPERIENCED).activity(plugin.activityId('x')));
    const request = await nextRequest();
    host.send({ type: 'response', id: request.id, ok: 'yes', result: { statementId: 'st-1' } });
    host.send({ type: 'response', id: request.id, ok: true, result: { statementId: 'st-2' } });
    await expect(emitting).resolves.toEqual({ statementId: 'st-2' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('invalid-host-message');
  });

  test('unsolicited host error is reported', async () => {
    const plugin = await connectClient();
    const errors = collectHostErrors(plugin);
    host.send({ type: 'error', error: { code: 'rate-limited', message: 'Too many messages.' } });
    await settle(20);
    expect(errors.map((error) => error.code)).toEqual(['rate-limited']);
  });

  test('request ids are unique and responses match out of order', async () => {
    const plugin = await connectClient();
    const emissions = [1, 2, 3].map((n) =>
      plugin.emit(
        statement()
          .verb(EXPERIENCED)
          .activity(plugin.activityId(`item/${n}`)),
      ),
    );
    const requests = [await nextRequest(), await nextRequest(), await nextRequest()];
    expect(new Set(requests.map((request) => request.id)).size).toBe(3);
    for (const request of [...requests].reverse()) {
      const object = request.statement?.object as { id: string };
      host.send({ type: 'response', id: request.id, ok: true, result: { statementId: object.id } });
    }
    const results = await Promise.all(emissions);
    expect(results.map((result) => result.statementId)).toEqual(
      [1, 2, 3].map((n) => `${SESSION.activityBase}item/${n}`),
    );
  });

  test('resize rounds up and sends the height', async () => {
    const plugin = await connectClient();
    const resizing = plugin.resize(480.2);
    const request = await nextRequest();
    expect(request).toMatchObject({ type: 'ui.resize', height: 481 });
    host.send({ type: 'response', id: request.id, ok: true, result: {} });
    await expect(resizing).resolves.toBeUndefined();
  });

  test.each([-1, 20_001, Number.NaN])('resize rejects height %s', async (height) => {
    const plugin = await connectClient();
    await expect(plugin.resize(height)).rejects.toMatchObject({ code: 'invalid-height' });
  });

  test('finish sends session.finish', async () => {
    const plugin = await connectClient();
    const finishing = plugin.finish();
    const request = await nextRequest();
    expect(request).toEqual({ type: 'session.finish', id: request.id });
    host.send({ type: 'response', id: request.id, ok: true, result: {} });
    await expect(finishing).resolves.toBeUndefined();
  });

  test('close rejects pending and later requests', async () => {
    const plugin = await connectClient();
    const finishing = plugin.finish();
    await nextRequest();
    plugin.close();
    await expect(finishing).rejects.toMatchObject({ code: 'client-closed' });
    await expect(plugin.finish()).rejects.toMatchObject({ code: 'client-closed' });
  });

  test('emit rejects a draft above the message size limit', async () => {
    const plugin = await connectClient();
    const draft = statement()
      .verb(EXPERIENCED)
      .activity(plugin.activityId('x'))
      .response('x'.repeat(70_000));
    await expect(plugin.emit(draft)).rejects.toMatchObject({ code: 'message-too-large' });
  });

  test('activityId encodes path segments', async () => {
    const plugin = await connectClient();
    expect(plugin.activityId('number-line/0-10/7')).toBe(
      `${SESSION.activityBase}number-line/0-10/7`,
    );
    expect(plugin.activityId('mots/été à 2')).toBe(
      `${SESSION.activityBase}mots/%C3%A9t%C3%A9%20%C3%A0%202`,
    );
  });
});
