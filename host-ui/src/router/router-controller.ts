import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NAVIGATION_EVENT } from './navigation.js';
import { matchRoute, type Route } from './route-table.js';

/** Keeps its host's `route` in step with the URL and updates the host when it changes. */
export class RouterController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #route: Route = matchRoute(window.location.pathname);

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The route of the current URL. */
  get route(): Route {
    return this.#route;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onLocationChange);
    window.addEventListener(NAVIGATION_EVENT, this.#onLocationChange);
    this.#onLocationChange();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onLocationChange);
    window.removeEventListener(NAVIGATION_EVENT, this.#onLocationChange);
  }

  readonly #onLocationChange = (): void => {
    this.#route = matchRoute(window.location.pathname);
    this.#host.requestUpdate();
  };
}
