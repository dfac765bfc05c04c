import type { BenchHost } from './bench-host.js';
import type { HostClient } from './host-client.js';

/** Outcome of a timed run of statement POSTs. */
export interface IngestRun {
  statements: number;
  seconds: number;
  /** Statements per second. */
  rate: number;
}

/**
 * POSTs each pre-serialised batch to `/xapi/statements`, keeping
 * `concurrency` requests in flight, and times the whole run.
 *
 * @throws Error when the host responds to a request with a status other than 200.
 */
export async function postStatementBatches(
  host: BenchHost,
  bodies: readonly { json: string; count: number }[],
  concurrency: number,
): Promise<IngestRun> {
  const client = host.openClient();
  let next = 0;
  const sendAll = async () => {
    while (next < bodies.length) {
      const body = bodies[next++] as { json: string; count: number };
      await postStatements(client, body.json);
    }
  };
  try {
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, sendAll));
    const seconds = (performance.now() - started) / 1000;
    const statements = bodies.reduce((sum, body) => sum + body.count, 0);
    return { statements, seconds, rate: statements / seconds };
  } finally {
    client.close();
  }
}

async function postStatements(client: HostClient, json: string): Promise<void> {
  const response = await client.send('POST', '/xapi/statements', json);
  if (response.status !== 200) {
    throw new Error(
      `POST /xapi/statements failed with ${response.status}: ${response.body.slice(0, 500)}`,
    );
  }
}
