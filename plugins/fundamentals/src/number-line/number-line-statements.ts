import {
  ADL_ACTIVITY_TYPES,
  ADL_VERBS,
  fabriqueExtension,
  isoDuration,
  type PluginClient,
  type StatementBuilder,
  statement,
} from '@fabrique/sdk/client';
import type { NumberLineRange } from './number-line-range.js';
import type { AnsweredItem, SeriesSummary } from './number-line-series.js';

/** Extension IRIs of the number line statements. */
export const NUMBER_LINE_EXTENSIONS = {
  /** Result extension: percent absolute error of the estimate, rounded to 0.1. */
  percentAbsoluteError: fabriqueExtension('percent-absolute-error'),
  /** Context extension: the number the pupil was asked to place. */
  target: fabriqueExtension('target'),
  /** Context extension: the line's ends, `{ "min": 0, "max": 10 }`. */
  range: fabriqueExtension('number-line-range'),
  /** Context extension: the line as the teacher chose it, `"0-10"` or `"0-100"`, for dashboards. */
  line: fabriqueExtension('number-line'),
} as const;

/** The part of the client that names activities. */
export type ActivityNamer = Pick<PluginClient, 'activityId'>;

/** Returns the activity id of a series on a line, such as `.../number-line/0-10`. */
export function seriesActivityId(namer: ActivityNamer, range: NumberLineRange): string {
  return namer.activityId(`number-line/${range.key}`);
}

/** Returns the activity id of one target on a line, such as `.../number-line/0-10/7`. */
export function itemActivityId(
  namer: ActivityNamer,
  range: NumberLineRange,
  target: number,
): string {
  return namer.activityId(`number-line/${range.key}/${target}`);
}

/**
 * Builds the `answered` statement of one item: the response is the estimate,
 * success and percent absolute error come from the score, and the context
 * names the target, the line and the series as parent.
 */
export function answeredStatement(
  namer: ActivityNamer,
  range: NumberLineRange,
  item: AnsweredItem,
): StatementBuilder {
  const low = Math.max(range.min, item.target - range.tolerance);
  const high = Math.min(range.max, item.target + range.tolerance);
  return statement()
    .verb(ADL_VERBS.answered, { fr: 'a répondu', en: 'answered' })
    .activity(itemActivityId(namer, range, item.target), {
      type: ADL_ACTIVITY_TYPES.cmiInteraction,
      interactionType: 'numeric',
      name: {
        fr: `Placer ${item.target} sur la ligne de ${range.min} à ${range.max}`,
        en: `Place ${item.target} on the line from ${range.min} to ${range.max}`,
      },
      // xAPI numeric pattern "low:high": every estimate in that interval succeeds.
      correctResponsesPattern: [`${low}:${high}`],
    })
    .response(String(item.estimate))
    .success(item.score.success)
    .duration(isoDuration(item.durationMs))
    .resultExtension(NUMBER_LINE_EXTENSIONS.percentAbsoluteError, item.score.percentAbsoluteError)
    .contextExtension(NUMBER_LINE_EXTENSIONS.target, item.target)
    .contextExtension(NUMBER_LINE_EXTENSIONS.range, { min: range.min, max: range.max })
    .contextExtension(NUMBER_LINE_EXTENSIONS.line, range.key)
    .parent(seriesActivityId(namer, range));
}

/**
 * Builds the `completed` statement of a series: the scaled score is the share
 * of successful answers, and the raw score their number.
 */
export function completedStatement(
  namer: ActivityNamer,
  range: NumberLineRange,
  summary: SeriesSummary,
): StatementBuilder {
  return statement()
    .verb(ADL_VERBS.completed, { fr: 'a terminé', en: 'completed' })
    .activity(seriesActivityId(namer, range), {
      type: ADL_ACTIVITY_TYPES.assessment,
      name: {
        fr: `Ligne numérique de ${range.min} à ${range.max}`,
        en: `Number line from ${range.min} to ${range.max}`,
      },
    })
    .score({ scaled: summary.scaled, raw: summary.successes, min: 0, max: summary.items })
    .completion(true)
    .duration(isoDuration(summary.durationMs))
    .contextExtension(NUMBER_LINE_EXTENSIONS.range, { min: range.min, max: range.max });
}
