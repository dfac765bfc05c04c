import { localized, msg, str } from '@lit/localize';
import { html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { redirectIfSignedOut } from '../app/auth-redirect.js';
import { errorNotice } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { schoolClassQuery } from '../graphql/operations/class-operations.js';
import type { SchoolClass } from '../graphql/schemas/school-class-schema.js';
import { formatJoinCode } from '../join/join-code.js';
import { routePaths } from '../router/route-paths.js';
import type { PupilRemovedEvent } from './pupil-row-element.js';
import './class-plugin-card-element.js';
import './pupil-row-element.js';

/** A class for its teacher: the join code, the pupils and the plugins. */
@localized()
@customElement('fab-class-page')
export class ClassPage extends LightDomElement {
  @property({ attribute: false }) classId = '';
  @state() private schoolClass: SchoolClass | undefined = undefined;
  @state() private error: GraphqlRequestError | undefined = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('classId')) {
      this.schoolClass = undefined;
      this.error = undefined;
      void this.#load(this.classId);
    }
  }

  override render() {
    const schoolClass = this.schoolClass;
    if (schoolClass === undefined) {
      return html`
        <p><a href=${routePaths.console()}>${msg('← Mes classes', { id: 'class.back' })}</a></p>
        ${
          this.error === undefined
            ? html`<p class="loading" role="status">${msg('Chargement…', { id: 'common.loading' })}</p>`
            : errorNotice(this.error)
        }
      `;
    }
    return html`
      <p><a href=${routePaths.console()}>${msg('← Mes classes', { id: 'class.back' })}</a></p>
      <h1 tabindex="-1">${schoolClass.name}
        <span class="class-level">${msg(str`Niveau ${schoolClass.level}`, { id: 'console.class-level' })}</span>
      </h1>
      <section class="card join-code-panel" aria-labelledby="join-code-title">
        <h2 id="join-code-title">${msg('Code pour rejoindre la classe', { id: 'class.join-code' })}</h2>
        <p class="join-code" data-testid="join-code">${formatJoinCode(schoolClass.joinCode)}</p>
        <p class="hint">${msg(str`Les élèves l'entrent sur ${window.location.host}${routePaths.join()}`, { id: 'class.join-hint' })}</p>
      </section>
      <section aria-labelledby="pupils-title">
        <h2 id="pupils-title">${msg(str`Élèves (${schoolClass.pupils.length})`, { id: 'class.pupils' })}</h2>
        ${
          schoolClass.pupils.length === 0
            ? html`<p class="empty">${msg("Aucun élève n'a encore rejoint la classe.", { id: 'class.no-pupil' })}</p>`
            : html`<ul class="pupil-list" @pupil-removed=${this.#onPupilRemoved}>
              ${schoolClass.pupils.map(
                (pupil) => html`<li data-testid="pupil-row-${pupil.id}">
                  <fab-pupil-row .pupil=${pupil}></fab-pupil-row></li>`,
              )}
            </ul>`
        }
      </section>
      <section aria-labelledby="plugins-title">
        <h2 id="plugins-title">${msg('Activités', { id: 'class.plugins' })}</h2>
        ${
          schoolClass.plugins.length === 0
            ? html`<p class="empty">${msg("Aucune activité n'est installée.", { id: 'class.no-plugin' })}</p>`
            : schoolClass.plugins.map(
                (classPlugin) => html`<fab-class-plugin-card .classId=${schoolClass.id}
                .classPlugin=${classPlugin}></fab-class-plugin-card>`,
              )
        }
      </section>
    `;
  }

  async #load(classId: string): Promise<void> {
    try {
      const data = await requestGraphql(schoolClassQuery, { id: classId });
      if (classId !== this.classId) {
        return;
      }
      if (data.schoolClass === null) {
        this.error = new GraphqlRequestError('class-not-found', '');
        return;
      }
      this.schoolClass = data.schoolClass;
    } catch (error) {
      const requestError = toRequestError(error);
      if (!redirectIfSignedOut(requestError, 'adult')) {
        this.error = requestError;
      }
    }
  }

  readonly #onPupilRemoved = (event: PupilRemovedEvent): void => {
    const schoolClass = this.schoolClass;
    if (schoolClass !== undefined) {
      const pupils = schoolClass.pupils.filter((pupil) => pupil.id !== event.pupilId);
      this.schoolClass = { ...schoolClass, pupils };
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-class-page': ClassPage;
  }
}
