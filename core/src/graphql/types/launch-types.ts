import { FabriqueError, isLanguageTag, pluginActivityBase, type SessionInfo } from '@fabrique/sdk';
import { z } from 'zod';
import { frameDocumentPath } from '../../plugins/plugin-origin-routes.js';
import type { GraphqlContext } from '../graphql-context.js';
import type { HostSchemaBuilder } from '../schema-builder.js';
import { requirePlugin } from './plugin-types.js';

interface LaunchShape {
  id: string;
  frameUrl: string;
  pluginOrigin: string;
  session: SessionInfo;
}

const INCIDENT_KINDS = [
  'second-load',
  'bad-hello',
  'flood',
  'oversized',
  'protocol-violation',
] as const;

/** Registers launching a plugin and the statement gateway of a launch. */
export function registerLaunchTypes(builder: HostSchemaBuilder) {
  const launch = builder.objectRef<LaunchShape>('Launch').implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      frameUrl: t.exposeString('frameUrl'),
      pluginOrigin: t.exposeString('pluginOrigin'),
      session: t.field({ type: 'JSON', resolve: (value) => value.session }),
    }),
  });
  const recorded = builder.objectRef<{ id: string }>('RecordedStatement').implement({
    fields: (t) => ({ id: t.exposeID('id') }),
  });

  builder.mutationFields((t) => ({
    startLaunch: t.field({
      type: launch,
      authScopes: { pupil: true },
      args: {
        pluginId: t.arg.string({ required: true }),
        locale: t.arg.string({
          validate: z.string().refine(isLanguageTag, 'must be an RFC 5646 language tag'),
        }),
      },
      resolve: (_root, args, context) =>
        startLaunch(context, args.pluginId, args.locale ?? context.locale),
    }),
    recordStatement: t.field({
      type: recorded,
      authScopes: { pupil: true },
      args: {
        launchId: t.arg.id({ required: true }),
        draft: t.arg({ type: 'JSON', required: true }),
      },
      resolve: async (_root, args, context) => {
        const { launch: record, pupil } = await requireOwnLaunch(context, String(args.launchId));
        if (!context.services.statementSubmissions.take(record.id)) {
          context.logger.warn(
            { launchId: record.id, pluginId: record.pluginId },
            'statement rate over the limit',
          );
          throw new FabriqueError(
            'rate-limited',
            429,
            'Too many statements from this launch; slow down.',
          );
        }
        const plugin = await requirePlugin(context, record.pluginId);
        const enabled = await context.services.classPlugins.get(pupil.classId, plugin);
        if (!enabled.enabled) {
          throw new FabriqueError(
            'plugin-not-enabled',
            403,
            `Plugin ${plugin.id} is not enabled for this class.`,
          );
        }
        const id = await context.services.gateway.record({
          launch: record,
          plugin,
          draft: args.draft,
        });
        return { id };
      },
    }),
    reportFrameIncident: t.boolean({
      args: {
        launchId: t.arg.id({ required: true }),
        kind: t.arg.string({ required: true, validate: z.enum(INCIDENT_KINDS) }),
      },
      authScopes: { pupil: true },
      resolve: async (_root, args, context) => {
        const { launch: record, pupil } = await requireOwnLaunch(context, String(args.launchId));
        if (!context.services.incidentReports.take(record.id)) {
          throw new FabriqueError(
            'rate-limited',
            429,
            'Too many incident reports for this launch.',
          );
        }
        await context.services.audit.append({
          actor: `pupil:${pupil.id}`,
          action: 'frame.incident',
          target: `plugin:${record.pluginId}`,
          details: { kind: args.kind, version: record.pluginVersion, launchId: record.id },
        });
        context.logger.warn(
          { launchId: record.id, pluginId: record.pluginId, kind: args.kind },
          'plugin frame incident',
        );
        return true;
      },
    }),
  }));
}

async function startLaunch(
  context: GraphqlContext,
  pluginId: string,
  locale: string,
): Promise<LaunchShape> {
  const viewer = context.viewer;
  if (viewer.kind !== 'pupil')
    throw new FabriqueError('unauthenticated', 401, 'Join a class to continue.');
  const plugin = await requirePlugin(context, pluginId);
  const state = await context.services.classPlugins.get(viewer.pupil.classId, plugin);
  if (!state.enabled)
    throw new FabriqueError(
      'plugin-not-enabled',
      403,
      `Plugin ${pluginId} is not enabled for this class.`,
      { field: 'pluginId' },
    );
  const record = await context.services.launches.create({
    pupilId: viewer.pupil.id,
    classId: viewer.pupil.classId,
    pluginId,
    pluginVersion: plugin.version,
    locale,
  });
  context.logger.info({ launchId: record.id, pluginId, classId: record.classId }, 'launch started');
  return {
    id: record.id,
    frameUrl: `${context.config.pluginUrl}${frameDocumentPath(plugin.id, plugin.version, 'pupil')}`,
    pluginOrigin: context.config.pluginUrl,
    session: {
      entry: 'pupil',
      locale,
      level: viewer.schoolClass.level,
      learner: context.services.pseudonyms.forPupil(viewer.pupil.id, plugin.id),
      settings: state.settings,
      activityBase: pluginActivityBase(plugin.id),
    },
  };
}

async function requireOwnLaunch(context: GraphqlContext, launchId: string) {
  const viewer = context.viewer;
  if (viewer.kind !== 'pupil')
    throw new FabriqueError('unauthenticated', 401, 'Join a class to continue.');
  const launch = await context.services.launches.findById(launchId);
  if (!launch || launch.pupilId !== viewer.pupil.id)
    throw new FabriqueError('launch-not-found', 404, 'No such launch for this pupil.', {
      field: 'launchId',
    });
  return { launch, pupil: viewer.pupil };
}
