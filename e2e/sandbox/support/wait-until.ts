/**
 * Polls `condition` every 100 ms until it returns true, also outside a test
 * body where `expect.poll` is not available (in `beforeAll`).
 *
 * @throws Error naming `description` when `timeoutMs` passes first.
 */
export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  description: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (
    !(await Promise.resolve()
      .then(condition)
      .catch(() => false))
  ) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}.`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
