import { type FrameConnectMessage, frameReadyMessageSchema, PROTOCOL_VERSION } from '@fabrique/sdk';
import { createNonce } from './nonce.js';

/** The part of a frame's `WindowProxy` the handshake uses. */
export interface FrameWindow {
  postMessage(message: unknown, targetOrigin: string, transfer: Transferable[]): void;
}

/** The fields of a window `message` event the handshake reads. */
export type WindowMessage = Pick<MessageEvent, 'data' | 'origin' | 'source'>;

/** Callbacks of one handshake. */
export interface FrameHandshakeHandlers {
  /** Returns the frame's window, `iframe.contentWindow`, read at each message. */
  frameWindow(): FrameWindow | null;
  /** Receives the host's end of the channel and the nonce sent with the other end. */
  connect(port: MessagePort, nonce: string): void;
  /** Called once when the frame loads or announces itself a second time. */
  escape(): void;
}

/**
 * The window side of mounting one plugin frame. It accepts a `ready` message
 * only from the frame's own window with an opaque origin (the sandbox without
 * `allow-same-origin`), replies to the first one with a fresh nonce and a new
 * `MessageChannel`, and treats a second `ready` or a second `load` event as an
 * escape attempt: the frame navigated or reloaded, so whatever runs in it now
 * is not what was mounted.
 */
export class FrameHandshake {
  readonly #handlers: FrameHandshakeHandlers;
  #connected = false;
  #loads = 0;
  #escaped = false;

  constructor(handlers: FrameHandshakeHandlers) {
    this.#handlers = handlers;
  }

  /** Handles one window `message` event; messages from any other window are ignored. */
  handleWindowMessage(event: WindowMessage): void {
    const frameWindow = this.#handlers.frameWindow();
    if (this.#escaped || frameWindow === null || event.source !== frameWindow) {
      return;
    }
    if (event.origin !== 'null' || !frameReadyMessageSchema.safeParse(event.data).success) {
      return;
    }
    if (this.#connected) {
      this.#escape();
      return;
    }
    this.#connected = true;
    this.#connectTo(frameWindow);
  }

  /** Handles the iframe's `load` event; the first load is the mounted document. */
  handleFrameLoad(): void {
    this.#loads += 1;
    if (this.#loads > 1) {
      this.#escape();
    }
  }

  #connectTo(frameWindow: FrameWindow): void {
    const nonce = createNonce();
    const channel = new MessageChannel();
    const connect: FrameConnectMessage = { fabrique: 'connect', protocol: PROTOCOL_VERSION, nonce };
    // A frame with an opaque origin can only be addressed with '*'; the source
    // check above and the one-load rule make sure it is the mounted document.
    frameWindow.postMessage(connect, '*', [channel.port2]);
    this.#handlers.connect(channel.port1, nonce);
  }

  #escape(): void {
    if (!this.#escaped) {
      this.#escaped = true;
      this.#handlers.escape();
    }
  }
}
