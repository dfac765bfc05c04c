import { createHmac } from 'node:crypto';

/**
 * Derives the pseudonym of a pupil for one plugin: an HMAC-SHA256 keyed by a
 * host secret, so that the same child gets a stable name within a plugin and
 * unrelated names in two plugins, and nobody without the key can link them.
 */
export class PseudonymService {
  constructor(private readonly key: Buffer) {}

  /** Returns 32 hexadecimal characters (128 bits). */
  forPupil(pupilId: string, pluginId: string): string {
    return createHmac('sha256', this.key)
      .update(`pupil\n${pupilId}\n${pluginId}`)
      .digest('hex')
      .slice(0, 32);
  }
}
