import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHostDatabase, type HostDatabase, hostDatabases } from '../support/host-database.js';
import {
  hostPort,
  LRS_CLIENT,
  type RestartableHost,
  startRestartableHost,
} from './restartable-host.js';
import { type SentBatch, StatementStream } from './statement-stream.js';

const AUTHORIZATION = `Basic ${Buffer.from(`${LRS_CLIENT.key}:${LRS_CLIENT.secret}`).toString('base64')}`;
// Milliseconds between the start of a 600-statement POST and each SIGKILL,
// so that kills land before, during and after that batch's transaction.
const KILL_DELAYS_MS = [5, 60, 100, 150];
const WRITERS = 4;
const ACKNOWLEDGED_BEFORE_KILL = 8;
const READERS = 8;

describe.each(hostDatabases)('statement durability on %s', (kind) => {
  let database: HostDatabase;
  let dataDir: string;
  let host: RestartableHost | undefined;

  beforeAll(async () => {
    database = await createHostDatabase(kind);
    dataDir = mkdtempSync(join(tmpdir(), 'fabrique-durability-'));
  });
  afterAll(async () => {
    await host?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('acknowledged statements survive kill -9', { timeout: 300_000 }, async () => {
    const everyBatch: SentBatch[] = [];
    host = await startRestartableHost(dataDir, await hostPort(0), database.environment);
    for (const [round, delayMs] of KILL_DELAYS_MS.entries()) {
      const kill = round + 1;
      const { batches, killedAt } = await writeUntilKilled(host, delayMs);
      everyBatch.push(...batches);
      host = await startRestartableHost(dataDir, await hostPort(kill), database.environment);

      const rejected = batches.filter((batch) => batch.outcome === 'rejected');
      expect(rejected.map((batch) => batch.failure)).toEqual([]);
      const unanswered = batches.filter((batch) => batch.outcome === 'unanswered');
      expect(unanswered.length).toBeGreaterThan(0);
      const failedBeforeKill = unanswered.filter((batch) => (batch.settledAt as number) < killedAt);
      expect(failedBeforeKill.map((batch) => batch.failure)).toEqual([]);
      const stored = await storedCounts(host, batches);
      for (const [index, batch] of batches.entries()) {
        const label = `${batch.method} of ${batch.ids.length}, ${batch.outcome}, before kill ${kill}`;
        const { byId, byRegistration } = stored[index] as StoredCount;
        if (batch.outcome === 'acknowledged') expect(byId, label).toBe(batch.ids.length);
        else expect([0, batch.ids.length], label).toContain(byId);
        expect(byRegistration, label).toBe(byId);
      }
    }
    // After the last restart, every acknowledged batch is still whole.
    const acknowledged = everyBatch.filter((batch) => batch.outcome === 'acknowledged');
    const counts = await inParallel(
      acknowledged.map((batch) => () => countByRegistration(host as RestartableHost, batch)),
    );
    expect(counts).toEqual(acknowledged.map((batch) => batch.ids.length));
  });
});

/**
 * Streams statements to `host` and sends SIGKILL to its PID `delayMs` after
 * a 600-statement POST starts, once enough requests were acknowledged, so
 * that the kill lands while batches are being written.
 */
async function writeUntilKilled(
  host: RestartableHost,
  delayMs: number,
): Promise<{ batches: SentBatch[]; killedAt: number }> {
  const stream = new StatementStream(host.url, AUTHORIZATION);
  const running = stream.run(WRITERS);
  await stream.whenInFlight(
    (batch) => batch.ids.length === 600 && stream.acknowledgedCount() >= ACKNOWLEDGED_BEFORE_KILL,
    delayMs,
  );
  stream.stop();
  const killedAt = performance.now();
  await host.kill();
  await running;
  return { batches: stream.batches, killedAt };
}

/**
 * Finds how much of each batch a host stores: how many of its ids
 * `GET ?statementId=` finds, and how many statements a query by the batch's
 * registration returns, which also needs the statements' filter keys.
 */
async function storedCounts(host: RestartableHost, batches: SentBatch[]): Promise<StoredCount[]> {
  const counts = batches.map(() => ({ byId: 0, byRegistration: 0 }));
  const lookups = batches.flatMap((batch, index) => [
    ...batch.ids.map((id) => async () => {
      if (await isStored(host, id)) (counts[index] as StoredCount).byId += 1;
    }),
    async () => {
      (counts[index] as StoredCount).byRegistration = await countByRegistration(host, batch);
    },
  ]);
  await inParallel(lookups);
  return counts;
}

/** Runs tasks with at most `READERS` at once, and returns their results in order. */
async function inParallel<T>(tasks: ReadonlyArray<() => Promise<T>>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const run = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: READERS }, run));
  return results;
}

interface StoredCount {
  byId: number;
  byRegistration: number;
}

async function isStored(host: RestartableHost, id: string): Promise<boolean> {
  const { status, body } = await getStatements(host, `statementId=${id}`);
  if (status === 404) return false;
  expect(status, body).toBe(200);
  expect((JSON.parse(body) as { id: string }).id).toBe(id);
  return true;
}

/** Counts the statements of a registration query, following `more` links. */
async function countByRegistration(host: RestartableHost, batch: SentBatch): Promise<number> {
  let count = 0;
  let query = `registration=${batch.registration}&format=ids`;
  while (query) {
    const { status, body } = await getStatements(host, query);
    expect(status, body).toBe(200);
    const page = JSON.parse(body) as { statements: Array<{ id: string }>; more: string };
    const ids = new Set(batch.ids);
    expect(page.statements.filter((statement) => !ids.has(statement.id))).toEqual([]);
    count += page.statements.length;
    query = page.more ? new URL(page.more, host.url).search.slice(1) : '';
  }
  return count;
}

async function getStatements(
  host: RestartableHost,
  query: string,
): Promise<{ status: number; body: string }> {
  const response = await fetch(`${host.url}/xapi/statements?${query}`, {
    headers: { Authorization: AUTHORIZATION, 'X-Experience-API-Version': '1.0.3' },
  });
  return { status: response.status, body: await response.text() };
}
