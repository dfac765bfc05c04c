import { PluginClientError } from './plugin-client-error.js';

/** The parts of a window `message` event that the handshake reads. */
export type FrameMessageEvent = Pick<MessageEvent, 'data' | 'source' | 'ports'>;

/**
 * The parts of the plugin frame's `window` that the handshake uses. In a browser
 * it is `window`, and a test or a local emulator passes a stand-in whose `parent`
 * plays the host.
 */
export interface FrameWindow {
  /** The host page, the only window the handshake talks to. */
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
  /** Registers a listener for window messages, where the host's `connect` arrives. */
  addEventListener(type: 'message', listener: (event: FrameMessageEvent) => void): void;
  /** Removes a listener added with `addEventListener`. */
  removeEventListener(type: 'message', listener: (event: FrameMessageEvent) => void): void;
}

/**
 * Returns the current frame's `window`.
 *
 * @throws PluginClientError `not-in-frame` when there is no window or when the
 * page is not inside a frame, so that no host can respond.
 */
export function currentFrameWindow(): FrameWindow {
  if (typeof window === 'undefined') {
    throw new PluginClientError(
      'not-in-frame',
      'No window is available: connectToHost() runs in a plugin frame, or takes a `window` option.',
    );
  }
  if (window.parent === window) {
    throw new PluginClientError(
      'not-in-frame',
      'The plugin page is not inside a frame, so no host can answer: open it through a Fabrique host.',
    );
  }
  return window;
}
