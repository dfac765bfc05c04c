// Pupil entry of every attack plugin: `fabrique build` bundles this file as
// the plugin's dist/pupil.js. It speaks the window half of the handshake
// without the SDK client and then waits, so that each test drives the port
// and runs its attack inside the sandboxed frame through Playwright.

/** What the attack plugin exposes to the test as `window.attackAgent`. */
export interface AttackAgent {
  /** The nonce of the host's `connect` message, once it arrived. */
  nonce: string | undefined;
  /** Every message the host sent on the port, in order. */
  readonly received: unknown[];
  /** Posts `{ fabrique: 'ready' }` to the parent window again. */
  postReady(): void;
  /** Sends `hello` with `nonce` (by default the one of `connect`) and resolves with the host's next message. */
  hello(nonce?: string): Promise<unknown>;
  /** Sends `message` on the port as is, without waiting for a response. */
  send(message: unknown): void;
  /** Sends a request with a fresh id and resolves with the host's response to that id. */
  request(body: Record<string, unknown>, timeoutMs?: number): Promise<unknown>;
}

declare global {
  interface Window {
    attackAgent: AttackAgent;
  }
}

const PROTOCOL = 1;

function installAttackAgent(): AttackAgent {
  let port: MessagePort | undefined;
  let nextId = 1;
  const waiters = new Map<string, (message: unknown) => void>();
  let nextAnswer: ((message: unknown) => void) | undefined;

  const onPortMessage = (event: MessageEvent): void => {
    agent.received.push(event.data);
    const id = (event.data as { id?: unknown } | null)?.id;
    const waiter = typeof id === 'string' ? waiters.get(id) : undefined;
    if (waiter !== undefined && typeof id === 'string') {
      waiters.delete(id);
      waiter(event.data);
    } else if (nextAnswer !== undefined) {
      nextAnswer(event.data);
      nextAnswer = undefined;
    }
  };

  const requirePort = (): MessagePort => {
    if (port === undefined) throw new Error('The host has not sent connect yet.');
    return port;
  };

  const agent: AttackAgent = {
    nonce: undefined,
    received: [],
    postReady: () => window.parent.postMessage({ fabrique: 'ready', protocol: PROTOCOL }, '*'),
    hello: (nonce) =>
      new Promise((resolve) => {
        nextAnswer = resolve;
        requirePort().postMessage({
          type: 'hello',
          protocol: PROTOCOL,
          nonce: nonce ?? agent.nonce,
        });
      }),
    send: (message) => requirePort().postMessage(message),
    request: (body, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const id = `a${nextId++}`;
        const timer = setTimeout(() => {
          waiters.delete(id);
          reject(new Error(`No response to ${id} within ${timeoutMs} ms.`));
        }, timeoutMs);
        waiters.set(id, (message) => {
          clearTimeout(timer);
          resolve(message);
        });
        requirePort().postMessage({ ...body, id });
      }),
  };

  window.addEventListener('message', (event) => {
    const data = event.data as { fabrique?: unknown; nonce?: unknown } | null;
    if (event.source !== window.parent || data?.fabrique !== 'connect' || port !== undefined) {
      return;
    }
    port = event.ports[0];
    agent.nonce = typeof data.nonce === 'string' ? data.nonce : undefined;
    port?.addEventListener('message', onPortMessage);
    port?.start();
  });
  return agent;
}

window.attackAgent = installAttackAgent();
window.attackAgent.postReady();
