import { createServer, type Server } from 'node:net';

/** First and last loopback port that the sandbox tests may listen on. */
export interface PortRange {
  readonly first: number;
  readonly last: number;
}

/**
 * Ports of the sandbox tests, `E2E_PORT_RANGE=first-last` or 18700-18799, so that
 * the host and the catching server stay inside a range that a firewall or a
 * shared machine can set aside.
 */
export function portRange(environment = process.env): PortRange {
  const match = /^(\d+)-(\d+)$/.exec(environment.E2E_PORT_RANGE ?? '18700-18799');
  const first = Number(match?.[1]);
  const last = Number(match?.[2]);
  if (!match || first < 1024 || last > 65_535 || first > last) {
    throw new Error(
      `Invalid E2E_PORT_RANGE ${environment.E2E_PORT_RANGE}: expected first-last, such as 18700-18799.`,
    );
  }
  return { first, last };
}

/**
 * Finds a port of the range that is free on 127.0.0.1 now. Another process may
 * take it before the caller binds it; a child process such as the host can only
 * be given a number.
 */
export async function freePortInRange(range = portRange()): Promise<number> {
  for (let port = range.first; port <= range.last; port++) {
    const server = createServer();
    if (await listenOnLoopback(server, port)) {
      await new Promise<void>((done) => server.close(() => done()));
      return port;
    }
  }
  throw new Error(`No free port on 127.0.0.1 between ${range.first} and ${range.last}.`);
}

/** Listens on `port` of 127.0.0.1 and returns true, or returns false when the port is taken. */
export function listenOnLoopback(
  server: Pick<Server, 'listen' | 'once' | 'off'>,
  port: number,
): Promise<boolean> {
  return new Promise((done) => {
    const onError = () => done(false);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      done(true);
    });
  });
}
