import { z } from 'zod';

/** Name of the file list that `fabrique build` writes beside a plugin's bundle. */
export const FILE_LIST_PATH = 'dist/fabrique-files.json';

/**
 * A path inside a plugin package: relative, forward slashes, no `.` or `..`
 * segment, and only characters that need no escaping in a URL.
 */
export const packagePathSchema = z
  .string()
  .max(200)
  .regex(
    /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/,
    'must be a relative path of [A-Za-z0-9._-] segments',
  )
  .refine(
    (path) => !path.split('/').some((segment) => segment === '.' || segment === '..'),
    'must not contain . or .. segments',
  );

/** One file of a plugin package with its size and SRI-style sha512 integrity. */
export const packageFileSchema = z.strictObject({
  path: packagePathSchema,
  size: z.number().int().min(0),
  integrity: z.string().regex(/^sha512-[A-Za-z0-9+/]{86}==$/, 'must be sha512-<base64 digest>'),
});

/** The list of every file of a plugin package. */
export const packageFileListSchema = z.strictObject({
  files: z.array(packageFileSchema).min(1).max(2000),
});

/** A file of a plugin package. */
export type PackageFile = z.infer<typeof packageFileSchema>;
