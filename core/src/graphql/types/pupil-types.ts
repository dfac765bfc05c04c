import { FabriqueError } from '@fabrique/sdk';
import { z } from 'zod';
import type { ClassRecord } from '../../classes/class-store.js';
import { normaliseJoinCode } from '../../classes/join-code.js';
import { findPictureCard, PICTURE_CARDS, type PictureCard } from '../../classes/picture-cards.js';
import type { PupilRecord } from '../../classes/pupil-store.js';
import type { GraphqlContext } from '../graphql-context.js';
import type { HostSchemaBuilder } from '../schema-builder.js';
import type { ViewerRef } from './identity-types.js';

/** The signed-in pupil's own record and class. */
export interface PupilSelfShape {
  pupil: PupilRecord;
  schoolClass: ClassRecord;
}

/** Creates the object refs shared by pupil and class types. */
export function createPupilRefs(builder: HostSchemaBuilder) {
  return {
    pictureCard: builder.objectRef<PictureCard>('PictureCard'),
    pupil: builder.objectRef<PupilRecord>('Pupil'),
    pupilSelf: builder.objectRef<PupilSelfShape>('PupilSelf'),
  };
}

/** Registers picture cards, pupils, joining a class by code and card. */
export function registerPupilTypes(
  builder: HostSchemaBuilder,
  refs: ReturnType<typeof createPupilRefs>,
  viewer: ViewerRef,
) {
  refs.pictureCard.implement({
    fields: (t) => ({
      id: t.exposeString('id'),
      emoji: t.exposeString('emoji'),
      label: t.field({ type: 'JSON', resolve: (card) => card.label }),
    }),
  });
  refs.pupil.implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      card: t.field({ type: refs.pictureCard, resolve: (pupil) => cardOf(pupil.card) }),
      nickname: t.exposeString('nickname', { nullable: true }),
      joinedAt: t.field({ type: 'DateTime', resolve: (pupil) => pupil.createdAt }),
    }),
  });
  refs.pupilSelf.implement({
    fields: (t) => ({
      id: t.id({ resolve: (self) => self.pupil.id }),
      card: t.field({ type: refs.pictureCard, resolve: (self) => cardOf(self.pupil.card) }),
      className: t.string({ resolve: (self) => self.schoolClass.name }),
      classLevel: t.string({ resolve: (self) => self.schoolClass.level }),
    }),
  });
  const joinCard = builder.objectRef<{ card: PictureCard; taken: boolean }>('JoinCard').implement({
    fields: (t) => ({
      card: t.field({ type: refs.pictureCard, resolve: (value) => value.card }),
      taken: t.exposeBoolean('taken'),
    }),
  });
  const joinableClass = builder
    .objectRef<{ schoolClass: ClassRecord; taken: Set<string> }>('JoinableClass')
    .implement({
      fields: (t) => ({
        name: t.string({ resolve: (value) => value.schoolClass.name }),
        level: t.string({ resolve: (value) => value.schoolClass.level }),
        cards: t.field({
          type: [joinCard],
          resolve: (value) =>
            PICTURE_CARDS.map((card) => ({ card, taken: value.taken.has(card.id) })),
        }),
      }),
    });

  builder.queryFields((t) => ({
    pictureCards: t.field({ type: [refs.pictureCard], resolve: () => [...PICTURE_CARDS] }),
    joinableClass: t.field({
      type: joinableClass,
      nullable: true,
      args: { code: t.arg.string({ required: true, validate: z.string().max(32) }) },
      resolve: async (_root, args, context) => {
        const schoolClass = await findClassByCode(context, args.code, false);
        if (!schoolClass) return null;
        const pupils = await context.services.pupils.listByClass(schoolClass.id);
        return { schoolClass, taken: new Set(pupils.map((pupil) => pupil.card)) };
      },
    }),
  }));

  builder.mutationFields((t) => ({
    joinClass: t.field({
      type: viewer,
      args: {
        code: t.arg.string({ required: true, validate: z.string().max(32) }),
        cardId: t.arg.string({ required: true, validate: z.string().max(32) }),
      },
      resolve: async (_root, args, context) => {
        const schoolClass = await findClassByCode(context, args.code, true);
        if (!schoolClass)
          throw new FabriqueError(
            'invalid-join-code',
            404,
            `No class has the join code ${args.code}.`,
            { field: 'code' },
          );
        const { pupil, created } = await context.services.pupils.join(schoolClass.id, args.cardId);
        if (context.viewer.kind !== 'anonymous')
          await context.services.sessions.delete(context.viewer.token);
        const issued = await context.services.sessions.create({ pupilId: pupil.id });
        context.cookies.issue(issued);
        const found = await context.services.sessions.find(issued.token);
        if (found.status !== 'valid') throw new Error('A session created just now was not found.');
        context.logger.info(
          { classId: schoolClass.id, pupilId: pupil.id, created },
          'pupil joined',
        );
        return {
          kind: 'pupil' as const,
          pupil,
          schoolClass,
          session: found.session,
          token: issued.token,
        };
      },
    }),
  }));
}

function cardOf(id: string): PictureCard {
  const card = findPictureCard(id);
  if (!card) throw new Error(`Picture card ${id} is stored but not defined.`);
  return card;
}

/**
 * Finds a class by a typed code. Only codes that match no class count
 * towards the per-address limit, so a whole school behind one address can
 * join while guessing stays slow.
 */
async function findClassByCode(
  context: GraphqlContext,
  code: string,
  joining: boolean,
): Promise<ClassRecord | undefined> {
  const failures = context.services.joinFailures;
  if (failures.isExhausted(context.clientAddress)) {
    throw new FabriqueError(
      'too-many-attempts',
      429,
      'Too many wrong join codes from this network; wait a minute.',
      { field: 'code' },
    );
  }
  const normalised = normaliseJoinCode(code);
  if (!normalised && joining) {
    throw new FabriqueError(
      'invalid-join-code',
      400,
      `${code} is not a join code: 6 letters and digits.`,
      { field: 'code' },
    );
  }
  const found = normalised ? await context.services.classes.findByJoinCode(normalised) : undefined;
  if (!found) failures.take(context.clientAddress);
  return found;
}
