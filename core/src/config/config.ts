import { z } from 'zod';

/** Validated host configuration, read once from the environment at the entry point. */
export interface HostConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  pluginUrl: string;
  lrsBootstrapClient: { key: string; secret: string } | undefined;
  registryUrl: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** A configuration variable whose value is invalid, with the expected form. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const httpOrigin = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
  .transform((value) => value.replace(/\/+$/, ''));

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
  HOST: z
    .string()
    .regex(
      /^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/,
      'must be a host name, an IPv4 address or an IPv6 address',
    )
    .default('127.0.0.1'),
  FABRIQUE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  FABRIQUE_PUBLIC_URL: httpOrigin.optional(),
  FABRIQUE_PLUGIN_URL: httpOrigin.optional(),
  FABRIQUE_LRS_BOOTSTRAP_CLIENT: z
    .string()
    .regex(
      /^[A-Za-z0-9._-]{3,64}:.{8,256}$/,
      'must be key:secret, a key of 3 to 64 characters [A-Za-z0-9._-] and a secret of at least 8',
    )
    .optional(),
  FABRIQUE_REGISTRY_URL: httpOrigin.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * Reads and validates the host configuration from environment variables.
 *
 * @throws ConfigError naming the variable and the expected form of its value.
 */
export function readConfig(environment: Record<string, string | undefined>): HostConfig {
  const parsed = environmentSchema.safeParse(nonEmpty(environment));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const env = parsed.data;
  const reachableHost = WILDCARD_HOSTS.has(env.HOST) ? '127.0.0.1' : env.HOST;
  const publicUrl = env.FABRIQUE_PUBLIC_URL ?? `http://${hostForUrl(reachableHost)}:${env.PORT}`;
  const pluginUrl = env.FABRIQUE_PLUGIN_URL ?? defaultPluginUrl(publicUrl);
  if (new URL(pluginUrl).origin === new URL(publicUrl).origin) {
    throw new ConfigError(
      `Invalid configuration:\n  FABRIQUE_PLUGIN_URL: must be another origin than FABRIQUE_PUBLIC_URL (${publicUrl}), so that plugin frames cannot reach the host's pages`,
    );
  }
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: env.FABRIQUE_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    publicUrl,
    pluginUrl,
    lrsBootstrapClient: splitClient(env.FABRIQUE_LRS_BOOTSTRAP_CLIENT),
    registryUrl: env.FABRIQUE_REGISTRY_URL,
    logLevel: env.LOG_LEVEL,
  };
}

function nonEmpty(environment: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** Serves plugin frames on the same port under the other loopback name. */
function defaultPluginUrl(publicUrl: string): string {
  const url = new URL(publicUrl);
  if (url.hostname === '127.0.0.1') {
    url.hostname = 'localhost';
  } else if (url.hostname === 'localhost') {
    url.hostname = '127.0.0.1';
  } else {
    throw new ConfigError(
      `Invalid configuration:\n  FABRIQUE_PLUGIN_URL: required when the public URL (${publicUrl}) is not on loopback; set it to a separate origin that reaches this host, such as https://plugins.example.org`,
    );
  }
  return url.origin;
}

function splitClient(value: string | undefined): HostConfig['lrsBootstrapClient'] {
  if (value === undefined) return undefined;
  const colon = value.indexOf(':');
  return { key: value.slice(0, colon), secret: value.slice(colon + 1) };
}
