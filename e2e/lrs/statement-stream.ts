import { randomUUID } from 'node:crypto';

/** A request of the stream: its statement ids, and its outcome as the client saw it. */
export interface SentBatch {
  ids: string[];
  /** The `context.registration` that every statement of the batch shares. */
  registration: string;
  method: 'POST' | 'PUT';
  /**
   * `acknowledged`: the host responded 200 (POST) or 204 (PUT). `unanswered`:
   * the connection failed before a status arrived. `rejected`: any other
   * status, or a POST response that lists other ids than those sent.
   */
  outcome: 'pending' | 'acknowledged' | 'unanswered' | 'rejected';
  /** The status and body of a rejected request, or the network error of an unanswered one. */
  failure?: string;
  /** `performance.now()` when the outcome was known. */
  settledAt?: number;
}

/** A wait for a matching request to be in flight, set by `StatementStream.whenInFlight`. */
type InFlightWatch = {
  matches: (batch: SentBatch) => boolean;
  delayMs: number;
  resolve: () => void;
};

// POST batches of these sizes in turn, and every fifth request is a PUT of
// one statement. The host inserts statement rows 500 at a time, so a batch of
// 600 takes two INSERTs and would show a write that is not atomic.
const BATCH_SIZES = [600, 1, 40, 100];
const PUT_EVERY = 5;

/**
 * Writes statements to an LRS from several concurrent writers without
 * pause, and records every request's ids and outcome, until `stop`.
 */
export class StatementStream {
  readonly batches: SentBatch[] = [];
  private stopping = false;
  private requests = 0;
  private watch: InFlightWatch | undefined;

  constructor(
    private readonly url: string,
    private readonly authorization: string,
  ) {}

  /** Runs `writers` concurrent writers, and resolves when all have stopped. */
  async run(writers: number): Promise<void> {
    await Promise.all(Array.from({ length: writers }, () => this.write()));
  }

  /** Makes the writers stop after the requests they have under way. */
  stop(): void {
    this.stopping = true;
  }

  /** Counts the requests that the host acknowledged. */
  acknowledgedCount(): number {
    return this.batches.filter((batch) => batch.outcome === 'acknowledged').length;
  }

  /** Resolves `delayMs` after the next request that `matches` was sent. */
  whenInFlight(matches: (batch: SentBatch) => boolean, delayMs: number): Promise<void> {
    return new Promise((resolve) => {
      this.watch = { matches, delayMs, resolve };
    });
  }

  private async write(): Promise<void> {
    while (!this.stopping) {
      const number = this.requests++;
      const method = number % PUT_EVERY === PUT_EVERY - 1 ? 'PUT' : 'POST';
      const size = method === 'PUT' ? 1 : (BATCH_SIZES[number % BATCH_SIZES.length] as number);
      const registration = randomUUID();
      const statements = Array.from({ length: size }, () => statementFor(number, registration));
      const batch: SentBatch = {
        ids: statements.map((item) => item.id),
        registration,
        method,
        outcome: 'pending',
      };
      this.batches.push(batch);
      const sending = this.send(batch, statements);
      this.notifyWatch(batch);
      await sending;
    }
  }

  private async send(batch: SentBatch, statements: ReturnType<typeof statementFor>[]) {
    const query = batch.method === 'PUT' ? `?statementId=${batch.ids[0]}` : '';
    let response: Response;
    try {
      response = await fetch(`${this.url}/xapi/statements${query}`, {
        method: batch.method,
        headers: {
          Authorization: this.authorization,
          'X-Experience-API-Version': '1.0.3',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(batch.method === 'PUT' ? statements[0] : statements),
      });
    } catch (error) {
      batch.outcome = 'unanswered';
      batch.failure = `${String(error)}: ${String((error as Error).cause)}`;
      batch.settledAt = performance.now();
      return;
    }
    const expected = batch.method === 'PUT' ? 204 : 200;
    batch.outcome = response.status === expected ? 'acknowledged' : 'rejected';
    batch.settledAt = performance.now();
    // A body cut off by the kill leaves the status as the acknowledgement.
    const body = await response.text().catch(() => undefined);
    if (batch.outcome === 'rejected') {
      batch.failure = `${response.status} ${body?.slice(0, 300)}`;
    } else if (
      batch.method === 'POST' &&
      body !== undefined &&
      body !== JSON.stringify(batch.ids)
    ) {
      batch.outcome = 'rejected';
      batch.failure = `200 with other ids than those sent: ${body.slice(0, 300)}`;
    }
  }

  private notifyWatch(batch: SentBatch): void {
    const watch = this.watch;
    if (!watch?.matches(batch)) return;
    this.watch = undefined;
    setTimeout(watch.resolve, watch.delayMs);
  }
}

/** Builds a statement like a plugin's `answered` one, with its own id and a pupil chosen by the request number. */
function statementFor(requestNumber: number, registration: string) {
  return {
    id: randomUUID(),
    actor: {
      objectType: 'Agent',
      account: { homePage: 'https://fabrique.test', name: `pupil-${requestNumber % 30}` },
    },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'fr-FR': 'a répondu' } },
    object: {
      objectType: 'Activity',
      id: `https://fabrique.test/activities/exercise-${requestNumber % 12}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { 'fr-FR': `Exercice ${requestNumber % 12}` },
        interactionType: 'choice',
        correctResponsesPattern: ['b'],
        choices: [
          { id: 'a', description: { 'fr-FR': 'A' } },
          { id: 'b', description: { 'fr-FR': 'B' } },
        ],
      },
    },
    result: { success: true, response: 'b', score: { scaled: 1 }, duration: 'PT4.2S' },
    context: {
      registration,
      contextActivities: { parent: [{ id: 'https://fabrique.test/activities/module-1' }] },
    },
  };
}
