import {
  type Attachment,
  FabriqueError,
  parseStatement,
  type Statement,
  timestampToDate,
} from '@fabrique/sdk';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../json-depth.js';
import { sameStatement } from '../statements/statement-equivalence.js';
import type { StatementToStore } from '../statements/statement-store.js';
import { decodeCompactJws, JwsError, verifyWithCertificates } from './compact-jws.js';
import { mediaTypeEssence } from './media-type.js';

/** The attachment usageType that marks a statement's JWS signature. */
export const SIGNATURE_USAGE_TYPE = 'http://adlnet.gov/expapi/attachments/signature';

/**
 * Verifies every signature attachment of a statement. Its contentType must be
 * `application/octet-stream` and its part a JWS compact serialisation with
 * algorithm RS256, RS384 or RS512. The JWS payload must be the statement as
 * sent before the signature was added, and the signature must verify with
 * the `x5c` certificate when the header has one.
 *
 * @param contents attachment contents of the request by lower-case sha2
 * @throws FabriqueError `invalid-signature` (400) with the reason.
 */
export function verifyStatementSignatures(
  item: StatementToStore,
  contents: ReadonlyMap<string, Uint8Array>,
): void {
  const signatures = (item.statement.attachments ?? []).filter(isSignature);
  for (const attachment of signatures) {
    const fail = (reason: string) => invalidSignature(item.statement.id, attachment.sha2, reason);
    if (mediaTypeEssence(attachment.contentType) !== 'application/octet-stream') {
      throw fail(`its contentType is ${attachment.contentType}, not application/octet-stream`);
    }
    const content = contents.get(attachment.sha2.toLowerCase());
    if (content === undefined) {
      throw fail('no multipart/mixed part carries the JWS; send it with the statement');
    }
    try {
      const jws = decodeCompactJws(Buffer.from(content).toString('latin1'));
      checkSignedPayload(jws.payload, item);
      verifyWithCertificates(jws);
    } catch (error) {
      if (error instanceof JwsError) throw fail(error.message);
      throw error;
    }
  }
}

/** Tells whether an attachment is a statement signature. */
export function isSignature(attachment: Attachment): boolean {
  return attachment.usageType === SIGNATURE_USAGE_TYPE;
}

/**
 * Checks that a JWS payload is the statement received, before the LRS set
 * `id`, `timestamp`, `stored`, `authority` and `version` and before the
 * signature was attached. Timestamps compare as points in time and ids
 * without regard to case, as xAPI statement comparison allows.
 */
function checkSignedPayload(payload: unknown, item: StatementToStore): void {
  if (exceedsJsonDepth(payload)) {
    throw new JwsError(`the JWS payload nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
  const parsed = parseStatement(payload);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new JwsError(
      `the JWS payload is not a valid statement: ${issue?.path ?? ''} ${issue?.message ?? ''}`.trim(),
    );
  }
  const signed = parsed.data;
  const ignoreTimestamp = signed.timestamp === undefined && item.timestampAssigned === true;
  const same = sameStatement(comparable(signed, signed), comparable(item.statement, signed), {
    ignoreTimestamp,
  });
  if (!same) throw new JwsError('the JWS payload differs from the statement sent with it');
}

function comparable(statement: Statement, signed: Statement): Statement {
  const attachments = (statement.attachments ?? []).filter(
    (attachment) => !isSignature(attachment),
  );
  const timestamp = statement.timestamp && timestampToDate(statement.timestamp)?.toISOString();
  return {
    ...statement,
    id: signed.id === undefined ? undefined : statement.id?.toLowerCase(),
    timestamp: timestamp ?? statement.timestamp,
    attachments: attachments.length > 0 ? attachments : undefined,
  };
}

function invalidSignature(statementId: string, sha2: string, reason: string): FabriqueError {
  return new FabriqueError(
    'invalid-signature',
    400,
    `The signature ${sha2} of statement ${statementId} is invalid: ${reason}.`,
    { field: 'attachments', statementId, sha2, reason },
  );
}
