import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import type { SettingDefinition, SettingValue } from '../graphql/schemas/plugin-setting-schema.js';
import { describeError } from '../i18n/error-messages.js';
import { pickLanguage } from '../i18n/language-map.js';

/** Options of one plugin's class settings form: its settings, their values and the change callback. */
export interface SettingsFormOptions {
  readonly pluginId: string;
  readonly definitions: readonly SettingDefinition[];
  readonly values: Readonly<Record<string, SettingValue>>;
  readonly locale: string;
  readonly disabled: boolean;
  /** An error whose `field` is a setting key or `settings.<key>` is shown beside that setting. */
  readonly error: GraphqlRequestError | undefined;
  readonly change: (key: string, value: SettingValue | undefined) => void;
}

/** Returns the field name of a setting in errors and `name` attributes. */
export function settingField(key: string): string {
  return `settings.${key}`;
}

/**
 * Renders the class settings a plugin declares: a choice as a select, an
 * integer as a number input bounded by min and max, a boolean as a checkbox.
 * An integer that does not parse or is out of bounds reaches `change` as undefined.
 */
export function renderSettingsForm(options: SettingsFormOptions): TemplateResult {
  if (options.definitions.length === 0) {
    return html`<p class="hint">${msg("Cette activité n'a pas de réglage.", { id: 'settings.none' })}</p>`;
  }
  return html`
    <fieldset class="settings" ?disabled=${options.disabled}>
      <legend>${msg('Réglages pour la classe', { id: 'settings.legend' })}</legend>
      ${options.definitions.map((definition) => renderSetting(definition, options))}
    </fieldset>
  `;
}

function renderSetting(
  definition: SettingDefinition,
  options: SettingsFormOptions,
): TemplateResult {
  const id = `setting-${options.pluginId}-${definition.key}`;
  const errorId = `${id}-error`;
  const error = settingError(options.error, definition.key);
  const label = pickLanguage(definition.label, options.locale) || definition.key;
  const control = renderControl(definition, options, {
    id,
    testId: `plugin-setting-${options.pluginId}-${definition.key}`,
    field: settingField(definition.key),
    invalid: error !== undefined,
    errorId,
  });
  const message =
    error === undefined
      ? nothing
      : html`<p class="field-error" id=${errorId} role="alert" data-code=${error.code}>${describeError(error, label)}</p>`;
  if (definition.type === 'boolean') {
    return html`<div class="setting setting-boolean">${control}<label for=${id}>${label}</label>${message}</div>`;
  }
  return html`<div class="setting"><label for=${id}>${label}</label>${control}${message}</div>`;
}

/** Returns the error when it points at the setting `key`, as `key` or `settings.<key>`. */
export function settingError(
  error: GraphqlRequestError | undefined,
  key: string,
): GraphqlRequestError | undefined {
  return error?.field === key || error?.field === settingField(key) ? error : undefined;
}

interface ControlAttributes {
  readonly id: string;
  readonly testId: string;
  readonly field: string;
  readonly invalid: boolean;
  readonly errorId: string;
}

function renderControl(
  definition: SettingDefinition,
  options: SettingsFormOptions,
  attributes: ControlAttributes,
): TemplateResult {
  const { id, testId, field, invalid, errorId } = attributes;
  const current = options.values[definition.key];
  switch (definition.type) {
    case 'choice': {
      const value = typeof current === 'string' ? current : definition.default;
      return html`<select id=${id} name=${field} data-testid=${testId} aria-invalid=${invalid}
        aria-describedby=${invalid ? errorId : nothing} .value=${live(value)}
        @change=${(event: Event) => options.change(definition.key, (event.currentTarget as HTMLSelectElement).value)}>
        ${definition.options.map(
          (option) => html`<option value=${option.value} ?selected=${option.value === value}>
            ${pickLanguage(option.label, options.locale) || option.value}</option>`,
        )}
      </select>`;
    }
    case 'integer': {
      const value = typeof current === 'number' ? current : definition.default;
      return html`<input id=${id} name=${field} type="number" step="1" inputmode="numeric"
        min=${definition.min ?? ''} max=${definition.max ?? ''} data-testid=${testId}
        aria-invalid=${invalid} aria-describedby=${invalid ? errorId : nothing} .value=${live(String(value))}
        @change=${(event: Event) =>
          options.change(
            definition.key,
            readInteger((event.currentTarget as HTMLInputElement).value, definition),
          )} />`;
    }
    case 'boolean': {
      const value = typeof current === 'boolean' ? current : definition.default;
      return html`<input id=${id} name=${field} type="checkbox" data-testid=${testId}
        aria-invalid=${invalid} aria-describedby=${invalid ? errorId : nothing} .checked=${live(value)}
        @change=${(event: Event) => options.change(definition.key, (event.currentTarget as HTMLInputElement).checked)} />`;
    }
  }
}

/** Parses an integer setting, or returns undefined when it is not a whole number within bounds. */
export function readInteger(
  text: string,
  bounds: { readonly min?: number | undefined; readonly max?: number | undefined },
): number | undefined {
  if (!/^\s*-?\d+\s*$/.test(text)) {
    return undefined;
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    return undefined;
  }
  if (
    (bounds.min !== undefined && value < bounds.min) ||
    (bounds.max !== undefined && value > bounds.max)
  ) {
    return undefined;
  }
  return value;
}
