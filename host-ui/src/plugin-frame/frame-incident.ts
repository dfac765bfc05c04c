import type { ProtocolError } from '@fabrique/sdk';

/** Incident kinds accepted by the `reportFrameIncident` mutation. */
export type FrameIncidentKind =
  | 'second-load'
  | 'bad-hello'
  | 'flood'
  | 'oversized'
  | 'protocol-violation';

/** Result of recording one statement draft, as sent back to the plugin. */
export type StatementOutcome =
  | { readonly ok: true; readonly statementId: string }
  | { readonly ok: false; readonly error: ProtocolError };

/** Host server calls a mounted frame makes, keyed by the launch id. */
export interface FrameGateway {
  /** Sends a plugin's statement draft to the host, which completes, checks and stores it. */
  recordStatement(launchId: string, draft: Record<string, unknown>): Promise<StatementOutcome>;
  /** Records an incident of the launch. Failures are the gateway's to log, never the frame's. */
  reportFrameIncident(launchId: string, kind: FrameIncidentKind): Promise<void>;
}
