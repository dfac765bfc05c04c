import { FabriqueError } from '@fabrique/sdk';
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, valueFromASTUntyped } from 'graphql';
import type { GraphqlContext } from './graphql-context.js';

/** JSON value of a `JSON` scalar. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/** Pothos type configuration of the host schema. */
export interface HostSchemaTypes {
  Context: GraphqlContext;
  DefaultFieldNullability: false;
  AuthScopes: {
    adult: boolean;
    admin: boolean;
    /** A teacher or an admin: the adults who run classes. */
    teacher: boolean;
    pupil: boolean;
    teachesClass: string;
  };
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
    DateTime: { Input: string; Output: string };
  };
}

/** Creates the Pothos builder with scope-auth, validation and dataloader. */
export function createSchemaBuilder() {
  const builder = new SchemaBuilder<HostSchemaTypes>({
    plugins: [ScopeAuthPlugin, ValidationPlugin, DataloaderPlugin],
    defaultFieldNullability: false,
    scopeAuth: {
      authScopes: (context) => ({
        adult: context.viewer.kind === 'adult',
        admin: context.viewer.kind === 'adult' && context.viewer.user.role === 'admin',
        teacher:
          context.viewer.kind === 'adult' &&
          ['teacher', 'admin'].includes(context.viewer.user.role),
        pupil: context.viewer.kind === 'pupil',
        teachesClass: (classId: string) => teachesClass(context, classId),
      }),
      unauthorizedError: (_parent, context) => unauthorizedError(context),
    },
    validation: {
      validationError: (result) => {
        const issue = result.issues[0];
        const field =
          issue?.path
            ?.map((segment) => (typeof segment === 'object' ? segment.key : segment))
            .join('.') ?? '';
        return new FabriqueError(
          'invalid-input',
          400,
          `${field}: ${issue?.message ?? 'invalid value'}`,
          { field },
        );
      },
    },
  });
  builder.scalarType('JSON', {
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: (ast) => valueFromASTUntyped(ast),
  });
  builder.scalarType('DateTime', {
    serialize: (value) => String(value),
    parseValue: (value) => {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
        throw new GraphQLError('DateTime must be an ISO 8601 string.');
      return value;
    },
  });
  builder.queryType({});
  builder.mutationType({});
  return builder;
}

/** The host's Pothos builder. */
export type HostSchemaBuilder = ReturnType<typeof createSchemaBuilder>;

async function teachesClass(context: GraphqlContext, classId: string): Promise<boolean> {
  const viewer = context.viewer;
  if (viewer.kind !== 'adult') return false;
  const schoolClass = await context.services.classes.findById(classId);
  if (!schoolClass || schoolClass.schoolId !== viewer.user.schoolId) return false;
  return (
    viewer.user.role === 'admin' ||
    (await context.services.classes.isTaughtBy(classId, viewer.user.id))
  );
}

function unauthorizedError(context: GraphqlContext): FabriqueError {
  if (context.viewer.kind !== 'anonymous') {
    return new FabriqueError('forbidden', 403, 'You do not have access to this resource.');
  }
  if (context.sessionStatus === 'expired') {
    return new FabriqueError('session-expired', 401, 'Your session has expired; log in again.');
  }
  return new FabriqueError('unauthenticated', 401, 'Log in to continue.');
}
