/**
 * Headers of every response on the plugin origin. The CSP forbids every network
 * connection and allows scripts only from the plugin origin itself, with no
 * nonce and no 'strict-dynamic'. `Connection-Allowlist` is Chromium's header
 * that also closes navigation, WebRTC and preconnect hints, which no CSP
 * directive covers; browsers that do not know it ignore it.
 */
export function frameHeaders(hostOrigin: string): Record<string, string> {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${hostOrigin}`,
    'sandbox allow-scripts',
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'Connection-Allowlist': '(response-origin);webrtc=block',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), usb=(), serial=(), payment=(), display-capture=()',
    'Cache-Control': 'no-cache',
  };
}
