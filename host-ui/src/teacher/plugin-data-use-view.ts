import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Capabilities, DataUse } from '../graphql/schemas/plugin-data-use-schema.js';
import { type LanguageMap, pickLanguage } from '../i18n/language-map.js';
import { dataCategoryName } from './data-category-names.js';
import { activityTypeName, verbName } from './xapi-vocabulary-names.js';

/**
 * Renders what a plugin records, why, for how long and whether the data are
 * sensitive, then what it may do, in plain words. Every text from the
 * manifest is rendered as text.
 */
export function renderDataUse(
  capabilities: Capabilities,
  dataUse: DataUse,
  locale: string,
): TemplateResult {
  return html`
    <section class="data-use">
      <h4>${msg('Données enregistrées', { id: 'data-use.title' })}</h4>
      ${
        dataUse === null
          ? html`<p>${msg("L'usage des données déclaré n'a pas pu être lu.", { id: 'data-use.unreadable' })}</p>`
          : renderDataUseList(dataUse, locale)
      }
      <h4>${msg("Ce que l'activité peut faire", { id: 'capabilities.title' })}</h4>
      ${
        capabilities === null
          ? html`<p>${msg("Les autorisations déclarées n'ont pas pu être lues.", { id: 'capabilities.unreadable' })}</p>`
          : renderCapabilities(capabilities, locale)
      }
    </section>
  `;
}

function renderDataUseList(dataUse: NonNullable<DataUse>, locale: string): TemplateResult {
  const days = new Intl.NumberFormat(locale).format(dataUse.retentionDays);
  return html`
    <dl class="data-use-list">
      <dt>${msg("Ce qu'elle enregistre", { id: 'data-use.categories' })}</dt>
      <dd>
        ${
          dataUse.categories.length === 0
            ? msg('Rien', { id: 'data-use.no-category' })
            : html`<ul>${dataUse.categories.map((category) => html`<li>${dataCategoryName(category)}</li>`)}</ul>`
        }
      </dd>
      <dt>${msg('Pourquoi', { id: 'data-use.purpose' })}</dt>
      <dd>${pickLanguage(dataUse.purpose, locale)}</dd>
      <dt>${msg('Combien de temps', { id: 'data-use.retention' })}</dt>
      <dd>${msg(str`${days} jours`, { id: 'data-use.retention-days' })}</dd>
      <dt>${msg('Données sensibles', { id: 'data-use.sensitive' })}</dt>
      <dd class=${dataUse.sensitive ? 'sensitive' : ''}>
        ${
          dataUse.sensitive
            ? msg('Oui : ces données demandent une protection renforcée.', {
                id: 'data-use.sensitive-yes',
              })
            : msg('Non', { id: 'data-use.sensitive-no' })
        }
      </dd>
    </dl>
  `;
}

function renderCapabilities(
  capabilities: NonNullable<Capabilities>,
  locale: string,
): TemplateResult {
  const verbs = capabilities.xapi?.verbs ?? [];
  const activityTypes = capabilities.xapi?.activityTypes ?? [];
  const storage = capabilities.storage;
  return html`
    <ul class="capability-list">
      ${verbs.map((verb) =>
        capability(
          msg(str`Enregistrer l'action « ${verbName(verb.id)} »`, { id: 'capabilities.verb' }),
          verb.reason,
          locale,
          verb.id,
        ),
      )}
      ${activityTypes.map((type) =>
        capability(
          msg(str`Décrire des activités de type « ${activityTypeName(type.id)} »`, {
            id: 'capabilities.activity-type',
          }),
          type.reason,
          locale,
          type.id,
        ),
      )}
      ${storage === undefined ? nothing : capability(storageText(storage.scope, storage.quotaBytes, locale), storage.reason, locale)}
      ${
        capabilities.microphone === undefined
          ? nothing
          : capability(
              msg('Utiliser le micro', { id: 'capabilities.microphone' }),
              capabilities.microphone.reason,
              locale,
            )
      }
      ${
        capabilities.camera === undefined
          ? nothing
          : capability(
              msg('Utiliser la caméra', { id: 'capabilities.camera' }),
              capabilities.camera.reason,
              locale,
            )
      }
    </ul>
  `;
}

function storageText(scope: 'pupil' | 'class', quotaBytes: number, locale: string): string {
  const quota = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(Math.ceil(quotaBytes / 1024));
  return scope === 'pupil'
    ? msg(str`Garder des données pour chaque élève (${quota} au plus)`, {
        id: 'capabilities.storage-pupil',
      })
    : msg(str`Garder des données pour la classe (${quota} au plus)`, {
        id: 'capabilities.storage-class',
      });
}

/** Renders one capability; `iri` is the declared verb or activity type, kept in the item's title. */
function capability(
  action: string,
  reason: LanguageMap,
  locale: string,
  iri?: string,
): TemplateResult {
  const reasonText = pickLanguage(reason, locale);
  const text =
    reasonText === ''
      ? action
      : msg(str`${action} : ${reasonText}`, { id: 'capabilities.with-reason' });
  return html`<li title=${iri ?? nothing}>${text}</li>`;
}
