import { FabriqueError, parseStatementDraft } from '@fabrique/sdk';
import type { Logger } from '../logging/logger.js';
import type { StatementStore } from '../lrs/statement-store.js';
import type { InstalledPlugin } from '../plugins/plugin-store.js';
import type { LaunchRecord } from './launch-store.js';
import type { PseudonymService } from './pseudonym.js';
import { completeStatement } from './statement-completion.js';

/**
 * The only way a plugin's statements reach the LRS: parses the draft,
 * polices it against the manifest, completes it and stores it. A retry with
 * the plugin's own statement id from the same launch stores nothing new.
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
    locale: string;
  }): Promise<string> {
    const { launch, plugin } = input;
    const parsed = parseStatementDraft(input.draft);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      this.logger.info(
        { launchId: launch.id, pluginId: plugin.id, code: issue?.code, path: issue?.path },
        'statement draft rejected',
      );
      throw new FabriqueError(
        'statement-rejected',
        400,
        `Invalid statement draft: ${issue?.path}: ${issue?.message}`,
        { field: issue?.path ?? '', rule: issue?.code ?? '' },
      );
    }
    const statement = completeStatement(parsed.data, {
      manifest: plugin.manifest,
      publicUrl: this.publicUrl,
      launch,
      learner: this.pseudonyms.forPupil(launch.pupilId, plugin.id),
      locale: input.locale,
      now: new Date(),
    });
    const origin = await this.statements.findOrigin(statement.id);
    if (origin) {
      if (origin.registration === launch.id && origin.pluginId === plugin.id) return statement.id;
      throw new FabriqueError(
        'statement-conflict',
        409,
        `Statement id ${statement.id} is already used.`,
        { field: 'id' },
      );
    }
    await this.statements.insertBatch([
      { statement, pluginId: plugin.id, classId: launch.classId },
    ]);
    return statement.id;
  }
}
