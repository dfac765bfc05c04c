import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { listenOnLoopback, portRange } from './loopback-port.js';

/** One HTTP request or WebSocket upgrade that reached the catching server. */
export interface CaughtRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly referer: string | undefined;
  readonly origin: string | undefined;
  readonly upgrade: boolean;
}

/**
 * A loopback server that responds to every request and records everything that
 * reaches it: HTTP requests with their Referer, WebSocket upgrades, TCP
 * connections (counted even when no request follows) and UDP datagrams on
 * the same port number (STUN binding requests of WebRTC).
 */
export interface CatchingServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly port: number;
  readonly requests: readonly CaughtRequest[];
  /** Requests whose URL contains `tag`, which each attack puts in its URLs. */
  requestsTagged(tag: string): CaughtRequest[];
  connectionCount(): number;
  datagramCount(): number;
  /** Forgets everything recorded so far. */
  clear(): void;
  close(): Promise<void>;
}

/**
 * Pages of the catching server. `/control` is an ordinary page, with no
 * sandbox and no CSP, to run attacks as a control. `/allowlisted` carries the
 * plugin origin's `Connection-Allowlist` header and nothing else.
 */
const PAGES: Record<string, Record<string, string>> = {
  '/control': {},
  '/allowlisted': { 'Connection-Allowlist': '(response-origin);webrtc=block' },
};
const EMPTY_PAGE = '<!doctype html><html><head><title>page</title></head><body></body></html>';

/** Starts a catching server on the first port of the range free for both TCP and UDP on 127.0.0.1. */
export async function startCatchingServer(range = portRange()): Promise<CatchingServer> {
  const requests: CaughtRequest[] = [];
  let connections = 0;
  let datagrams = 0;
  const http = createServer((request, response) => {
    requests.push(toCaughtRequest(request, false));
    const pageHeaders = PAGES[request.url ?? ''];
    if (pageHeaders !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...pageHeaders });
      response.end(EMPTY_PAGE);
      return;
    }
    response.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
    response.end();
  });
  http.on('connection', () => {
    connections += 1;
  });
  http.on('upgrade', (request, socket) => {
    requests.push(toCaughtRequest(request, true));
    socket.destroy();
  });
  const { port, udp } = await bindBoth(http, range);
  udp.on('message', () => {
    datagrams += 1;
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    requestsTagged: (tag) => requests.filter((request) => request.url.includes(tag)),
    connectionCount: () => connections,
    datagramCount: () => datagrams,
    clear: () => {
      requests.length = 0;
      connections = 0;
      datagrams = 0;
    },
    close: async () => {
      http.closeAllConnections();
      await new Promise<void>((done) => http.close(() => done()));
      await new Promise<void>((done) => udp.close(() => done()));
    },
  };
}

function toCaughtRequest(request: IncomingMessage, upgrade: boolean): CaughtRequest {
  return {
    method: request.method ?? '',
    url: request.url ?? '',
    referer: request.headers.referer,
    origin: request.headers.origin,
    upgrade,
  };
}

async function bindBoth(
  http: Server,
  range: { first: number; last: number },
): Promise<{ port: number; udp: UdpSocket }> {
  for (let port = range.first; port <= range.last; port++) {
    if (!(await listenOnLoopback(http, port))) continue;
    const udp = await bindUdp(port);
    if (udp) return { port, udp };
    await new Promise<void>((done) => http.close(() => done()));
  }
  throw new Error(
    `No port free for both TCP and UDP on 127.0.0.1 between ${range.first} and ${range.last}.`,
  );
}

function bindUdp(port: number): Promise<UdpSocket | undefined> {
  const socket = createSocket('udp4');
  return new Promise((done) => {
    socket.once('error', () => {
      socket.close();
      done(undefined);
    });
    socket.bind(port, '127.0.0.1', () => done(socket));
  });
}
