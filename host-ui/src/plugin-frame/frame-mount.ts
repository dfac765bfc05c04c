import type { SessionInfo } from '@fabrique/sdk';
import { FrameHandshake } from './frame-handshake.js';
import type { FrameGateway, FrameIncidentKind } from './frame-incident.js';
import { isAllowedFrameTarget } from './frame-target.js';
import { PortSession, type PortSessionStopReason } from './port-session.js';

/** A launch as the frame mount needs it, its session already checked against the protocol schema. */
export interface FrameLaunch {
  readonly id: string;
  readonly frameUrl: string;
  readonly pluginOrigin: string;
  readonly session: SessionInfo;
}

/** Reason a mount ended before the plugin finished. */
export type FrameStopReason =
  | PortSessionStopReason
  | 'second-load'
  | 'timed-out'
  | 'invalid-launch';

/** Settings of one mount: the launch, the element that receives the iframe, and the gateway. */
export interface FrameMountOptions {
  readonly launch: FrameLaunch;
  readonly gateway: FrameGateway;
  /** Element the iframe is appended to. */
  readonly container: HTMLElement;
  /** Accessible name of the iframe. */
  readonly title: string;
  /** Time from mount to `welcome` before the mount gives up, in milliseconds. */
  readonly handshakeTimeoutMs?: number;
}

/** Callbacks from a mount to the element that owns it. */
export interface FrameMountEvents {
  welcomed(): void;
  /** The plugin sent `session.finish`; the frame is already removed. */
  finished(): void;
  /** The mount ended; the frame is already removed. */
  stopped(reason: FrameStopReason): void;
}

// NOTE: 20 seconds is a guess at the slowest school tablet loading a plugin
// bundle; no plugin has been measured against it yet.
const DEFAULT_HANDSHAKE_TIMEOUT_MS = 20_000;

/**
 * Mounts one plugin frame: a sandboxed iframe (`allow-scripts` only, no
 * referrer, no delegated permissions), the window handshake and the port
 * session. The window listener is attached before `src` is set, and the
 * iframe is appended last, so no message of the frame can be missed.
 */
export class FrameMount {
  readonly #options: FrameMountOptions;
  readonly #events: FrameMountEvents;
  readonly #iframe: HTMLIFrameElement;
  readonly #handshake: FrameHandshake;
  #session: PortSession | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #active = false;

  constructor(options: FrameMountOptions, events: FrameMountEvents) {
    this.#options = options;
    this.#events = events;
    this.#iframe = createSandboxedFrame(options.title);
    this.#handshake = new FrameHandshake({
      frameWindow: () => this.#iframe.contentWindow,
      connect: (port, nonce) => this.#connect(port, nonce),
      escape: () => this.#stop('second-load'),
    });
  }

  /** Loads the plugin frame, or stops at once with `invalid-launch` when its URL may not be mounted. */
  start(): void {
    const { launch, container } = this.#options;
    if (!isAllowedFrameTarget(launch.frameUrl, launch.pluginOrigin, window.location.origin)) {
      this.#events.stopped('invalid-launch');
      return;
    }
    this.#active = true;
    window.addEventListener('message', this.#onWindowMessage);
    this.#iframe.addEventListener('load', this.#onLoad);
    this.#iframe.src = launch.frameUrl;
    container.append(this.#iframe);
    this.#timer = setTimeout(
      () => this.#stop('timed-out'),
      this.#options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS,
    );
  }

  /** Removes the frame, closes its port and stops listening. A mount cannot be started again. */
  unmount(): void {
    if (!this.#active) {
      return;
    }
    this.#active = false;
    clearTimeout(this.#timer);
    window.removeEventListener('message', this.#onWindowMessage);
    this.#iframe.removeEventListener('load', this.#onLoad);
    this.#session?.close();
    this.#iframe.remove();
  }

  readonly #onWindowMessage = (event: MessageEvent): void => {
    this.#handshake.handleWindowMessage(event);
  };

  readonly #onLoad = (): void => {
    this.#handshake.handleFrameLoad();
  };

  #connect(port: MessagePort, nonce: string): void {
    const { launch, gateway } = this.#options;
    this.#session = new PortSession(
      port,
      { nonce, session: launch.session },
      {
        recordStatement: (draft) => gateway.recordStatement(launch.id, draft),
        resize: (height) => {
          this.#iframe.style.height = `${height}px`;
        },
        welcomed: () => {
          clearTimeout(this.#timer);
          this.#events.welcomed();
        },
        finish: () => {
          this.unmount();
          this.#events.finished();
        },
        stop: (reason) => this.#stop(reason),
        reportIncident: (kind) => {
          void gateway.reportFrameIncident(launch.id, kind);
        },
      },
    );
    this.#session.start();
  }

  #stop(reason: FrameStopReason): void {
    if (!this.#active) {
      return;
    }
    this.unmount();
    const incident = incidentOf(reason);
    if (incident !== undefined) {
      void this.#options.gateway.reportFrameIncident(this.#options.launch.id, incident);
    }
    this.#events.stopped(reason);
  }
}

function createSandboxedFrame(title: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  // Scripts only: no allow-same-origin, so the frame has an opaque origin
  // with no cookies, no storage and no access to this page.
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('referrerpolicy', 'no-referrer');
  iframe.setAttribute('allow', '');
  iframe.setAttribute('data-testid', 'plugin-frame');
  iframe.className = 'plugin-frame';
  iframe.title = title;
  return iframe;
}

/** Returns the incident to report when a mount stops for `reason`, if it is one. */
function incidentOf(reason: FrameStopReason): FrameIncidentKind | undefined {
  switch (reason) {
    case 'second-load':
    case 'bad-hello':
    case 'flood':
      return reason;
    default:
      return undefined;
  }
}
