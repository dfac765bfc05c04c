import type { Frame } from 'playwright-core';

/**
 * One way for page code to send a request to `url`. `run` is serialized by
 * Playwright and evaluated in the page or frame, so it may use only its
 * argument and browser globals. `source` is JavaScript text evaluated in its
 * place, for code that the test runner would rewrite when it compiles this
 * file, such as `import()`. Both swallow their own errors, because the test judges
 * by what reaches the catching server, not by the errors the page gets.
 */
export type NetworkAttack =
  | { readonly name: string; readonly run: (url: string) => void | Promise<void> }
  | { readonly name: string; readonly source: (url: string) => string };

/** Runs `attack` in `target`, a Playwright page or frame, with `url`. */
export async function runNetworkAttack(
  target: Pick<Frame, 'evaluate'>,
  attack: NetworkAttack,
  url: string,
): Promise<void> {
  if ('source' in attack) {
    await target.evaluate(attack.source(url));
  } else {
    await target.evaluate(attack.run, url);
  }
}

/**
 * Requests of every kind that the plugin origin's CSP must block. Each `run`
 * is serialized alone, so entries repeat their element code instead of
 * sharing a helper.
 */
export const NETWORK_ATTACKS: readonly NetworkAttack[] = [
  {
    name: 'fetch',
    run: async (url) => {
      await fetch(url, { mode: 'no-cors', method: 'POST', body: 'secret' }).catch(() => {});
    },
  },
  {
    name: 'xhr',
    run: (url) => {
      const request = new XMLHttpRequest();
      request.open('GET', url);
      request.send();
    },
  },
  {
    name: 'websocket',
    run: (url) => {
      try {
        new WebSocket(url.replace(/^http/, 'ws'));
      } catch {}
    },
  },
  {
    name: 'eventsource',
    run: (url) => {
      try {
        new EventSource(url);
      } catch {}
    },
  },
  {
    name: 'beacon',
    run: (url) => {
      try {
        navigator.sendBeacon(url, 'secret');
      } catch {}
    },
  },
  {
    name: 'img',
    run: (url) => {
      const image = document.createElement('img');
      image.src = url;
      document.body.append(image);
    },
  },
  {
    name: 'script',
    run: (url) => {
      const script = document.createElement('script');
      script.src = url;
      document.body.append(script);
    },
  },
  {
    name: 'import',
    source: (url) => `import(${JSON.stringify(url)}).catch(() => {})`,
  },
  {
    name: 'stylesheet',
    run: (url) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = url;
      document.head.append(link);
    },
  },
  {
    name: 'css-import',
    run: (url) => {
      const style = document.createElement('style');
      style.textContent = `@import url("${url}");`;
      document.head.append(style);
    },
  },
  {
    name: 'css-background',
    run: (url) => {
      const box = document.createElement('div');
      box.textContent = 'box';
      box.style.backgroundImage = `url("${url}")`;
      document.body.append(box);
    },
  },
  {
    name: 'font',
    run: async (url) => {
      await new FontFace('attack-font', `url("${url}")`).load().catch(() => {});
    },
  },
  {
    name: 'prefetch',
    run: (url) => {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = url;
      document.head.append(link);
    },
  },
  {
    name: 'audio',
    run: (url) => {
      const audio = document.createElement('audio');
      audio.src = url;
      audio.preload = 'auto';
      document.body.append(audio);
    },
  },
  {
    name: 'worker',
    run: (url) => {
      try {
        new Worker(url);
      } catch {}
    },
  },
  {
    name: 'iframe',
    run: (url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
    },
  },
  {
    name: 'object',
    run: (url) => {
      const object = document.createElement('object');
      object.data = url;
      document.body.append(object);
    },
  },
  {
    name: 'form',
    run: (url) => {
      const form = document.createElement('form');
      form.action = url;
      form.method = 'post';
      form.target = '_blank';
      const field = document.createElement('input');
      field.name = 'secret';
      field.value = 'secret';
      form.append(field);
      document.body.append(form);
      form.submit();
    },
  },
];

/**
 * Starts WebRTC ICE gathering with the catching server as STUN server, which
 * sends UDP binding requests to it. No Content-Security-Policy directive
 * covers WebRTC, so only `Connection-Allowlist` stops it.
 */
export async function runStunAttack(port: number): Promise<void> {
  const connection = new RTCPeerConnection({ iceServers: [{ urls: `stun:127.0.0.1:${port}` }] });
  connection.createDataChannel('attack');
  await connection.setLocalDescription(await connection.createOffer());
  // Kept reachable so that gathering goes on after this function returns.
  (window as unknown as { attackConnection: RTCPeerConnection }).attackConnection = connection;
}
