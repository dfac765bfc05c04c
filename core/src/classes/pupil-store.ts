import { randomUUID } from 'node:crypto';
import { FabriqueError } from '@fabrique/sdk';
import type { Kysely } from 'kysely';
import type { HostDatabase, PupilTable } from '../db/database-schema.js';
import { checkDisplayText } from '../text/display-text.js';
import { findPictureCard } from './picture-cards.js';

/** A pupil: a picture card in a class, and a nickname only the teacher sees. */
export interface PupilRecord {
  id: string;
  classId: string;
  card: string;
  nickname: string | null;
  createdAt: string;
}

const MAX_NICKNAME_LENGTH = 40;

/** Pupils of classes. They have no account: a class code and a card identify them. */
export class PupilStore {
  constructor(private readonly db: Kysely<HostDatabase>) {}

  /**
   * Signs a pupil into a class with a card: the pupil who has that card, or a
   * new pupil when the card is free. Concurrent joins with the same free card
   * end with one pupil, because (class, card) is unique.
   */
  async join(classId: string, cardId: string): Promise<{ pupil: PupilRecord; created: boolean }> {
    if (!findPictureCard(cardId)) {
      throw new FabriqueError('invalid-card', 400, `Unknown picture card "${cardId}".`, {
        field: 'cardId',
      });
    }
    const existing = await this.findByCard(classId, cardId);
    if (existing) return { pupil: existing, created: false };
    const pupil: PupilRecord = {
      id: randomUUID(),
      classId,
      card: cardId,
      nickname: null,
      createdAt: new Date().toISOString(),
    };
    const inserted = await this.db
      .insertInto('pupils')
      .values({
        id: pupil.id,
        class_id: classId,
        card: cardId,
        nickname: null,
        created_at: pupil.createdAt,
      })
      .onConflict((conflict) => conflict.columns(['class_id', 'card']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { pupil, created: true };
    const winner = await this.findByCard(classId, cardId);
    if (!winner)
      throw new FabriqueError('card-taken', 409, 'This card was just taken; pick another.');
    return { pupil: winner, created: false };
  }

  async findById(id: string): Promise<PupilRecord | undefined> {
    const row = await this.db
      .selectFrom('pupils')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async listByClass(classId: string): Promise<PupilRecord[]> {
    const rows = await this.db
      .selectFrom('pupils')
      .selectAll()
      .where('class_id', '=', classId)
      .orderBy('created_at')
      .execute();
    return rows.map(toRecord);
  }

  /** Sets or clears (with `null` or blank) a pupil's nickname. */
  async setNickname(pupilId: string, nickname: string | null): Promise<PupilRecord> {
    const blank = nickname === null || nickname.trim() === '';
    const value = blank
      ? null
      : checkDisplayText(nickname, {
          field: 'nickname',
          min: 1,
          max: MAX_NICKNAME_LENGTH,
          code: 'invalid-nickname',
        });
    await this.db
      .updateTable('pupils')
      .set({ nickname: value })
      .where('id', '=', pupilId)
      .execute();
    const pupil = await this.findById(pupilId);
    if (!pupil) throw new FabriqueError('pupil-not-found', 404, 'No such pupil.');
    return pupil;
  }

  /** Removes a pupil, their sessions and launches; their statements stay, under a pseudonym. */
  async remove(pupilId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sessions').where('pupil_id', '=', pupilId).execute();
      await trx.deleteFrom('launches').where('pupil_id', '=', pupilId).execute();
      await trx.deleteFrom('pupils').where('id', '=', pupilId).execute();
    });
  }

  private async findByCard(classId: string, cardId: string): Promise<PupilRecord | undefined> {
    const row = await this.db
      .selectFrom('pupils')
      .selectAll()
      .where('class_id', '=', classId)
      .where('card', '=', cardId)
      .executeTakeFirst();
    return row && toRecord(row);
  }
}

function toRecord(row: PupilTable): PupilRecord {
  return {
    id: row.id,
    classId: row.class_id,
    card: row.card,
    nickname: row.nickname,
    createdAt: row.created_at,
  };
}
