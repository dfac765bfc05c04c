import { localized, msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LightDomElement } from '../app/light-dom-element.js';
import type { FrameGateway } from './frame-incident.js';
import { type FrameLaunch, FrameMount, type FrameStopReason } from './frame-mount.js';

type FrameStatus =
  | { readonly state: 'idle' | 'connecting' | 'running' | 'finished' }
  | { readonly state: 'stopped'; readonly reason: FrameStopReason };

/** Event fired by `fab-plugin-frame` when the plugin sent `session.finish`. */
export class FrameFinishedEvent extends Event {
  static readonly type = 'frame-finished';

  constructor() {
    super(FrameFinishedEvent.type, { bubbles: true });
  }
}

/**
 * `<fab-plugin-frame>`: mounts the frame of a launch and speaks the
 * host-plugin protocol with it through a `FrameMount`. Each new `launch`
 * or `gateway` value unmounts the previous frame and mounts a new one, with
 * a new nonce and port. Removing the element unmounts the frame. When the
 * mount stops (an escape attempt, a bad hello, a flood, no response), the
 * element shows a calm message in place of the frame.
 */
@localized()
@customElement('fab-plugin-frame')
export class PluginFrameElement extends LightDomElement {
  @property({ attribute: false }) launch: FrameLaunch | undefined = undefined;
  @property({ attribute: false }) gateway: FrameGateway | undefined = undefined;
  @state() private status: FrameStatus = { state: 'idle' };
  @query('.plugin-frame-slot') private slotElement!: HTMLElement;
  #mount: FrameMount | undefined;

  override render() {
    const status = this.status;
    return html`
      <div class="plugin-frame-slot" ?hidden=${status.state === 'stopped'}></div>
      ${
        status.state === 'connecting'
          ? html`<div class="frame-loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            <span class="visually-hidden">${msg("Chargement de l'activité…", { id: 'frame.loading' })}</span>
          </div>`
          : nothing
      }
      ${
        status.state === 'stopped'
          ? html`<div class="frame-stopped" role="status" data-testid="frame-stopped" data-reason=${status.reason}>
            <span class="emoji frame-stopped-icon" aria-hidden="true">🌙</span>
            <p>${msg("L'activité s'est arrêtée. Tu peux revenir aux activités.", { id: 'frame.stopped' })}</p>
          </div>`
          : nothing
      }
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('launch') || changed.has('gateway')) {
      this.#remount();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mount?.unmount();
    this.#mount = undefined;
  }

  #remount(): void {
    this.#mount?.unmount();
    this.#mount = undefined;
    const { launch, gateway } = this;
    if (launch === undefined || gateway === undefined || !this.isConnected) {
      this.status = { state: 'idle' };
      return;
    }
    this.status = { state: 'connecting' };
    const mount = new FrameMount(
      {
        launch,
        gateway,
        container: this.slotElement,
        title: msg('Activité', { id: 'frame.title' }),
      },
      {
        welcomed: () => {
          this.status = { state: 'running' };
        },
        finished: () => {
          this.status = { state: 'finished' };
          this.dispatchEvent(new FrameFinishedEvent());
        },
        stopped: (reason) => {
          this.status = { state: 'stopped', reason };
        },
      },
    );
    this.#mount = mount;
    mount.start();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-plugin-frame': PluginFrameElement;
  }
}
