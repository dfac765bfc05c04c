import { FabriqueError } from '@fabrique/sdk';

/** The xAPI version this LRS speaks, sent in every answer's `X-Experience-API-Version`. */
export const XAPI_VERSION = '1.0.3';

/** Checks a request's `X-Experience-API-Version`: any 1.0.x is accepted. */
export function checkXapiVersionHeader(value: string | undefined): void {
  if (value === undefined) {
    throw new FabriqueError(
      'missing-xapi-version',
      400,
      'The X-Experience-API-Version header is missing; send 1.0.3.',
    );
  }
  if (!/^1\.0(\.\d+)?$/.test(value.trim())) {
    throw new FabriqueError(
      'unsupported-xapi-version',
      400,
      `X-Experience-API-Version ${value} is not supported; this LRS speaks 1.0.x.`,
    );
  }
}
