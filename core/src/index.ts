/**
 * The Fabrique host as a library, for tests and custom entry points:
 * configuration, logger, and starting a host.
 */
export { ConfigError, type HostConfig, readConfig } from './config/config.js';
export { type RunningHost, type StartOptions, startHost } from './host/start-host.js';
export { createLogger, type Logger } from './logging/logger.js';
