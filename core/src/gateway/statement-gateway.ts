import { FabriqueError, parseStatementDraft, type StatementDraft } from '@fabrique/sdk';
import type { Logger } from '../logging/logger.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../lrs/json-depth.js';
import { containsNulCharacter } from '../lrs/nul-character.js';
import type { StatementStore } from '../lrs/statements/statement-store.js';
import type { InstalledPlugin } from '../plugins/plugin-store.js';
import type { LaunchRecord } from './launch-store.js';
import type { PseudonymService } from './pseudonym.js';
import { completeStatement } from './statement-completion.js';

/**
 * The only way a plugin's statements reach the LRS: parses the draft,
 * polices it against the manifest, completes it and stores it. A retry of
 * the same draft with the plugin's own statement id stores nothing new, but a
 * different statement under a used id is rejected with `statement-conflict`.
 */
export class StatementGateway {
  constructor(
    private readonly statements: StatementStore,
    private readonly pseudonyms: PseudonymService,
    private readonly publicUrl: string,
    private readonly logger: Logger,
  ) {}

  async record(input: {
    launch: LaunchRecord;
    plugin: InstalledPlugin;
    draft: unknown;
  }): Promise<string> {
    const { launch, plugin } = input;
    const draft = this.parseDraft(input.draft, launch, plugin);
    const statement = completeStatement(draft, {
      manifest: plugin.manifest,
      publicUrl: this.publicUrl,
      launch,
      learner: this.pseudonyms.forPupil(launch.pupilId, plugin.id),
      locale: launch.locale,
      now: new Date(),
    });
    try {
      await this.statements.insertBatch([
        {
          statement,
          pluginId: plugin.id,
          classId: launch.classId,
          timestampAssigned: draft.timestamp === undefined,
        },
      ]);
    } catch (error) {
      if (error instanceof FabriqueError && error.code === 'statement-conflict') {
        this.logger.info(
          { launchId: launch.id, pluginId: plugin.id, statementId: statement.id },
          'statement id conflict',
        );
      }
      throw error;
    }
    return statement.id;
  }

  private parseDraft(
    value: unknown,
    launch: LaunchRecord,
    plugin: InstalledPlugin,
  ): StatementDraft {
    if (exceedsJsonDepth(value)) {
      throw new FabriqueError(
        'statement-rejected',
        400,
        `Invalid statement draft: values may nest at most ${MAX_JSON_DEPTH} levels deep.`,
        { field: 'draft', rule: 'too-deep' },
      );
    }
    if (containsNulCharacter(value)) {
      throw new FabriqueError(
        'statement-rejected',
        400,
        'Invalid statement draft: strings must not contain the NUL character (U+0000).',
        { field: 'draft', rule: 'nul-character' },
      );
    }
    const parsed = parseStatementDraft(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.issues[0];
    this.logger.info(
      { launchId: launch.id, pluginId: plugin.id, code: issue?.code, path: issue?.path },
      'statement draft rejected',
    );
    throw new FabriqueError(
      'statement-rejected',
      400,
      `Invalid statement draft: ${issue?.path || 'draft'}: ${issue?.message}`,
      { field: issue?.path || 'draft', rule: issue?.code ?? '' },
    );
  }
}
