import type { ClassRecord } from '../classes/class-store.js';
import type { PupilRecord } from '../classes/pupil-store.js';
import type { HostConfig } from '../config/config.js';
import type { HostServices } from '../host/host-services.js';
import type { IssuedSession, StoredSession } from '../identity/session-store.js';
import type { UserRecord } from '../identity/user-store.js';
import type { Logger } from '../logging/logger.js';

/** The sender of a GraphQL request. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'adult'; user: UserRecord; session: StoredSession; token: string }
  | {
      kind: 'pupil';
      pupil: PupilRecord;
      schoolClass: ClassRecord;
      session: StoredSession;
      token: string;
    };

/** Session cookies to set or clear on the response. */
export interface SessionCookies {
  issue(session: IssuedSession): void;
  clear(): void;
}

/** Context of every GraphQL resolver. */
export interface GraphqlContext {
  services: HostServices;
  config: HostConfig;
  logger: Logger;
  viewer: Viewer;
  /** `expired` when the request carried a session cookie that has expired. */
  sessionStatus: 'none' | 'valid' | 'expired';
  cookies: SessionCookies;
  locale: 'fr' | 'en';
  /** Network address of the client, for rate limits; never logged with a pupil id. */
  clientAddress: string;
}
