import type { SqlDialectName } from '../db/sql-dialect.js';
import { createTestHost, type TestHost } from './test-host.js';

/** Key and secret of the LRS client that `createLrsTestHost` creates. */
export const TEST_LRS_CLIENT = { key: 'suite', secret: 'suite-secret' };

/** An in-process host with an LRS client, and a caller that sends its credentials. */
export interface LrsTestHost {
  host: TestHost;
  /** Sends a request to `/xapi{path}` with the Host, credentials, version and JSON type headers. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs statements and returns their ids; fails the test on another status than 200. */
  postStatements(statements: unknown[]): Promise<string[]>;
  close(): Promise<void>;
}

/** Starts a test host with the LRS client `TEST_LRS_CLIENT`, granted every scope. */
export async function createLrsTestHost(dialect: SqlDialectName): Promise<LrsTestHost> {
  const host = await createTestHost(dialect);
  await host.services.lrsClients.upsert({
    ...TEST_LRS_CLIENT,
    name: 'test suite',
    scopes: ['all'],
  });
  const authorization = `Basic ${Buffer.from(`${TEST_LRS_CLIENT.key}:${TEST_LRS_CLIENT.secret}`).toString('base64')}`;
  const request = async (path: string, init: RequestInit = {}) =>
    host.app.request(`/xapi${path}`, {
      ...init,
      headers: {
        Host: new URL(host.config.publicUrl).host,
        Authorization: authorization,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  return {
    host,
    request,
    async postStatements(statements) {
      const response = await request('/statements', {
        method: 'POST',
        body: JSON.stringify(statements),
      });
      if (response.status !== 200) {
        throw new Error(`POST /statements returned ${response.status}: ${await response.text()}`);
      }
      return (await response.json()) as string[];
    },
    close: () => host.close(),
  };
}
