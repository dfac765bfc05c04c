import { localized, msg } from '@lit/localize';
import { html, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  describedBy,
  errorNotice,
  fieldError,
  focusFieldInError,
  isFieldInError,
} from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { joinableClassQuery } from '../graphql/operations/join-operations.js';
import { readPupilExit } from '../pupil/pupil-exit.js';
import { renderPupilExitNotice } from '../pupil/pupil-exit-notice.js';
import { navigate } from '../router/navigation.js';
import { routePaths } from '../router/route-paths.js';
import { isWellFormedJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from './join-code.js';

// Six dots in two groups: the shape of a code, which no one takes for a real one.
const JOIN_CODE_PLACEHOLDER = '••• •••';

/**
 * Join page: a large field for the class code, tolerant of spaces and lower
 * case. It shows the exit notice of a pupil whose session ended in a tab
 * that has no join code to go back to.
 */
@localized()
@customElement('fab-join-code-page')
export class JoinCodePage extends LightDomElement {
  @state() private error: GraphqlRequestError | undefined = undefined;
  @state() private checking = false;

  override render() {
    const error = this.error;
    return html`
      ${renderPupilExitNotice(readPupilExit(window.location.search))}
      <h1 tabindex="-1"><span class="emoji" aria-hidden="true">🔑</span>
        ${msg('Entre le code de ta classe', { id: 'join.title' })}</h1>
      <form class="join-form" novalidate @submit=${this.#submit}>
        <label class="visually-hidden" for="join-code-input">${msg('Code de la classe', { id: 'join.code-label' })}</label>
        <input id="join-code-input" name="code" class="join-code-input" data-testid="join-code-input"
          autocomplete="off" autocapitalize="characters" autocorrect="off" spellcheck="false"
          maxlength=${JOIN_CODE_LENGTH * 2} placeholder=${JOIN_CODE_PLACEHOLDER} aria-invalid=${isFieldInError(error, 'code')}
          aria-describedby=${describedBy(error, 'code', 'join-code-error')} />
        ${fieldError(error, 'code', 'join-code-error')}
        ${errorNotice(error, ['code'])}
        <button type="submit" class="primary big-button" data-testid="join-code-submit" ?disabled=${this.checking}
          aria-label=${msg('Valider le code', { id: 'join.submit' })}>
          <span aria-hidden="true">➜</span>
        </button>
      </form>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('error')) {
      focusFieldInError(this, this.error);
    }
  }

  readonly #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const code = normalizeJoinCode(String(new FormData(form).get('code') ?? ''));
    if (code === '') {
      this.error = new GraphqlRequestError('missing-join-code', '', 'code');
      return;
    }
    if (!isWellFormedJoinCode(code)) {
      this.error = new GraphqlRequestError('invalid-join-code', '', 'code');
      return;
    }
    this.checking = true;
    this.error = undefined;
    try {
      const { joinableClass } = await requestGraphql(joinableClassQuery, { code });
      if (joinableClass === null) {
        this.error = new GraphqlRequestError('invalid-join-code', '', 'code');
      } else {
        navigate(routePaths.joinCards(code));
      }
    } catch (error) {
      this.error = toRequestError(error);
    } finally {
      this.checking = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-join-code-page': JoinCodePage;
  }
}
