import type { SqlDialectName } from '../../db/sql-dialect.js';
import { createTestHost, type TestHost } from '../../testing/test-host.js';
import type { LrsScope } from '../lrs-client-store.js';

/** A test host with LRS clients of chosen scopes, for the document resource tests. */
export interface DocumentTestClient {
  host: TestHost;
  /**
   * Sends an xAPI request to `/xapi` + `path` as the client `key`, with the
   * version header. The default client has the `all` scope.
   */
  request(path: string, init?: RequestInit & { client?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** The agent most document tests use. */
export const TEST_AGENT = { objectType: 'Agent', mbox: 'mailto:learner@example.org' } as const;

/**
 * Starts a test host with one LRS client per entry of `clients` (key to
 * scopes), each with the secret `<key>-secret`, plus `full` with `all`.
 */
export async function startDocumentTestClient(
  dialect: SqlDialectName,
  clients: Record<string, LrsScope[]> = {},
): Promise<DocumentTestClient> {
  const host = await createTestHost(dialect);
  for (const [key, scopes] of Object.entries({ full: ['all'] as LrsScope[], ...clients })) {
    await host.services.lrsClients.upsert({ key, secret: `${key}-secret`, name: key, scopes });
  }
  return {
    host,
    request: async (path, init = {}) => {
      const { client = 'full', headers, ...rest } = init;
      const credentials = Buffer.from(`${client}:${client}-secret`).toString('base64');
      return host.app.request(`/xapi${path}`, {
        ...rest,
        headers: {
          Host: new URL(host.config.publicUrl).host,
          Authorization: `Basic ${credentials}`,
          'X-Experience-API-Version': '1.0.3',
          ...(headers as Record<string, string> | undefined),
        },
      });
    },
    close: () => host.close(),
  };
}

/**
 * Builds a query string from parameters. Objects such as `agent` are sent as
 * their JSON.
 */
export function queryString(parameters: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined) {
      query.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
  return `?${query}`;
}

/** Request options that send a JSON body. */
export function jsonBody(
  value: unknown,
  headers: Record<string, string> = {},
  method = 'POST',
): RequestInit {
  return {
    method,
    body: JSON.stringify(value),
    headers: { 'Content-Type': 'application/json', ...headers },
  };
}
