import { isClientPath } from './route-paths.js';

/** Window event fired after `navigate` changed the URL; `popstate` covers back and forward. */
export const NAVIGATION_EVENT = 'fab-navigation';

/** Moves to a path of the UI without reloading the page. */
export function navigate(path: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace) {
    history.replaceState(null, '', path);
  } else {
    history.pushState(null, '', path);
  }
  window.dispatchEvent(new Event(NAVIGATION_EVENT));
}

/**
 * Turns a plain left click on a same-origin link to a UI path into `navigate`.
 * Clicks with a modifier, on links with a target or `download`, and on
 * links to the server's own paths keep the browser's behaviour.
 */
export function handleLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) {
    return;
  }
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const anchor = event.target instanceof Element ? event.target.closest('a') : null;
  if (anchor === null || anchor.hasAttribute('download')) {
    return;
  }
  if (anchor.target !== '' && anchor.target !== '_self') {
    return;
  }
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || !isClientPath(url.pathname)) {
    return;
  }
  event.preventDefault();
  navigate(`${url.pathname}${url.search}${url.hash}`);
}
