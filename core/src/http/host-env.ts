import type { HostConfig } from '../config/config.js';
import type { HostServices } from '../host/host-services.js';
import type { Logger } from '../logging/logger.js';
import type { LrsClient } from '../lrs/lrs-client-store.js';

/** Typed request context of the host's Hono apps. */
export interface HostEnv {
  Variables: {
    services: HostServices;
    config: HostConfig;
    logger: Logger;
    lrsClient: LrsClient;
  };
}
