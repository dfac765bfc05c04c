import { frameConnectMessageSchema, PROTOCOL_VERSION } from '@fabrique/sdk';
import { afterEach, describe, expect, test } from 'vitest';
import { FrameHandshake, type FrameWindow } from './frame-handshake.js';

interface Posted {
  readonly message: unknown;
  readonly targetOrigin: string;
  readonly transfer: Transferable[];
}

// Node has no frames, so the frame's window is an object that records what it receives.
function recordingWindow(): FrameWindow & { readonly posted: Posted[] } {
  const posted: Posted[] = [];
  return {
    posted,
    postMessage(message, targetOrigin, transfer) {
      posted.push({ message, targetOrigin, transfer });
    },
  };
}

const ready = { fabrique: 'ready', protocol: PROTOCOL_VERSION };
const openPorts: MessagePort[] = [];

afterEach(() => {
  for (const port of openPorts.splice(0)) {
    port.close();
  }
});

function mount(frameWindow: FrameWindow | null = recordingWindow()) {
  const connections: { port: MessagePort; nonce: string }[] = [];
  let escapes = 0;
  const handshake = new FrameHandshake({
    frameWindow: () => frameWindow,
    connect: (port, nonce) => {
      openPorts.push(port);
      connections.push({ port, nonce });
    },
    escape: () => {
      escapes += 1;
    },
  });
  return { handshake, connections, escapes: () => escapes };
}

describe('FrameHandshake ready', () => {
  test('connects the first ready', () => {
    const frameWindow = recordingWindow();
    const { handshake, connections } = mount(frameWindow);
    handshake.handleWindowMessage({ source: frameWindow as never, origin: 'null', data: ready });
    expect(connections).toHaveLength(1);
    expect(frameWindow.posted).toHaveLength(1);
    const posted = frameWindow.posted[0]!;
    expect(posted.targetOrigin).toBe('*');
    expect(frameConnectMessageSchema.parse(posted.message).nonce).toBe(connections[0]!.nonce);
    expect(posted.transfer).toHaveLength(1);
    openPorts.push(posted.transfer[0] as MessagePort);
  });

  test('transferred port reaches host port', async () => {
    const frameWindow = recordingWindow();
    const { handshake, connections } = mount(frameWindow);
    handshake.handleWindowMessage({ source: frameWindow as never, origin: 'null', data: ready });
    const pluginPort = frameWindow.posted[0]!.transfer[0] as MessagePort;
    openPorts.push(pluginPort);
    const received = new Promise<unknown>((resolve) => {
      connections[0]!.port.addEventListener('message', (event) => resolve(event.data));
      connections[0]!.port.start();
    });
    pluginPort.postMessage('ping');
    await expect(received).resolves.toBe('ping');
  });

  test.each([
    ['another window', { source: recordingWindow() as never, origin: 'null', data: ready }],
    ['no source', { source: null, origin: 'null', data: ready }],
    ['non-opaque origin', { origin: 'http://localhost:8080', data: ready }],
    ['malformed ready', { origin: 'null', data: { fabrique: 'ready' } }],
    ['extra key', { origin: 'null', data: { ...ready, port: 1 } }],
    ['plain string', { origin: 'null', data: 'ready' }],
  ])('ignores %s', (_case, message) => {
    const frameWindow = recordingWindow();
    const { handshake, connections, escapes } = mount(frameWindow);
    const event = { source: frameWindow as never, ...message };
    handshake.handleWindowMessage(event);
    handshake.handleWindowMessage(event);
    expect(connections).toHaveLength(0);
    expect(escapes()).toBe(0);
  });

  test('ignores messages without frame window', () => {
    const { handshake, connections } = mount(null);
    handshake.handleWindowMessage({ source: null, origin: 'null', data: ready });
    expect(connections).toHaveLength(0);
  });

  test('fresh nonce per mount', () => {
    const nonces = Array.from({ length: 2 }, () => {
      const frameWindow = recordingWindow();
      const { handshake, connections } = mount(frameWindow);
      handshake.handleWindowMessage({ source: frameWindow as never, origin: 'null', data: ready });
      openPorts.push(frameWindow.posted[0]!.transfer[0] as MessagePort);
      return connections[0]!.nonce;
    });
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});

describe('FrameHandshake escape', () => {
  test('second ready escapes once', () => {
    const frameWindow = recordingWindow();
    const { handshake, connections, escapes } = mount(frameWindow);
    const event = { source: frameWindow as never, origin: 'null', data: ready };
    handshake.handleWindowMessage(event);
    handshake.handleWindowMessage(event);
    handshake.handleWindowMessage(event);
    openPorts.push(frameWindow.posted[0]!.transfer[0] as MessagePort);
    expect(connections).toHaveLength(1);
    expect(frameWindow.posted).toHaveLength(1);
    expect(escapes()).toBe(1);
  });

  test('first load is the mount', () => {
    const { handshake, escapes } = mount();
    handshake.handleFrameLoad();
    expect(escapes()).toBe(0);
  });

  test('second load escapes', () => {
    const { handshake, escapes } = mount();
    handshake.handleFrameLoad();
    handshake.handleFrameLoad();
    handshake.handleFrameLoad();
    expect(escapes()).toBe(1);
  });

  test('ready after escape is ignored', () => {
    const frameWindow = recordingWindow();
    const { handshake, connections } = mount(frameWindow);
    handshake.handleFrameLoad();
    handshake.handleFrameLoad();
    handshake.handleWindowMessage({ source: frameWindow as never, origin: 'null', data: ready });
    expect(connections).toHaveLength(0);
  });
});
