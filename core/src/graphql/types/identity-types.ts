import { FabriqueError } from '@fabrique/sdk';
import { z } from 'zod';
import { verifyPassword } from '../../identity/password-hash.js';
import type { UserRecord } from '../../identity/user-store.js';
import { checkDisplayText } from '../../text/display-text.js';
import type { GraphqlContext, Viewer } from '../graphql-context.js';
import type { HostSchemaBuilder } from '../schema-builder.js';
import type { PupilSelfShape } from './pupil-types.js';

const ROLES = ['ADMIN', 'TEACHER', 'RESEARCHER', 'REVIEWER'] as const;

/** The `Viewer` object type, returned by login and joining mutations. */
export type ViewerRef = ReturnType<typeof registerIdentityTypes>;

/** Registers users, the viewer, login, logout and account creation. */
export function registerIdentityTypes(
  builder: HostSchemaBuilder,
  pupilSelf: ReturnType<typeof builder.objectRef<PupilSelfShape>>,
) {
  const role = builder.enumType('Role', { values: ROLES });
  const user = builder.objectRef<UserRecord>('User').implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      email: t.exposeString('email'),
      displayName: t.exposeString('displayName'),
      role: t.field({
        type: role,
        resolve: (record) => record.role.toUpperCase() as (typeof ROLES)[number],
      }),
    }),
  });
  const viewerKind = builder.enumType('ViewerKind', { values: ['ADULT', 'PUPIL'] as const });
  const viewer = builder.objectRef<Exclude<Viewer, { kind: 'anonymous' }>>('Viewer').implement({
    fields: (t) => ({
      kind: t.field({
        type: viewerKind,
        resolve: (value) => (value.kind === 'adult' ? 'ADULT' : 'PUPIL'),
      }),
      user: t.field({
        type: user,
        nullable: true,
        resolve: (value) => (value.kind === 'adult' ? value.user : null),
      }),
      pupil: t.field({
        type: pupilSelf,
        nullable: true,
        resolve: (value) =>
          value.kind === 'pupil' ? { pupil: value.pupil, schoolClass: value.schoolClass } : null,
      }),
      csrfToken: t.string({ resolve: (value) => value.session.csrf_token }),
    }),
  });

  builder.queryFields((t) => ({
    viewer: t.field({
      type: viewer,
      nullable: true,
      resolve: (_root, _args, context) =>
        context.viewer.kind === 'anonymous' ? null : context.viewer,
    }),
    users: t.field({
      type: [user],
      authScopes: { admin: true },
      resolve: (_root, _args, context) =>
        context.services.users.listBySchool(adultOf(context).user.schoolId),
    }),
  }));

  builder.mutationFields((t) => ({
    login: t.field({
      type: viewer,
      args: {
        email: t.arg.string({ required: true, validate: z.string().trim().min(3).max(254) }),
        password: t.arg.string({ required: true, validate: z.string().min(1).max(1024) }),
      },
      resolve: async (_root, args, context) => login(context, args.email, args.password),
    }),
    logout: t.boolean({
      resolve: async (_root, _args, context) => {
        if (context.viewer.kind !== 'anonymous')
          await context.services.sessions.delete(context.viewer.token);
        context.cookies.clear();
        return true;
      },
    }),
    createUser: t.field({
      type: user,
      authScopes: { admin: true },
      args: {
        email: t.arg.string({ required: true, validate: z.string().trim().email().max(254) }),
        displayName: t.arg.string({ required: true, validate: z.string().trim().min(1).max(80) }),
        role: t.arg({ type: role, required: true }),
        password: t.arg.string({
          required: true,
          validate: z.string().min(12, 'must have at least 12 characters').max(1024),
        }),
      },
      resolve: async (_root, args, context) => {
        const admin = adultOf(context);
        if (await context.services.users.existsByEmail(args.email)) {
          throw new FabriqueError('email-taken', 409, `An account already uses ${args.email}.`, {
            field: 'email',
          });
        }
        const created = await context.services.users.create({
          schoolId: admin.user.schoolId,
          email: args.email,
          displayName: checkDisplayText(args.displayName, {
            field: 'displayName',
            min: 1,
            max: 80,
          }),
          role: args.role.toLowerCase() as UserRecord['role'],
          password: args.password,
        });
        await context.services.audit.append({
          actor: `user:${admin.user.id}`,
          action: 'user.create',
          target: `user:${created.id}`,
          details: { role: created.role },
        });
        return created;
      },
    }),
  }));
  return viewer;
}

async function login(
  context: GraphqlContext,
  email: string,
  password: string,
): Promise<Viewer & { kind: 'adult' }> {
  if (!context.services.loginAttempts.take(email.trim().toLowerCase())) {
    context.logger.warn({ event: 'login-rate-limited' }, 'login attempts over the limit');
    throw new FabriqueError(
      'too-many-attempts',
      429,
      'Too many login attempts for this account; wait a minute.',
      { field: 'email' },
    );
  }
  const account = await context.services.users.findForLogin(email);
  // A missing account still costs one hash, so timing does not tell which e-mails exist.
  const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !valid) {
    context.logger.info({ event: 'login-failed' }, 'login failed');
    throw new FabriqueError('invalid-credentials', 401, 'Wrong e-mail address or password.', {
      field: 'password',
    });
  }
  if (context.viewer.kind !== 'anonymous')
    await context.services.sessions.delete(context.viewer.token);
  const issued = await context.services.sessions.create({ userId: account.id });
  context.cookies.issue(issued);
  const found = await context.services.sessions.find(issued.token);
  if (found.status !== 'valid') throw new Error('A session created just now was not found.');
  const { passwordHash: _hash, ...user } = account;
  context.logger.info({ userId: user.id }, 'login');
  return { kind: 'adult', user, session: found.session, token: issued.token };
}

const DUMMY_HASH =
  '$scrypt$ln=17,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Returns the adult viewer; scope checks guarantee one on adult fields. */
export function adultOf(context: GraphqlContext): Viewer & { kind: 'adult' } {
  if (context.viewer.kind !== 'adult')
    throw new FabriqueError('unauthenticated', 401, 'Log in to continue.');
  return context.viewer;
}
