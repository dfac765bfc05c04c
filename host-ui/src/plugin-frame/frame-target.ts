/**
 * Returns true when a frame URL may be mounted: http or https, without
 * credentials, on the launch's plugin origin, and not on the host's own
 * origin, where a frame would share the host's cookies and storage.
 */
export function isAllowedFrameTarget(
  frameUrl: string,
  pluginOrigin: string,
  hostOrigin: string,
): boolean {
  let url: URL;
  let expectedOrigin: string;
  try {
    url = new URL(frameUrl);
    expectedOrigin = new URL(pluginOrigin).origin;
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.origin === expectedOrigin &&
    url.origin !== hostOrigin
  );
}
