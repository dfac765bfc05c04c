import { FabriqueError } from '@fabrique/sdk';
import { z } from 'zod';
import type { ClassRecord } from '../../classes/class-store.js';
import type { GraphqlContext } from '../graphql-context.js';
import type { HostSchemaBuilder } from '../schema-builder.js';
import { adultOf } from './identity-types.js';
import type { createPluginRefs } from './plugin-types.js';
import type { createPupilRefs } from './pupil-types.js';

/** Registers classes, their pupils and plugins, and the teacher's class mutations. */
export function registerClassTypes(
  builder: HostSchemaBuilder,
  pupilRefs: ReturnType<typeof createPupilRefs>,
  pluginRefs: ReturnType<typeof createPluginRefs>,
) {
  const schoolClass = builder.objectRef<ClassRecord>('SchoolClass').implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      level: t.exposeString('level'),
      joinCode: t.exposeString('joinCode'),
      pupils: t.field({
        type: [pupilRefs.pupil],
        resolve: (record, _args, context) => context.services.pupils.listByClass(record.id),
      }),
      plugins: t.field({
        type: [pluginRefs.classPlugin],
        resolve: async (record, _args, context) => {
          const plugins = await context.services.plugins.list();
          return Promise.all(
            plugins.map(async (plugin) => ({
              plugin,
              state: await context.services.classPlugins.get(record.id, plugin),
            })),
          );
        },
      }),
    }),
  });

  builder.queryFields((t) => ({
    myClasses: t.field({
      type: [schoolClass],
      authScopes: { adult: true },
      resolve: (_root, _args, context) => {
        const { user } = adultOf(context);
        return user.role === 'admin'
          ? context.services.classes.listBySchool(user.schoolId)
          : context.services.classes.listTaughtBy(user.id);
      },
    }),
    schoolClass: t.field({
      type: schoolClass,
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      authScopes: (_root, args) => ({ teachesClass: String(args.id) }),
      resolve: (_root, args, context) => context.services.classes.findById(String(args.id)),
    }),
  }));

  builder.mutationFields((t) => ({
    createClass: t.field({
      type: schoolClass,
      authScopes: { teacher: true },
      args: {
        name: t.arg.string({ required: true, validate: z.string().trim().min(1).max(80) }),
        level: t.arg.string({ required: true }),
      },
      resolve: async (_root, args, context) => {
        const { user } = adultOf(context);
        const created = await context.services.classes.create({
          schoolId: user.schoolId,
          name: args.name,
          level: args.level,
          teacherId: user.id,
        });
        await context.services.audit.append({
          actor: `user:${user.id}`,
          action: 'class.create',
          target: `class:${created.id}`,
        });
        return created;
      },
    }),
    setPupilNickname: t.field({
      type: pupilRefs.pupil,
      authScopes: { teacher: true },
      args: { pupilId: t.arg.id({ required: true }), nickname: t.arg.string() },
      resolve: async (_root, args, context) => {
        await requireTeacherOfPupil(context, String(args.pupilId));
        return context.services.pupils.setNickname(String(args.pupilId), args.nickname ?? null);
      },
    }),
    removePupil: t.boolean({
      authScopes: { teacher: true },
      args: { pupilId: t.arg.id({ required: true }) },
      resolve: async (_root, args, context) => {
        const { user } = await requireTeacherOfPupil(context, String(args.pupilId));
        await context.services.pupils.remove(String(args.pupilId));
        await context.services.audit.append({
          actor: `user:${user.id}`,
          action: 'pupil.remove',
          target: `pupil:${args.pupilId}`,
        });
        return true;
      },
    }),
  }));
}

async function requireTeacherOfPupil(context: GraphqlContext, pupilId: string) {
  const adult = adultOf(context);
  const pupil = await context.services.pupils.findById(pupilId);
  const allowed = pupil && (await teachesOrAdministers(context, pupil.classId));
  if (!pupil || !allowed)
    throw new FabriqueError('pupil-not-found', 404, 'No such pupil in your classes.', {
      field: 'pupilId',
    });
  return adult;
}

async function teachesOrAdministers(context: GraphqlContext, classId: string): Promise<boolean> {
  const { user } = adultOf(context);
  const record = await context.services.classes.findById(classId);
  if (!record || record.schoolId !== user.schoolId) return false;
  return user.role === 'admin' || context.services.classes.isTaughtBy(classId, user.id);
}
