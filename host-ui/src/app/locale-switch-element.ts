import { localized, msg } from '@lit/localize';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { currentLocale, switchLocale } from '../i18n/ui-locale.js';
import { LightDomElement } from './light-dom-element.js';

/** Header button that switches the UI between French and English; the choice is remembered. */
@localized()
@customElement('fab-locale-switch')
export class LocaleSwitchElement extends LightDomElement {
  override render() {
    const other = currentLocale() === 'fr' ? 'en' : 'fr';
    // The label names the other language in that language: "English" or "Français".
    return html`<button type="button" class="locale-switch" data-testid="locale-switch" lang=${other}
      title=${msg("Afficher l'interface en anglais", { id: 'locale-switch.title' })}
      @click=${() => switchLocale(other)}>${msg('English', { id: 'locale-switch.label' })}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-locale-switch': LocaleSwitchElement;
  }
}
