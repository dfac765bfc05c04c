import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { redirectIfSignedOut } from '../app/auth-redirect.js';
import { errorNotice } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { type GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import {
  forwardTargetsQuery,
  retryDeadForwardsMutation,
} from '../graphql/operations/lrs-forwarding-operations.js';
import type { DeadForward, ForwardTarget } from '../graphql/schemas/lrs-forward-target-schema.js';
import { currentLocale } from '../i18n/ui-locale.js';
import { describeForwardFilter } from './forward-filter-text.js';

/** Outcome of the last retry, shown in the card of its target. */
type RetryOutcome =
  | { readonly targetId: string; readonly count: number }
  | { readonly targetId: string; readonly error: GraphqlRequestError };

/**
 * The host's LRS forwarding targets, for an admin. Each shows where
 * statements are copied, how many wait and which were given up on, with a
 * button that queues those again. Targets themselves are managed with the
 * `fabrique-admin lrs-forward` command. Texts from the targets (addresses,
 * errors) are shown as text.
 */
@localized()
@customElement('fab-lrs-forwarding-section')
export class LrsForwardingSection extends LightDomElement {
  @state() private targets: readonly ForwardTarget[] | undefined = undefined;
  @state() private error: GraphqlRequestError | undefined = undefined;
  @state() private retryingId = '';
  @state() private retryOutcome: RetryOutcome | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override render() {
    return html`
      <section class="lrs-forwarding" aria-labelledby="lrs-forwarding-title" data-testid="lrs-forwarding">
        <h2 id="lrs-forwarding-title">${msg("Transfert des traces vers d'autres LRS", { id: 'forwarding.title' })}</h2>
        <p class="hint">
          ${msg('Les destinations se gèrent sur le serveur avec la commande', { id: 'forwarding.managed-by' })}
          <code>fabrique-admin lrs-forward</code>.
        </p>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody() {
    const targets = this.targets;
    if (targets === undefined) {
      return this.error === undefined
        ? html`<p class="loading" role="status">${msg('Chargement…', { id: 'common.loading' })}</p>`
        : errorNotice(this.error);
    }
    if (targets.length === 0) {
      return html`<p data-testid="lrs-forward-none">${msg('Aucune destination de transfert.', { id: 'forwarding.none' })}</p>`;
    }
    return targets.map((target) => this.#renderTarget(target));
  }

  #renderTarget(target: ForwardTarget) {
    const numbers = new Intl.NumberFormat(currentLocale());
    const titleId = `lrs-forward-target-title-${target.id}`;
    return html`<article class="card forward-target" aria-labelledby=${titleId}
      data-testid="lrs-forward-target-${target.id}">
      <h3 id=${titleId}>${target.name}</h3>
      <dl class="forward-facts">
        <dt>${msg('Adresse', { id: 'forwarding.endpoint' })}</dt>
        <dd><code>${target.endpoint}</code></dd>
        <dt>${msg('État', { id: 'forwarding.state' })}</dt>
        <dd>${
          target.enabled
            ? msg('Active', { id: 'forwarding.enabled' })
            : msg("En pause : rien n'est envoyé et les nouvelles traces ne sont pas ajoutées", {
                id: 'forwarding.disabled',
              })
        }</dd>
        <dt>${msg('Traces transférées', { id: 'forwarding.filter' })}</dt>
        <dd><ul class="forward-filter">${describeForwardFilter(target.filter).map((line) => html`<li>${line}</li>`)}</ul></dd>
        <dt>${msg('En attente', { id: 'forwarding.pending' })}</dt>
        <dd data-testid="lrs-forward-pending-${target.id}">${numbers.format(target.pendingCount)}</dd>
        <dt>${msg('Abandonnées', { id: 'forwarding.dead' })}</dt>
        <dd data-testid="lrs-forward-dead-${target.id}">${numbers.format(target.deadCount)}</dd>
      </dl>
      ${this.#renderRetryOutcome(target.id)}
      ${target.deadCount > 0 ? this.#renderDead(target) : nothing}
    </article>`;
  }

  #renderDead(target: ForwardTarget) {
    const shownCount = target.deadForwards.length;
    const caption =
      shownCount < target.deadCount
        ? msg(str`Traces abandonnées : les ${shownCount} plus récentes sur ${target.deadCount}`, {
            id: 'forwarding.dead-caption-partial',
          })
        : msg('Traces abandonnées', { id: 'forwarding.dead-caption' });
    return html`
      <div class="table-scroll">
        <table class="account-table dead-forward-table">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Identifiant de la trace', { id: 'forwarding.statement-id' })}</th>
              <th scope="col">${msg('Tentatives', { id: 'forwarding.attempts' })}</th>
              <th scope="col">${msg('Dernier essai', { id: 'forwarding.failed-at' })}</th>
              <th scope="col">${msg('Dernière erreur', { id: 'forwarding.last-error' })}</th>
            </tr>
          </thead>
          <tbody>
            ${target.deadForwards.map((row) => this.#renderDeadRow(row))}
          </tbody>
        </table>
      </div>
      <button type="button" class="primary" data-testid="lrs-forward-retry-${target.id}"
        ?disabled=${this.retryingId === target.id} @click=${() => this.#retry(target.id)}>
        ${msg('Renvoyer les traces abandonnées', { id: 'forwarding.retry' })}
      </button>
    `;
  }

  #renderDeadRow(row: DeadForward) {
    const failedAt = new Intl.DateTimeFormat(currentLocale(), {
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(new Date(row.failedAt));
    return html`<tr data-testid="lrs-dead-row-${row.statementId}">
      <th scope="row"><code>${row.statementId}</code></th>
      <td>${row.attempts}</td>
      <td><time datetime=${row.failedAt}>${failedAt}</time></td>
      <td class="forward-error">${row.lastError ?? '—'}</td>
    </tr>`;
  }

  #renderRetryOutcome(targetId: string) {
    const outcome = this.retryOutcome;
    if (outcome?.targetId !== targetId) {
      return nothing;
    }
    if ('error' in outcome) {
      return errorNotice(outcome.error);
    }
    return html`<p class="saved" role="status" data-testid="lrs-forward-retried-${targetId}">
      ${msg(str`Traces remises en file d'attente : ${outcome.count}.`, { id: 'forwarding.retried' })}
    </p>`;
  }

  async #load(): Promise<void> {
    try {
      const { lrsForwardTargets } = await requestGraphql(forwardTargetsQuery, {});
      this.targets = lrsForwardTargets;
      this.error = undefined;
    } catch (error) {
      const requestError = toRequestError(error);
      if (!redirectIfSignedOut(requestError, 'adult')) {
        this.error = requestError;
      }
    }
  }

  async #retry(targetId: string): Promise<void> {
    this.retryingId = targetId;
    this.retryOutcome = undefined;
    try {
      const { retryDeadForwards } = await requestGraphql(retryDeadForwardsMutation, { targetId });
      this.retryOutcome = { targetId, count: retryDeadForwards };
      await this.#load();
    } catch (error) {
      // A signed-out error is shown in place, with a link to log in again.
      this.retryOutcome = { targetId, error: toRequestError(error) };
    } finally {
      this.retryingId = '';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-lrs-forwarding-section': LrsForwardingSection;
  }
}
