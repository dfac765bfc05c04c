import { localized, msg, str } from '@lit/localize';
import { html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { redirectIfSignedOut } from '../app/auth-redirect.js';
import { errorNotice } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { type GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { classDashboardQuery } from '../graphql/operations/dashboard-operations.js';
import type { Dashboard } from '../graphql/schemas/dashboard-schema.js';
import { pickLanguage } from '../i18n/language-map.js';
import { currentLocale } from '../i18n/ui-locale.js';
import { routePaths } from '../router/route-paths.js';
import { renderDashboardTable } from './dashboard-table.js';

interface LoadedDashboard {
  readonly className: string;
  readonly dashboard: Dashboard;
}

/** A plugin's dashboard for one class, as accessible tables. */
@localized()
@customElement('fab-dashboard-page')
export class DashboardPage extends LightDomElement {
  @property({ attribute: false }) classId = '';
  @property({ attribute: false }) pluginId = '';
  @state() private loaded: LoadedDashboard | undefined = undefined;
  @state() private error: GraphqlRequestError | undefined = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('classId') || changed.has('pluginId')) {
      this.loaded = undefined;
      this.error = undefined;
      void this.#load(this.classId, this.pluginId);
    }
  }

  override render() {
    const back = html`<p><a href=${routePaths.schoolClass(this.classId)}>
      ${msg('← Retour à la classe', { id: 'dashboard.back' })}</a></p>`;
    if (this.loaded === undefined) {
      return html`${back}${
        this.error === undefined
          ? html`<p class="loading" role="status">${msg('Chargement…', { id: 'common.loading' })}</p>`
          : errorNotice(this.error)
      }`;
    }
    const { className, dashboard } = this.loaded;
    const locale = currentLocale();
    const numbers = new Intl.NumberFormat(locale);
    const title = pickLanguage(dashboard.plugin.title, locale) || dashboard.plugin.id;
    return html`
      ${back}
      <h1 tabindex="-1">${msg(str`Tableau de bord : ${title}`, { id: 'dashboard.title' })}</h1>
      <p class="dashboard-class">${className}</p>
      <dl class="dashboard-summary">
        <div><dt>${msg('Élèves', { id: 'dashboard.pupil-count' })}</dt>
          <dd data-testid="dashboard-pupil-count">${numbers.format(dashboard.pupilCount)}</dd></div>
        <div><dt>${msg('Traces utilisées par ce tableau de bord', { id: 'dashboard.statement-count' })}</dt>
          <dd data-testid="dashboard-statement-count">${numbers.format(dashboard.statementCount)}</dd></div>
      </dl>
      ${
        dashboard.tables.length === 0
          ? html`<p class="empty">${msg("Ce tableau de bord n'a pas de tableau.", { id: 'dashboard.no-table' })}</p>`
          : dashboard.tables.map((table) => renderDashboardTable(table, locale))
      }
    `;
  }

  async #load(classId: string, pluginId: string): Promise<void> {
    try {
      const data = await requestGraphql(classDashboardQuery, { classId, pluginId });
      if (classId !== this.classId || pluginId !== this.pluginId) {
        return;
      }
      this.loaded = {
        className: data.schoolClass?.name ?? '',
        dashboard: data.classDashboard,
      };
    } catch (error) {
      const requestError = toRequestError(error);
      if (!redirectIfSignedOut(requestError, 'adult')) {
        this.error = requestError;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-dashboard-page': DashboardPage;
  }
}
