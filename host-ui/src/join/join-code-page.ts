import { localized, msg } from '@lit/localize';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { describedBy, errorNotice, fieldError, isFieldInError } from '../app/error-notice.js';
import { type FormReading, FormSubmissionController } from '../app/form-submission-controller.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError } from '../graphql/graphql-request-error.js';
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
  readonly #form = new FormSubmissionController(this);

  override render() {
    // The page shows one error at most: the code's own check, or the request's error.
    const error = this.#form.errors[0];
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
        <button type="submit" class="primary big-button" data-testid="join-code-submit" ?disabled=${this.#form.submitting}
          aria-label=${msg('Valider le code', { id: 'join.submit' })}>
          <span aria-hidden="true">➜</span>
        </button>
      </form>
    `;
  }

  readonly #submit = (event: SubmitEvent): Promise<void> =>
    this.#form.handleSubmit(event, {
      read: (data) => readJoinCode(String(data.get('code') ?? '')),
      send: async (code) => {
        const { joinableClass } = await requestGraphql(joinableClassQuery, { code });
        if (joinableClass === null) {
          // The controller shows a thrown request error as it is, beside the field.
          throw new GraphqlRequestError('invalid-join-code', '', 'code');
        }
        navigate(routePaths.joinCards(code));
      },
    });
}

function readJoinCode(typed: string): FormReading<string> {
  const code = normalizeJoinCode(typed);
  if (code === '') {
    return { ok: false, errors: [new GraphqlRequestError('missing-join-code', '', 'code')] };
  }
  if (!isWellFormedJoinCode(code)) {
    return { ok: false, errors: [new GraphqlRequestError('invalid-join-code', '', 'code')] };
  }
  return { ok: true, values: code };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-join-code-page': JoinCodePage;
  }
}
