import { z } from 'zod';
import { defineOperation } from '../graphql-client.js';
import { INSTALLED_PLUGIN_FIELDS } from '../schemas/installed-plugin-schema.js';
import {
  classPluginSchema,
  classSummarySchema,
  pupilSchema,
  schoolClassSchema,
} from '../schemas/school-class-schema.js';
import { VIEWER_FIELDS, viewerSchema } from '../schemas/viewer-schema.js';

const CLASS_SUMMARY_FIELDS = 'id name level joinCode pupils { id }';

/** Returns the classes of the signed-in adult. */
export const myClassesQuery = defineOperation({
  query: `query MyClasses { myClasses { ${CLASS_SUMMARY_FIELDS} } }`,
  variables: z.object({}),
  data: z.object({ myClasses: z.array(classSummarySchema) }),
});

/** Creates a class taught by the signed-in adult. */
export const createClassMutation = defineOperation({
  query: `mutation CreateClass($name: String!, $level: String!) {
    createClass(name: $name, level: $level) { ${CLASS_SUMMARY_FIELDS} }
  }`,
  variables: z.object({ name: z.string(), level: z.string() }),
  data: z.object({ createClass: classSummarySchema }),
});

/** Returns one class with its pupils and every installed plugin, or null. */
export const schoolClassQuery = defineOperation({
  query: `query SchoolClass($id: ID!) {
    schoolClass(id: $id) {
      id name level joinCode
      pupils { id nickname joinedAt card { id emoji label } }
      plugins { enabled settings plugin { ${INSTALLED_PLUGIN_FIELDS} } }
    }
  }`,
  variables: z.object({ id: z.string() }),
  data: z.object({ schoolClass: schoolClassSchema.nullable() }),
});

/** Sets or clears (with null or "") the nickname a teacher gives a pupil. */
export const setPupilNicknameMutation = defineOperation({
  query: `mutation SetPupilNickname($pupilId: ID!, $nickname: String) {
    setPupilNickname(pupilId: $pupilId, nickname: $nickname) { id nickname joinedAt card { id emoji label } }
  }`,
  variables: z.object({ pupilId: z.string(), nickname: z.string().nullable() }),
  data: z.object({ setPupilNickname: pupilSchema }),
});

/** Removes a pupil from their class. */
export const removePupilMutation = defineOperation({
  query: 'mutation RemovePupil($pupilId: ID!) { removePupil(pupilId: $pupilId) }',
  variables: z.object({ pupilId: z.string() }),
  data: z.object({ removePupil: z.boolean() }),
});

/** Enables or disables a plugin for a class and saves its settings. */
export const setClassPluginMutation = defineOperation({
  query: `mutation SetClassPlugin($classId: ID!, $pluginId: String!, $enabled: Boolean!, $settings: JSON) {
    setClassPlugin(classId: $classId, pluginId: $pluginId, enabled: $enabled, settings: $settings) {
      enabled settings plugin { ${INSTALLED_PLUGIN_FIELDS} }
    }
  }`,
  variables: z.object({
    classId: z.string(),
    pluginId: z.string(),
    enabled: z.boolean(),
    settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  }),
  data: z.object({ setClassPlugin: classPluginSchema }),
});

/** Returns the signed-in adult and their classes, for the console. */
export const consoleQuery = defineOperation({
  query: `query Console { viewer { ${VIEWER_FIELDS} } myClasses { ${CLASS_SUMMARY_FIELDS} } }`,
  variables: z.object({}),
  data: z.object({ viewer: viewerSchema.nullable(), myClasses: z.array(classSummarySchema) }),
});
