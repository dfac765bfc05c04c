import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { errorNotice } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { setClassPluginMutation } from '../graphql/operations/class-operations.js';
import type { SettingValue } from '../graphql/schemas/plugin-setting-schema.js';
import type { ClassPlugin } from '../graphql/schemas/school-class-schema.js';
import { pickLanguage } from '../i18n/language-map.js';
import { currentLocale } from '../i18n/ui-locale.js';
import { routePaths } from '../router/route-paths.js';
import { renderDataUse } from './plugin-data-use-view.js';
import { renderSettingsForm, settingField } from './plugin-settings-form.js';

/** Whether a plugin is enabled and its settings, as saved or being saved. */
interface PluginChoice {
  readonly enabled: boolean;
  readonly settings: Readonly<Record<string, SettingValue>>;
}

/**
 * One installed plugin on the class page: the enable switch and the class
 * settings, each saved with `setClassPlugin` as soon as it changes, what the
 * plugin records and may do, and the dashboard link when it has one.
 */
@localized()
@customElement('fab-class-plugin-card')
export class ClassPluginCardElement extends LightDomElement {
  @property({ attribute: false }) classId = '';
  @property({ attribute: false }) classPlugin: ClassPlugin | undefined = undefined;
  @state() private saving = false;
  @state() private saved = false;
  @state() private error: GraphqlRequestError | undefined = undefined;
  /** Values being saved, shown until the host responds so that the controls do not flip back. */
  @state() private pending: PluginChoice | undefined = undefined;

  override render() {
    const classPlugin = this.classPlugin;
    if (classPlugin === undefined) {
      return nothing;
    }
    const { plugin } = classPlugin;
    const { enabled, settings } = this.pending ?? classPlugin;
    const locale = currentLocale();
    const toggleId = `plugin-toggle-${plugin.id}`;
    const settingKeys = plugin.settings.map((definition) => definition.key);
    const fieldErrors = [...settingKeys, ...settingKeys.map(settingField)];
    return html`
      <article class="card plugin-card" aria-labelledby="plugin-title-${plugin.id}">
        <header class="plugin-card-header">
          <h3 id="plugin-title-${plugin.id}">${pickLanguage(plugin.title, locale) || plugin.id}</h3>
          <span class="plugin-version">${msg(str`Version ${plugin.version}`, { id: 'plugin-card.version' })}</span>
        </header>
        <p class="plugin-description">${pickLanguage(plugin.description, locale)}</p>
        <div class="switch">
          <input id=${toggleId} type="checkbox" role="switch" data-testid=${toggleId}
            .checked=${live(enabled)} ?disabled=${this.saving}
            @change=${(event: Event) => this.#save((event.currentTarget as HTMLInputElement).checked, settings)} />
          <label for=${toggleId}>${msg('Ouverte à la classe', { id: 'plugin-card.enabled' })}</label>
        </div>
        ${this.saved ? html`<p class="saved" role="status">${msg('Enregistré', { id: 'common.saved' })}</p>` : nothing}
        ${errorNotice(this.error, fieldErrors)}
        ${renderSettingsForm({
          pluginId: plugin.id,
          definitions: plugin.settings,
          values: settings,
          locale,
          disabled: this.saving,
          error: this.error,
          change: (key, value) => this.#changeSetting(key, value),
        })}
        ${
          enabled && plugin.hasDashboard
            ? html`<a class="button-link" href=${routePaths.dashboard(this.classId, plugin.id)}
              data-testid="dashboard-link-${plugin.id}">${msg('Voir le tableau de bord', { id: 'plugin-card.dashboard' })}</a>`
            : nothing
        }
        ${renderDataUse(plugin.capabilities, plugin.dataUse, locale)}
      </article>
    `;
  }

  #changeSetting(key: string, value: SettingValue | undefined): void {
    const classPlugin = this.classPlugin;
    if (classPlugin === undefined) {
      return;
    }
    if (value === undefined) {
      this.saved = false;
      this.error = new GraphqlRequestError('setting-out-of-range', '', settingField(key));
      return;
    }
    const current = this.pending ?? classPlugin;
    void this.#save(current.enabled, { ...current.settings, [key]: value });
  }

  async #save(enabled: boolean, settings: Readonly<Record<string, SettingValue>>): Promise<void> {
    const classPlugin = this.classPlugin;
    if (classPlugin === undefined) {
      return;
    }
    this.saving = true;
    this.saved = false;
    this.error = undefined;
    this.pending = { enabled, settings };
    try {
      const { setClassPlugin } = await requestGraphql(setClassPluginMutation, {
        classId: this.classId,
        pluginId: classPlugin.plugin.id,
        enabled,
        settings: { ...settings },
      });
      this.classPlugin = setClassPlugin;
      this.saved = true;
    } catch (error) {
      // A signed-out error is shown here too, with a link to log in again
      // that comes back to this page.
      this.error = toRequestError(error);
    } finally {
      // Without pending values the controls show the saved ones again, which
      // puts them back after a failure.
      this.pending = undefined;
      this.saving = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-class-plugin-card': ClassPluginCardElement;
  }
}
