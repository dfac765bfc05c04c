import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { type HostConfig, readConfig } from '../config/config.js';
import type { SqlDialectName } from '../db/sql-dialect.js';
import { createHostServices, type HostServices } from '../host/host-services.js';
import { createHostApp } from '../http/host-app.js';
import type { HostEnv } from '../http/host-env.js';
import { type DemoSchool, seedDemoSchool } from '../seed/demo-school.js';
import { openTestDatabase, silentLogger } from './test-database.js';

/** An in-process host over a fresh database, answering through `app.request`. */
export interface TestHost {
  app: Hono<HostEnv>;
  services: HostServices;
  config: HostConfig;
  demo: DemoSchool;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts a test host on a fresh database with the demo school seeded. */
export async function createTestHost(
  dialect: SqlDialectName,
  environment: Record<string, string> = {},
): Promise<TestHost> {
  const database = await openTestDatabase(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-host-'));
  const config = readConfig({ FABRIQUE_DATA_DIR: dataDir, PORT: '8080', ...environment });
  const services = await createHostServices(database, config, silentLogger);
  const demo = await seedDemoSchool(services, { loopbackOnly: true }, silentLogger);
  const app = createHostApp({
    services,
    config,
    logger: silentLogger,
    uiDir: join(dataDir, 'no-ui'),
  });
  return {
    app,
    services,
    config,
    demo,
    dataDir,
    close: async () => {
      await database.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A GraphQL caller that keeps its cookies and sends the CSRF header, like the host UI. */
export class GraphqlSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly host: TestHost) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    const response = await this.host.app.request('/graphql', {
      method: 'POST',
      headers: {
        Host: new URL(this.host.config.publicUrl).host,
        'Content-Type': 'application/json',
        Cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(this.cookies.has('fabrique_csrf')
          ? { 'X-CSRF-Token': this.cookies.get('fabrique_csrf') as string }
          : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const cookie of response.headers.getSetCookie()) this.keepCookie(cookie);
    const body = (await response.json()) as {
      data?: T;
      errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
    };
    return {
      status: response.status,
      headers: response.headers,
      data: body.data,
      errors: body.errors,
      body,
    };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private keepCookie(header: string): void {
    const [pair] = header.split(';');
    const [name, ...rest] = (pair ?? '').split('=');
    const value = rest.join('=');
    if (!name) return;
    if (value === '' || /max-age=0/i.test(header)) this.cookies.delete(name.trim());
    else this.cookies.set(name.trim(), value);
  }
}
