import { localized, msg } from '@lit/localize';
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { describedBy, errorNotice, fieldError, isFieldInError } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import {
  removePupilMutation,
  setPupilNicknameMutation,
} from '../graphql/operations/class-operations.js';
import type { Pupil } from '../graphql/schemas/school-class-schema.js';
import { pickLanguage } from '../i18n/language-map.js';
import { currentLocale } from '../i18n/ui-locale.js';
import { displayLength, MAX_NICKNAME_LENGTH } from './class-limits.js';

/** Event fired by `fab-pupil-row` once the host removed its pupil. */
export class PupilRemovedEvent extends Event {
  static readonly type = 'pupil-removed';

  constructor(readonly pupilId: string) {
    super(PupilRemovedEvent.type, { bubbles: true });
  }
}

/** One pupil of the class page: card, nickname field saved on change, removal with confirmation. */
@localized()
@customElement('fab-pupil-row')
export class PupilRowElement extends LightDomElement {
  @property({ attribute: false }) pupil: Pupil | undefined = undefined;
  @state() private confirmingRemoval = false;
  @state() private saved = false;
  @state() private busy = false;
  @state() private error: GraphqlRequestError | undefined = undefined;

  override render() {
    const pupil = this.pupil;
    if (pupil === undefined) {
      return html``;
    }
    const label = pickLanguage(pupil.card.label, currentLocale());
    const inputId = `nickname-${pupil.id}`;
    const errorId = `nickname-error-${pupil.id}`;
    return html`
      <span class="emoji pupil-card" aria-hidden="true">${pupil.card.emoji}</span>
      <span class="pupil-label">${label}</span>
      <span class="pupil-nickname">
        <label class="visually-hidden" for=${inputId}>
          ${msg('Surnom (visible par vous seul·e)', { id: 'pupil-row.nickname' })}
        </label>
        <input id=${inputId} name="nickname" maxlength=${MAX_NICKNAME_LENGTH} autocomplete="off"
          placeholder=${msg('Surnom', { id: 'pupil-row.nickname-placeholder' })}
          data-testid="nickname-${pupil.id}" .value=${live(pupil.nickname ?? '')}
          aria-invalid=${isFieldInError(this.error, 'nickname')} aria-describedby=${describedBy(this.error, 'nickname', errorId)}
          ?disabled=${this.busy} @change=${this.#saveNickname} />
        ${this.saved ? html`<span class="saved" role="status">${msg('Enregistré', { id: 'common.saved' })}</span>` : ''}
        ${fieldError(this.error, 'nickname', errorId)}
      </span>
      ${this.#renderRemoval(pupil, label)}
      ${errorNotice(this.error, ['nickname'])}
    `;
  }

  #renderRemoval(pupil: Pupil, label: string) {
    if (!this.confirmingRemoval) {
      return html`<button type="button" class="secondary" data-testid="pupil-remove-${pupil.id}"
        ?disabled=${this.busy} @click=${() => {
          this.confirmingRemoval = true;
        }}>${msg('Retirer', { id: 'pupil-row.remove' })}</button>`;
    }
    return html`
      <span class="confirm" role="group" aria-label=${label}>
        <span>${msg('Retirer cet élève de la classe ?', { id: 'pupil-row.remove-question' })}</span>
        <button type="button" class="danger" data-testid="pupil-remove-confirm-${pupil.id}"
          ?disabled=${this.busy} @click=${this.#remove}>
          ${msg('Oui, retirer', { id: 'pupil-row.remove-confirm' })}
        </button>
        <button type="button" class="secondary" data-testid="pupil-remove-cancel-${pupil.id}"
          ?disabled=${this.busy} @click=${() => {
            this.confirmingRemoval = false;
          }}>${msg('Annuler', { id: 'common.cancel' })}</button>
      </span>
    `;
  }

  readonly #saveNickname = async (event: Event): Promise<void> => {
    const pupil = this.pupil;
    if (pupil === undefined) {
      return;
    }
    const nickname = (event.currentTarget as HTMLInputElement).value.trim();
    this.saved = false;
    if (displayLength(nickname) > MAX_NICKNAME_LENGTH) {
      this.error = new GraphqlRequestError('invalid-nickname', '', 'nickname');
      return;
    }
    await this.#run(async () => {
      const variables = { pupilId: pupil.id, nickname: nickname === '' ? null : nickname };
      const { setPupilNickname } = await requestGraphql(setPupilNicknameMutation, variables);
      this.pupil = setPupilNickname;
      this.saved = true;
    });
  };

  readonly #remove = async (): Promise<void> => {
    const pupil = this.pupil;
    if (pupil !== undefined) {
      await this.#run(async () => {
        await requestGraphql(removePupilMutation, { pupilId: pupil.id });
        this.dispatchEvent(new PupilRemovedEvent(pupil.id));
      });
    }
  };

  async #run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    try {
      await action();
    } catch (error) {
      // A signed-out error is shown here too, with a link to log in again
      // that comes back to this page.
      this.error = toRequestError(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-pupil-row': PupilRowElement;
  }
}
