import type { Statement } from '@fabrique/sdk';
import { findPictureCard } from '../classes/picture-cards.js';
import type { PupilStore } from '../classes/pupil-store.js';
import type { PseudonymService } from '../gateway/pseudonym.js';
import type { StatementStore } from '../lrs/statements/statement-store.js';
import type { InstalledPlugin } from '../plugins/plugin-store.js';
import { type DashboardTable, evaluateQuery } from './dashboard-evaluation.js';
import type { Cell } from './statement-field.js';

/** A plugin's dashboard for one class, as the teacher sees it in the host console. */
export interface ClassDashboard {
  pupilCount: number;
  statementCount: number;
  tables: DashboardTable[];
}

/**
 * Computes a plugin's declared dashboard queries over its statements in a
 * class. Pupils appear under their nickname or card: the host resolves the
 * pseudonyms here, and the result goes only to the class's teachers.
 */
export class ClassDashboardService {
  constructor(
    private readonly statements: StatementStore,
    private readonly pupils: PupilStore,
    private readonly pseudonyms: PseudonymService,
  ) {}

  async compute(classId: string, plugin: InstalledPlugin): Promise<ClassDashboard> {
    const queries = plugin.manifest.dashboard?.queries ?? [];
    const verbs = [...new Set(queries.map((query) => query.verb))];
    const statements = await this.statements.listForClassPlugin(classId, plugin.id, verbs);
    const labels = await this.pupilLabels(classId, plugin.id);
    const pupilOf = (statement: Statement): Cell =>
      labels.get(statement.actor.account?.name ?? '') ?? null;
    const pupilsSeen = new Set(statements.map((statement) => statement.actor.account?.name));
    return {
      pupilCount: pupilsSeen.size,
      statementCount: statements.length,
      tables: queries.map((query) => evaluateQuery(query, statements, pupilOf)),
    };
  }

  private async pupilLabels(classId: string, pluginId: string): Promise<Map<string, string>> {
    const pupils = await this.pupils.listByClass(classId);
    return new Map(
      pupils.map((pupil) => {
        const card = findPictureCard(pupil.card);
        const label =
          pupil.nickname ?? `${card?.emoji ?? ''} ${card?.label.fr ?? pupil.card}`.trim();
        return [this.pseudonyms.forPupil(pupil.id, pluginId), label];
      }),
    );
  }
}
