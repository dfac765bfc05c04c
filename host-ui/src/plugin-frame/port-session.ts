import {
  type HostMessage,
  MESSAGE_RATE_LIMIT,
  type PluginMessage,
  type PluginRequest,
  PROTOCOL_VERSION,
  type ProtocolError,
  type SessionInfo,
} from '@fabrique/sdk';
import { FloodDetector, type FloodThreshold } from './flood-detector.js';
import type { FrameIncidentKind, StatementOutcome } from './frame-incident.js';
import { type GateVerdict, MessageGate } from './message-gate.js';

/** Reason a port session ended the mount on its own. */
export type PortSessionStopReason = 'bad-hello' | 'flood' | 'unsupported-protocol';

/** Incidents a port session reports while the plugin keeps running. */
export type PortSessionIncident = Extract<FrameIncidentKind, 'oversized' | 'protocol-violation'>;

/** Callbacks from a port session to the mount that owns it. */
export interface PortSessionHandlers {
  /** Records a statement draft and returns the outcome to send back to the plugin. */
  recordStatement(draft: Record<string, unknown>): Promise<StatementOutcome>;
  /** Sets the frame height, in CSS pixels. */
  resize(height: number): void;
  /** Called once, after `welcome` is sent. */
  welcomed(): void;
  /** Called when the plugin finished its activity; the port is already closed. */
  finish(): void;
  /** Called when the session ended the mount; the port is already closed. */
  stop(reason: PortSessionStopReason): void;
  /** Called at most once per kind and session. */
  reportIncident(kind: PortSessionIncident): void;
}

/** Values of one mount: the nonce expected in `hello` and the session sent in `welcome`. */
export interface PortSessionOptions {
  /** The nonce sent in this mount's `connect` message, expected back in `hello`. */
  readonly nonce: string;
  /** Launch information sent in `welcome`. */
  readonly session: SessionInfo;
  readonly gate?: MessageGate;
  readonly flood?: FloodDetector;
}

/**
 * Rate-limited messages within ten seconds that end a mount. One burst past the
 * rate limit stays below it; a plugin that keeps flooding reaches it in about a second.
 */
export const DEFAULT_FLOOD_THRESHOLD: FloodThreshold = {
  maxRejections: MESSAGE_RATE_LIMIT.burst,
  windowMs: 10_000,
};

/**
 * The host's end of one plugin's `MessagePort`. Every piece of state (the
 * expected nonce, the rate limit, the flood count, reported incidents) lives
 * in this object, which belongs to exactly one port. Request ids inside
 * messages only address responses.
 */
export class PortSession {
  readonly #port: MessagePort;
  readonly #options: PortSessionOptions;
  readonly #handlers: PortSessionHandlers;
  readonly #gate: MessageGate;
  readonly #flood: FloodDetector;
  readonly #reported = new Set<PortSessionIncident>();
  #state: 'awaiting-hello' | 'open' | 'closed' = 'awaiting-hello';

  constructor(port: MessagePort, options: PortSessionOptions, handlers: PortSessionHandlers) {
    this.#port = port;
    this.#options = options;
    this.#handlers = handlers;
    this.#gate = options.gate ?? new MessageGate();
    this.#flood = options.flood ?? new FloodDetector(DEFAULT_FLOOD_THRESHOLD);
  }

  /** Starts listening on the port. */
  start(): void {
    this.#port.addEventListener('message', this.#onMessage);
    this.#port.addEventListener('messageerror', this.#onMessageError);
    this.#port.start();
  }

  /** Stops listening and closes the port; later messages and pending results are dropped. */
  close(): void {
    if (this.#state === 'closed') {
      return;
    }
    this.#state = 'closed';
    this.#port.removeEventListener('message', this.#onMessage);
    this.#port.removeEventListener('messageerror', this.#onMessageError);
    this.#port.close();
  }

  readonly #onMessage = (event: MessageEvent): void => {
    this.#receive(event.data);
  };

  // A message that could not be deserialized counts as an invalid message.
  readonly #onMessageError = (): void => {
    this.#receive(undefined);
  };

  #receive(data: unknown): void {
    if (this.#state === 'closed') {
      return;
    }
    const verdict = this.#gate.inspect(data);
    if (this.#state === 'awaiting-hello') {
      this.#receiveHello(verdict);
    } else if (!verdict.admitted) {
      this.#receiveRejected(verdict);
    } else {
      this.#receiveAdmitted(verdict.message);
    }
  }

  #receiveHello(verdict: GateVerdict): void {
    const hello = verdict.admitted ? verdict.message : undefined;
    if (hello?.type !== 'hello' || hello.nonce !== this.#options.nonce) {
      this.#stop('bad-hello');
      return;
    }
    if (hello.protocol !== PROTOCOL_VERSION) {
      this.#sendError({
        code: 'unsupported-protocol',
        message: `This host speaks protocol ${PROTOCOL_VERSION}, not ${hello.protocol}.`,
      });
      this.#stop('unsupported-protocol');
      return;
    }
    this.#state = 'open';
    this.#send({ type: 'welcome', protocol: PROTOCOL_VERSION, session: this.#options.session });
    this.#handlers.welcomed();
  }

  #receiveRejected(verdict: Extract<GateVerdict, { admitted: false }>): void {
    if (verdict.requestId === undefined) {
      this.#sendError(verdict.error);
    } else {
      this.#send({ type: 'response', id: verdict.requestId, ok: false, error: verdict.error });
    }
    if (verdict.reason === 'rate-limited' && this.#flood.recordRejection()) {
      this.#stop('flood');
    } else if (verdict.reason === 'message-too-large') {
      this.#reportOnce('oversized');
    }
  }

  #receiveAdmitted(message: PluginMessage): void {
    if (message.type === 'hello') {
      this.#sendError({ code: 'protocol-violation', message: 'The hello was already accepted.' });
      this.#reportOnce('protocol-violation');
      return;
    }
    this.#handleRequest(message);
  }

  #handleRequest(request: PluginRequest): void {
    switch (request.type) {
      case 'xapi.emit':
        void this.#emitStatement(request.id, request.statement);
        return;
      case 'ui.resize':
        this.#handlers.resize(request.height);
        this.#send({ type: 'response', id: request.id, ok: true, result: {} });
        return;
      case 'session.finish':
        this.#send({ type: 'response', id: request.id, ok: true, result: {} });
        this.close();
        this.#handlers.finish();
        return;
    }
  }

  async #emitStatement(id: string, draft: Record<string, unknown>): Promise<void> {
    let outcome: StatementOutcome;
    try {
      outcome = await this.#handlers.recordStatement(draft);
    } catch {
      outcome = {
        ok: false,
        error: { code: 'statement-failed', message: 'The host could not record the statement.' },
      };
    }
    if (outcome.ok) {
      this.#send({ type: 'response', id, ok: true, result: { statementId: outcome.statementId } });
    } else {
      this.#send({ type: 'response', id, ok: false, error: outcome.error });
    }
  }

  #reportOnce(kind: PortSessionIncident): void {
    if (!this.#reported.has(kind)) {
      this.#reported.add(kind);
      this.#handlers.reportIncident(kind);
    }
  }

  #stop(reason: PortSessionStopReason): void {
    this.close();
    this.#handlers.stop(reason);
  }

  #sendError(error: ProtocolError): void {
    this.#send({ type: 'error', error });
  }

  #send(message: HostMessage): void {
    if (this.#state !== 'closed') {
      this.#port.postMessage(message);
    }
  }
}
