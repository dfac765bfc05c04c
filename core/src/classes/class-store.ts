import { randomUUID } from 'node:crypto';
import { FabriqueError, SCHOOL_LEVELS, type SchoolLevel } from '@fabrique/sdk';
import type { Kysely } from 'kysely';
import type { ClassTable, HostDatabase } from '../db/database-schema.js';
import { checkDisplayText } from '../text/display-text.js';
import { generateJoinCode } from './join-code.js';

/** A class of a school, with its join code. */
export interface ClassRecord {
  id: string;
  schoolId: string;
  name: string;
  level: SchoolLevel;
  joinCode: string;
  createdAt: string;
}

const MAX_JOIN_CODE_ATTEMPTS = 8;

/** Classes and the adults who teach them. */
export class ClassStore {
  constructor(private readonly db: Kysely<HostDatabase>) {}

  /** Creates a class with a fresh join code; its creator teaches it. */
  async create(input: {
    schoolId: string;
    name: string;
    level: string;
    teacherId: string;
  }): Promise<ClassRecord> {
    const name = checkDisplayText(input.name, {
      field: 'name',
      min: 1,
      max: 80,
      code: 'invalid-class-name',
    });
    if (!SCHOOL_LEVELS.includes(input.level as SchoolLevel)) {
      throw new FabriqueError(
        'invalid-school-level',
        400,
        `Unknown school level "${input.level}"; expected one of ${SCHOOL_LEVELS.join(', ')}.`,
        { field: 'level' },
      );
    }
    for (let attempt = 0; attempt < MAX_JOIN_CODE_ATTEMPTS; attempt++) {
      const record: ClassRecord = {
        id: randomUUID(),
        schoolId: input.schoolId,
        name,
        level: input.level as SchoolLevel,
        joinCode: generateJoinCode(),
        createdAt: new Date().toISOString(),
      };
      if (await this.findByJoinCode(record.joinCode)) continue;
      await this.db.transaction().execute(async (trx) => {
        await trx.insertInto('classes').values(toRow(record, input.teacherId)).execute();
        await trx
          .insertInto('class_teachers')
          .values({ class_id: record.id, user_id: input.teacherId })
          .execute();
      });
      return record;
    }
    throw new FabriqueError('join-code-exhausted', 503, 'No free join code was found; try again.');
  }

  async findById(id: string): Promise<ClassRecord | undefined> {
    const row = await this.db
      .selectFrom('classes')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async findByJoinCode(joinCode: string): Promise<ClassRecord | undefined> {
    const row = await this.db
      .selectFrom('classes')
      .selectAll()
      .where('join_code', '=', joinCode)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Lists the classes an adult teaches, by name. */
  async listTaughtBy(userId: string): Promise<ClassRecord[]> {
    const rows = await this.db
      .selectFrom('classes')
      .innerJoin('class_teachers', 'class_teachers.class_id', 'classes.id')
      .selectAll('classes')
      .where('class_teachers.user_id', '=', userId)
      .orderBy('classes.name')
      .execute();
    return rows.map(toRecord);
  }

  async listBySchool(schoolId: string): Promise<ClassRecord[]> {
    const rows = await this.db
      .selectFrom('classes')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('name')
      .execute();
    return rows.map(toRecord);
  }

  async isTaughtBy(classId: string, userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('class_teachers')
      .select('class_id')
      .where('class_id', '=', classId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
  }
}

function toRow(record: ClassRecord, createdBy: string): ClassTable {
  return {
    id: record.id,
    school_id: record.schoolId,
    name: record.name,
    level: record.level,
    join_code: record.joinCode,
    created_by: createdBy,
    created_at: record.createdAt,
  };
}

function toRecord(row: ClassTable): ClassRecord {
  return {
    id: row.id,
    schoolId: row.school_id,
    name: row.name,
    level: row.level as SchoolLevel,
    joinCode: row.join_code,
    createdAt: row.created_at,
  };
}
