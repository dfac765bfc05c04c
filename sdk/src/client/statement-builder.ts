import { checkDuration, checkIri, checkScore, checkTimestamp, checkUuid } from './draft-checks.js';
import { PluginClientError } from './plugin-client-error.js';
import type {
  ActivityDefinitionDraft,
  ActivityReference,
  JsonValue,
  LanguageMap,
  ResultDraft,
  ScoreDraft,
  StatementDraft,
} from './statement-draft.js';

type DraftParts = { -readonly [K in keyof StatementDraft]?: StatementDraft[K] };

/**
 * Immutable builder of a statement draft: every method returns a new builder
 * and leaves the receiver unchanged, so a partly built statement can be shared
 * and extended. Each method checks its argument (IRIs, UUID, ISO 8601 duration,
 * score bounds) and throws `PluginClientError` with code `invalid-statement`
 * at the call that is wrong. Start one with {@link statement}.
 *
 * @example
 * const answered = statement()
 *   .verb('http://adlnet.gov/expapi/verbs/answered', { en: 'answered' })
 *   .activity(client.activityId('quiz/3'), { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'numeric' })
 *   .response('7')
 *   .success(true);
 * await client.emit(answered);
 */
export class StatementBuilder {
  #draft: DraftParts = {};

  /** Sets the statement id, a UUID. Without one, `PluginClient.emit` draws one. */
  id(uuid: string): StatementBuilder {
    checkUuid('id', uuid);
    return this.#with({ id: uuid });
  }

  /** Sets the verb IRI and its optional display text. */
  verb(iri: string, display?: LanguageMap): StatementBuilder {
    checkIri('verb.id', iri);
    return this.#with({ verb: display === undefined ? { id: iri } : { id: iri, display } });
  }

  /** Sets the object: an activity id, usually from `PluginClient.activityId`, and its definition. */
  activity(id: string, definition: ActivityDefinitionDraft = {}): StatementBuilder {
    checkIri('object.id', id);
    if (definition.type !== undefined) {
      checkIri('object.definition.type', definition.type);
    }
    for (const key of Object.keys(definition.extensions ?? {})) {
      checkIri('object.definition.extensions', key);
    }
    const cleaned = withoutUndefined(definition);
    const object =
      Object.keys(cleaned).length === 0
        ? { objectType: 'Activity' as const, id }
        : { objectType: 'Activity' as const, id, definition: cleaned };
    return this.#with({ object });
  }

  /** Sets `result.response`, the learner's answer as text. */
  response(response: string): StatementBuilder {
    return this.#withResult({ response });
  }

  /** Sets `result.success`. */
  success(success: boolean): StatementBuilder {
    return this.#withResult({ success });
  }

  /** Sets `result.completion`. */
  completion(completion: boolean): StatementBuilder {
    return this.#withResult({ completion });
  }

  /** Sets `result.score`; `scaled` lies in -1..1 and `raw` between `min` and `max`. */
  score(score: ScoreDraft): StatementBuilder {
    const cleaned = withoutUndefined(score);
    checkScore(cleaned);
    return this.#withResult({ score: cleaned });
  }

  /** Sets `result.duration`, an ISO 8601 duration such as `PT4.2S` (see `isoDuration`). */
  duration(iso: string): StatementBuilder {
    checkDuration('result.duration', iso);
    return this.#withResult({ duration: iso });
  }

  /** Adds or replaces one `result.extensions` entry. */
  resultExtension(iri: string, value: JsonValue): StatementBuilder {
    checkIri('result.extensions', iri);
    const extensions = { ...this.#draft.result?.extensions, [iri]: value };
    return this.#withResult({ extensions });
  }

  /** Adds or replaces one `context.extensions` entry. */
  contextExtension(iri: string, value: JsonValue): StatementBuilder {
    checkIri('context.extensions', iri);
    const context = this.#draft.context ?? {};
    return this.#with({
      context: { ...context, extensions: { ...context.extensions, [iri]: value } },
    });
  }

  /** Adds an activity to `context.contextActivities.parent`, such as the series an item belongs to. */
  parent(activityId: string): StatementBuilder {
    checkIri('context.contextActivities.parent', activityId);
    const context = this.#draft.context ?? {};
    const activities = context.contextActivities ?? {};
    const parent: ActivityReference[] = [
      ...(activities.parent ?? []),
      { objectType: 'Activity', id: activityId },
    ];
    return this.#with({ context: { ...context, contextActivities: { ...activities, parent } } });
  }

  /** Sets when the experience happened; without it the host uses the time it stored the statement. */
  timestamp(time: Date | string): StatementBuilder {
    const iso = typeof time === 'string' ? time : time.toISOString();
    checkTimestamp('timestamp', iso);
    return this.#with({ timestamp: iso });
  }

  /**
   * Returns the draft as a new plain object, which later calls on this builder
   * never change.
   *
   * @throws PluginClientError `incomplete-statement` when the verb or the activity is missing.
   */
  build(): StatementDraft {
    const { verb, object } = this.#draft;
    if (verb === undefined || object === undefined) {
      const missing = verb === undefined ? 'verb' : 'activity';
      throw new PluginClientError(
        'incomplete-statement',
        `The statement has no ${missing}: call .${missing}() before .build() or emit().`,
        { missing },
      );
    }
    return structuredClone({ ...this.#draft, verb, object });
  }

  #with(parts: DraftParts): StatementBuilder {
    const next = new StatementBuilder();
    next.#draft = { ...this.#draft, ...parts };
    return next;
  }

  #withResult(parts: ResultDraft): StatementBuilder {
    return this.#with({ result: { ...this.#draft.result, ...parts } });
  }
}

/**
 * Starts an empty statement builder.
 *
 * @example
 * const experienced = statement()
 *   .verb('http://adlnet.gov/expapi/verbs/experienced')
 *   .activity(client.activityId('hello'), { type: 'http://adlnet.gov/expapi/activities/lesson' });
 * await client.emit(experienced);
 */
export function statement(): StatementBuilder {
  return new StatementBuilder();
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
