import { SCHOOL_LEVEL_NAMES, SCHOOL_LEVELS } from '@fabrique/sdk';
import { localized, msg } from '@lit/localize';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { describedBy, errorNotice, fieldError, isFieldInError } from '../app/error-notice.js';
import { FormSubmissionController } from '../app/form-submission-controller.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { readRequiredFields } from '../app/required-fields.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { createClassMutation } from '../graphql/operations/class-operations.js';
import type { ClassSummary } from '../graphql/schemas/school-class-schema.js';
import { pickLanguage } from '../i18n/language-map.js';
import { currentLocale } from '../i18n/ui-locale.js';
import { MAX_CLASS_NAME_LENGTH } from './class-limits.js';

const formFields = ['name', 'level'];

/** Event fired by `fab-class-create-form` with the class it created. */
export class ClassCreatedEvent extends Event {
  static readonly type = 'class-created';

  constructor(readonly schoolClass: ClassSummary) {
    super(ClassCreatedEvent.type, { bubbles: true });
  }
}

/** Form that creates a class from a name and a school level. */
@localized()
@customElement('fab-class-create-form')
export class ClassCreateForm extends LightDomElement {
  readonly #form = new FormSubmissionController(this);

  override render() {
    const nameError = this.#form.errorOf('name');
    const levelError = this.#form.errorOf('level');
    return html`
      <form class="card form" novalidate @submit=${this.#submit}>
        <h2>${msg('Créer une classe', { id: 'class-create.title' })}</h2>
        ${this.#form.errors.map((error) => errorNotice(error, formFields))}
        <label for="class-create-name">${msg('Nom de la classe', { id: 'class-create.name' })}</label>
        <input id="class-create-name" name="name" maxlength=${MAX_CLASS_NAME_LENGTH} required autocomplete="off"
          data-testid="class-create-name" aria-invalid=${isFieldInError(nameError, 'name')}
          aria-describedby=${describedBy(nameError, 'name', 'class-create-name-error')} />
        ${fieldError(nameError, 'name', 'class-create-name-error')}
        <label for="class-create-level">${msg('Niveau', { id: 'class-create.level' })}</label>
        <select id="class-create-level" name="level" required data-testid="class-create-level"
          aria-invalid=${isFieldInError(levelError, 'level')} aria-describedby=${describedBy(levelError, 'level', 'class-create-level-error')}>
          <option value="">${msg('Choisir un niveau', { id: 'class-create.level-placeholder' })}</option>
          ${SCHOOL_LEVELS.map(
            (level) =>
              html`<option value=${level}>${level} · ${pickLanguage(SCHOOL_LEVEL_NAMES[level], currentLocale())}</option>`,
          )}
        </select>
        ${fieldError(levelError, 'level', 'class-create-level-error')}
        <button type="submit" class="primary" data-testid="class-create-submit" ?disabled=${this.#form.submitting}>
          ${msg('Créer la classe', { id: 'class-create.submit' })}
        </button>
      </form>
    `;
  }

  readonly #submit = (event: SubmitEvent): Promise<void> =>
    this.#form.handleSubmit(event, {
      read: (data) => readRequiredFields(data, { name: 'trim', level: 'as-typed' }),
      send: async (values, form) => {
        const { createClass } = await requestGraphql(createClassMutation, values);
        form.reset();
        this.dispatchEvent(new ClassCreatedEvent(createClass));
      },
    });
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-class-create-form': ClassCreateForm;
  }
}
