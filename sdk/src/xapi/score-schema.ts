import { z } from 'zod';
import { addCrossPropertyIssue } from './xapi-issue.js';

interface ScoreValues {
  readonly scaled?: number | undefined;
  readonly raw?: number | undefined;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

function checkScore(score: ScoreValues, context: z.RefinementCtx) {
  const { scaled, raw, min, max } = score;
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) {
    reportOutOfRange(context, 'scaled', scaled, 'must be between -1 and 1 inclusive');
  }
  if (min !== undefined && max !== undefined && min >= max) {
    reportOutOfRange(context, 'min', min, `must be less than max (${max})`);
  }
  if (raw !== undefined && min !== undefined && raw < min) {
    reportOutOfRange(context, 'raw', raw, `must be at least min (${min})`);
  }
  if (raw !== undefined && max !== undefined && raw > max) {
    reportOutOfRange(context, 'raw', raw, `must be at most max (${max})`);
  }
}

function reportOutOfRange(context: z.RefinementCtx, property: string, value: number, rule: string) {
  addCrossPropertyIssue(context, {
    code: 'score-out-of-range',
    path: [property],
    input: value,
    rule: `${rule}, got ${value}`,
  });
}

/**
 * Schema of a score, whose properties are optional numbers. `scaled` is
 * between -1 and 1, `raw` is between `min` and `max` when they are given, and
 * `min` is less than `max`.
 */
export const scoreSchema = z
  .strictObject({
    scaled: z.number().optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine(checkScore);
