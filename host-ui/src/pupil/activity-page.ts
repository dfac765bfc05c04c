import { localized, msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { errorNotice } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { type GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { startLaunchMutation } from '../graphql/operations/launch-operations.js';
import { currentLocale } from '../i18n/ui-locale.js';
import { browserSessionStorage, recallJoinCode } from '../join/join-code-memory.js';
import type { FrameGateway } from '../plugin-frame/frame-incident.js';
import type { FrameLaunch } from '../plugin-frame/frame-mount.js';
import { navigate } from '../router/navigation.js';
import { routePaths } from '../router/route-paths.js';
import { createGraphqlFrameGateway } from './graphql-frame-gateway.js';
import { type PupilExit, pupilExitOf, pupilExitPath } from './pupil-exit.js';
import '../plugin-frame/plugin-frame-element.js';

/**
 * One activity, full screen: starts a launch and mounts its frame under a
 * big back button. The pupil's session may end, or the activity may be
 * closed to the class, at the start or during play. The frame is then
 * removed, and the pupil goes back to the class's cards or to the launcher,
 * where an icon shows why.
 */
@localized()
@customElement('fab-activity-page')
export class ActivityPage extends LightDomElement {
  @property({ attribute: false }) pluginId = '';
  @state() private launch: FrameLaunch | undefined = undefined;
  @state() private error: GraphqlRequestError | undefined = undefined;
  readonly #gateway: FrameGateway = createGraphqlFrameGateway((reason) => this.#exit(reason));
  #exited = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pluginId')) {
      this.launch = undefined;
      this.error = undefined;
      this.#exited = false;
      void this.#start(this.pluginId);
    }
  }

  override render() {
    return html`
      <div class="activity-bar">
        <a class="back-button" href=${routePaths.launcher()} data-testid="back"
          aria-label=${msg('Retour aux activités', { id: 'activity.back' })}><span aria-hidden="true">⬅</span></a>
      </div>
      <h1 class="visually-hidden" tabindex="-1">${msg('Activité', { id: 'frame.title' })}</h1>
      ${errorNotice(this.error)}
      ${
        this.launch === undefined
          ? nothing
          : html`<fab-plugin-frame class="activity-frame" .launch=${this.launch} .gateway=${this.#gateway}
            @frame-finished=${this.#onFinished}></fab-plugin-frame>`
      }
    `;
  }

  async #start(pluginId: string): Promise<void> {
    const locale = currentLocale();
    try {
      const { startLaunch } = await requestGraphql(startLaunchMutation, { pluginId, locale });
      if (pluginId !== this.pluginId) {
        return;
      }
      // The plugin uses the language the host UI is shown in, whatever the host stored.
      this.launch = { ...startLaunch, session: { ...startLaunch.session, locale } };
    } catch (error) {
      const requestError = toRequestError(error);
      const reason = pupilExitOf(requestError.code);
      if (reason === undefined) {
        this.error = requestError;
      } else {
        this.#exit(reason);
      }
    }
  }

  // Several statements may fail at once, so the first failure decides where the pupil goes.
  #exit(reason: PupilExit): void {
    if (this.#exited || !this.isConnected) {
      return;
    }
    this.#exited = true;
    // Removing the frame element unmounts the frame and closes its port.
    this.launch = undefined;
    navigate(pupilExitPath(reason, recallJoinCode(browserSessionStorage())), { replace: true });
  }

  readonly #onFinished = (): void => {
    navigate(routePaths.launcher());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-activity-page': ActivityPage;
  }
}
