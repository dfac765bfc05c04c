import { LitElement } from 'lit';

/**
 * A Lit element that renders into itself rather than a shadow root, so the
 * global stylesheet applies and `document.querySelector` finds its
 * `data-testid`s. Nothing in this UI relies on style encapsulation.
 */
export class LightDomElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
