import type { Logger } from '../../logging/logger.js';
import { DEFAULT_FORWARD_BACKOFF, type ForwardBackoff, retryDelayMs } from './forward-backoff.js';
import { buildForwardPayload } from './forward-payload.js';
import {
  type ClaimedForward,
  type ForwardQueue,
  PAUSED_UNTIL,
  type StoredStatementText,
} from './forward-queue.js';
import { postToTarget } from './forward-request.js';
import type { ForwardTarget, ForwardTargetStore } from './forward-target-store.js';

/** Settings of the forwarding worker; tests shorten the times. */
export interface ForwardWorkerOptions {
  /** Pause between two looks at the queue when it had nothing more due, in milliseconds. */
  pollIntervalMs: number;
  /** Maximum statements in one request. */
  batchSize: number;
  /** Maximum bytes of statements and attachments in one request; a larger statement goes alone. */
  maxBatchBytes: number;
  /** Maximum queue rows claimed at once, over all targets. */
  claimLimit: number;
  requestTimeoutMs: number;
  /** How long claimed rows stay invisible to other processes; above the time to send a claim. */
  leaseMs: number;
  backoff: ForwardBackoff;
  now: () => Date;
  random: () => number;
}

/** Counts of one pass over the queue. */
export interface ForwardPass {
  sent: number;
  retried: number;
  dead: number;
}

const DEFAULT_OPTIONS: ForwardWorkerOptions = {
  pollIntervalMs: 2000,
  batchSize: 100,
  maxBatchBytes: 8 * 1024 * 1024,
  claimLimit: 500,
  requestTimeoutMs: 30_000,
  leaseMs: 5 * 60_000,
  backoff: DEFAULT_FORWARD_BACKOFF,
  now: () => new Date(),
  random: Math.random,
};

interface Batch {
  rows: ClaimedForward[];
  statements: StoredStatementText[];
}

/**
 * Sends queued statements to their targets in the background of the host.
 * It deletes the rows a target accepted and retries failures with
 * exponential backoff and jitter. A row is marked dead after its last
 * attempt, or at once when the target rejects the statement itself: a 409
 * means the target stores a different statement under that id.
 */
export class ForwardWorker {
  private readonly options: ForwardWorkerOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly queue: ForwardQueue,
    private readonly targets: ForwardTargetStore,
    private readonly logger: Logger,
    options: Partial<ForwardWorkerOptions> = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  /** Starts looking at the queue every `pollIntervalMs`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.logger.info({ pollIntervalMs: this.options.pollIntervalMs }, 'forwarding worker started');
    this.schedule(0);
  }

  /** Stops the worker and waits for the pass under way, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.logger.info('forwarding worker stopped');
  }

  /** Claims due rows once and forwards them; returns what happened. */
  async runOnce(): Promise<ForwardPass & { claimed: number }> {
    const now = this.options.now();
    const claimed = await this.queue.claimDue(
      now,
      this.options.claimLimit,
      new Date(now.getTime() + this.options.leaseMs),
    );
    const pass: ForwardPass = { sent: 0, retried: 0, dead: 0 };
    if (claimed.length === 0) return { ...pass, claimed: 0 };
    const targets = new Map(
      (await this.targets.listEnabled()).map((target) => [target.id, target]),
    );
    const byTarget = groupByTarget(claimed);
    await Promise.all(
      [...byTarget].map(async ([targetId, rows]) => {
        const target = targets.get(targetId);
        // Disabled between the claim and now: its rows wait until it is enabled.
        if (!target) return this.queue.release(rows, new Date(PAUSED_UNTIL));
        const result = await this.forwardToTarget(target, rows);
        pass.sent += result.sent;
        pass.retried += result.retried;
        pass.dead += result.dead;
      }),
    );
    return { ...pass, claimed: claimed.length };
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce().then(
        (pass) => {
          if (pass.sent + pass.retried + pass.dead > 0) this.logger.debug(pass, 'forwarding pass');
          this.schedule(pass.claimed >= this.options.claimLimit ? 0 : this.options.pollIntervalMs);
        },
        (error: unknown) => {
          this.logger.error({ err: error }, 'forwarding pass failed');
          this.schedule(this.options.pollIntervalMs);
        },
      );
    }, delayMs);
    this.timer.unref();
  }

  private async forwardToTarget(
    target: ForwardTarget,
    rows: ClaimedForward[],
  ): Promise<ForwardPass> {
    const pass: ForwardPass = { sent: 0, retried: 0, dead: 0 };
    const statements = await this.queue.loadStatements(rows.map((row) => row.statementSeq));
    const gone = rows.filter((row) => !statements.has(row.statementSeq));
    await this.queue.complete(gone);
    const batches = this.splitIntoBatches(
      rows.filter((row) => statements.has(row.statementSeq)),
      statements,
    );
    for (const [index, batch] of batches.entries()) {
      const retryAt = await this.sendBatch(target, batch, pass);
      if (retryAt !== undefined) {
        // The target is failing: the rest waits as long as the failed batch.
        await this.queue.release(
          batches.slice(index + 1).flatMap((later) => later.rows),
          retryAt,
        );
        break;
      }
    }
    return pass;
  }

  /** Sends one batch; returns the time of the next attempt when the target failed. */
  private async sendBatch(
    target: ForwardTarget,
    batch: Batch,
    pass: ForwardPass,
  ): Promise<Date | undefined> {
    const payload = buildForwardPayload(
      batch.statements.map((statement) => statement.json),
      batch.statements.flatMap((statement) => statement.parts),
    );
    const outcome = await postToTarget(target, payload, this.options.requestTimeoutMs);
    const now = this.options.now();
    if (outcome.kind === 'accepted') {
      await this.queue.complete(batch.rows);
      pass.sent += batch.rows.length;
      return undefined;
    }
    if (outcome.kind === 'rejected') {
      if (batch.rows.length > 1) return this.sendOneByOne(target, batch, pass);
      await this.queue.markDead(batch.rows, outcome.error, now, { countAttempt: true });
      pass.dead += 1;
      this.logger.error(
        { targetId: target.id, statementSeq: batch.rows[0]?.statementSeq, error: outcome.error },
        'forwarding target refused a statement; marked dead',
      );
      return undefined;
    }
    return this.recordFailure(target, batch, outcome, now, pass);
  }

  /** Finds which statements of a refused batch the target refuses, by sending each alone. */
  private async sendOneByOne(
    target: ForwardTarget,
    batch: Batch,
    pass: ForwardPass,
  ): Promise<Date | undefined> {
    for (const [index, row] of batch.rows.entries()) {
      const single = { rows: [row], statements: [batch.statements[index] as StoredStatementText] };
      const retryAt = await this.sendBatch(target, single, pass);
      if (retryAt !== undefined) {
        await this.queue.release(batch.rows.slice(index + 1), retryAt);
        return retryAt;
      }
    }
    return undefined;
  }

  private async recordFailure(
    target: ForwardTarget,
    batch: Batch,
    outcome: { error: string; retryAfterMs?: number },
    now: Date,
    pass: ForwardPass,
  ): Promise<Date> {
    const { backoff, random } = this.options;
    const nextAttemptAt = (failedAttempts: number) => {
      const delay = Math.max(
        retryDelayMs(backoff, failedAttempts, random),
        outcome.retryAfterMs ?? 0,
      );
      return new Date(now.getTime() + Math.min(delay, backoff.maxDelayMs));
    };
    const dead = await this.queue.fail(
      batch.rows,
      outcome.error,
      now,
      backoff.maxAttempts,
      nextAttemptAt,
    );
    pass.dead += dead.length;
    pass.retried += batch.rows.length - dead.length;
    const attempts = Math.max(...batch.rows.map((row) => row.attempts + 1));
    const retryAt = nextAttemptAt(attempts);
    this.logger[dead.length > 0 ? 'error' : 'warn'](
      {
        targetId: target.id,
        statements: batch.rows.length,
        attempts,
        dead: dead.length,
        error: outcome.error,
        retryAt: retryAt.toISOString(),
      },
      dead.length > 0 ? 'forwarding failed; rows out of attempts marked dead' : 'forwarding failed',
    );
    return retryAt;
  }

  private splitIntoBatches(
    rows: readonly ClaimedForward[],
    statements: ReadonlyMap<number, StoredStatementText>,
  ): Batch[] {
    const batches: Batch[] = [];
    let current: Batch = { rows: [], statements: [] };
    let bytes = 0;
    for (const row of rows) {
      const statement = statements.get(row.statementSeq) as StoredStatementText;
      const size =
        Buffer.byteLength(statement.json) +
        statement.parts.reduce((sum, part) => sum + part.content.byteLength, 0);
      const full =
        current.rows.length >= this.options.batchSize || bytes + size > this.options.maxBatchBytes;
      if (current.rows.length > 0 && full) {
        batches.push(current);
        current = { rows: [], statements: [] };
        bytes = 0;
      }
      current.rows.push(row);
      current.statements.push(statement);
      bytes += size;
    }
    if (current.rows.length > 0) batches.push(current);
    return batches;
  }
}

function groupByTarget(rows: readonly ClaimedForward[]): Map<string, ClaimedForward[]> {
  const groups = new Map<string, ClaimedForward[]>();
  for (const row of rows) {
    const group = groups.get(row.targetId) ?? [];
    group.push(row);
    groups.set(row.targetId, group);
  }
  return groups;
}
