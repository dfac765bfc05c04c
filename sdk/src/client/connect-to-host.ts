import './zod-csp-config.js';
import { PROTOCOL_VERSION } from '../protocol/protocol-version.js';
import type { SessionInfo } from '../protocol/session-info.js';
import { frameConnectMessageSchema } from '../protocol/window-messages.js';
import { currentFrameWindow, type FrameMessageEvent, type FrameWindow } from './frame-window.js';
import { HandshakeDeadline } from './handshake-deadline.js';
import { parseHostMessage } from './host-message.js';
import { type PluginClient, PortPluginClient } from './plugin-client.js';
import { PluginClientError } from './plugin-client-error.js';
import { RequestChannel } from './request-channel.js';

/** Default time for the handshake and for each request, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Options of {@link connectToHost}. */
export type ConnectOptions = {
  /**
   * Milliseconds to wait for the whole handshake, and then for the response
   * to each request. Defaults to 15,000.
   */
  readonly timeoutMs?: number;
  /** The frame's window; defaults to `window`. Tests and emulators pass a stand-in. */
  readonly window?: FrameWindow;
};

/**
 * Connects the plugin frame to its host: posts `ready` to the parent window,
 * takes the port of the first valid `connect` message from the parent, sends
 * `hello` with the connect nonce and waits for `welcome`. Every host message is
 * parsed with the protocol schemas, and window messages from other sources or of
 * other shapes are ignored.
 *
 * @throws PluginClientError `not-in-frame` outside a frame, `connect-timeout`
 * when the handshake does not finish in time, `protocol-mismatch`,
 * `invalid-host-message`, or the host's code when it responds to `hello` with an error.
 *
 * @example
 * import { connectToHost } from '@fabrique/sdk/client';
 *
 * const client = await connectToHost();
 * document.documentElement.lang = client.session.locale;
 */
export async function connectToHost(options: ConnectOptions = {}): Promise<PluginClient> {
  const frameWindow = options.window ?? currentFrameWindow();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = new HandshakeDeadline(timeoutMs);
  try {
    const { port, nonce } = await deadline.race(waitForConnect(frameWindow, deadline));
    const session = await deadline.race(exchangeHello(port, nonce, deadline));
    return new PortPluginClient(session, new RequestChannel(port, timeoutMs));
  } finally {
    deadline.clear();
  }
}

/** Posts `ready` and resolves with the port and nonce of the parent's first valid `connect`. */
function waitForConnect(
  frameWindow: FrameWindow,
  deadline: HandshakeDeadline,
): Promise<{ port: MessagePort; nonce: string }> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: FrameMessageEvent): void => {
      if (event.source !== frameWindow.parent) {
        return;
      }
      const parsed = frameConnectMessageSchema.safeParse(event.data);
      if (!parsed.success) {
        return;
      }
      frameWindow.removeEventListener('message', onMessage);
      const port = event.ports[0];
      if (parsed.data.protocol !== PROTOCOL_VERSION) {
        port?.close();
        reject(protocolMismatch(parsed.data.protocol));
      } else if (port === undefined) {
        reject(new PluginClientError('missing-port', 'The host sent connect without a port.'));
      } else {
        resolve({ port, nonce: parsed.data.nonce });
      }
    };
    deadline.onExpire(() => frameWindow.removeEventListener('message', onMessage));
    frameWindow.addEventListener('message', onMessage);
    frameWindow.parent.postMessage({ fabrique: 'ready', protocol: PROTOCOL_VERSION }, '*');
  });
}

/** Sends `hello` and resolves with the session of the host's `welcome`. */
function exchangeHello(
  port: MessagePort,
  nonce: string,
  deadline: HandshakeDeadline,
): Promise<SessionInfo> {
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      port.removeEventListener('message', onMessage);
      port.removeEventListener('messageerror', onMessageError);
    };
    const fail = (error: PluginClientError): void => {
      stop();
      port.close();
      reject(error);
    };
    const onMessage = (event: MessageEvent): void => {
      stop();
      const parsed = parseHostMessage(event.data);
      if (!parsed.success) {
        fail(parsed.error);
        return;
      }
      const message = parsed.message;
      if (message.type === 'error') {
        fail(new PluginClientError(message.error.code, message.error.message));
      } else if (message.type !== 'welcome') {
        fail(
          new PluginClientError(
            'invalid-host-message',
            'The host responded to hello with a message other than welcome.',
          ),
        );
      } else if (message.protocol !== PROTOCOL_VERSION) {
        fail(protocolMismatch(message.protocol));
      } else {
        resolve(message.session);
      }
    };
    const onMessageError = (): void => {
      fail(new PluginClientError('invalid-host-message', 'The welcome could not be deserialized.'));
    };
    deadline.onExpire(() => {
      stop();
      port.close();
    });
    port.addEventListener('message', onMessage);
    port.addEventListener('messageerror', onMessageError);
    port.start();
    port.postMessage({ type: 'hello', protocol: PROTOCOL_VERSION, nonce });
  });
}

function protocolMismatch(hostProtocol: number): PluginClientError {
  return new PluginClientError(
    'protocol-mismatch',
    `The host speaks protocol ${hostProtocol} but this plugin's SDK speaks ${PROTOCOL_VERSION}: rebuild the plugin with an SDK for that host.`,
    { hostProtocol, pluginProtocol: PROTOCOL_VERSION },
  );
}
