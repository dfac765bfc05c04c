import { SCHOOL_LEVEL_NAMES, SCHOOL_LEVELS } from '@fabrique/sdk';
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
import { emptyFields } from '../app/required-fields.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
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
  /** The errors shown: one per empty field, or the host's one error. */
  @state() private errors: readonly GraphqlRequestError[] = [];
  @state() private submitting = false;

  override render() {
    const nameError = this.#errorOf('name');
    const levelError = this.#errorOf('level');
    return html`
      <form class="card form" novalidate @submit=${this.#submit}>
        <h2>${msg('Créer une classe', { id: 'class-create.title' })}</h2>
        ${this.errors.map((error) => errorNotice(error, formFields))}
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
        <button type="submit" class="primary" data-testid="class-create-submit" ?disabled=${this.submitting}>
          ${msg('Créer la classe', { id: 'class-create.submit' })}
        </button>
      </form>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('errors')) {
      focusFieldInError(this, this.errors[0]);
    }
  }

  #errorOf(field: string): GraphqlRequestError | undefined {
    return this.errors.find((error) => error.field === field);
  }

  readonly #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const level = String(data.get('level') ?? '');
    const missing = emptyFields({ name, level });
    if (missing.length > 0) {
      this.errors = missing.map((field) => new GraphqlRequestError('missing-value', '', field));
      return;
    }
    this.submitting = true;
    this.errors = [];
    try {
      const { createClass } = await requestGraphql(createClassMutation, { name, level });
      form.reset();
      this.dispatchEvent(new ClassCreatedEvent(createClass));
    } catch (error) {
      this.errors = [toRequestError(error)];
    } finally {
      this.submitting = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-class-create-form': ClassCreateForm;
  }
}
