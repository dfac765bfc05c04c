import { z } from 'zod';

/** Roles of adult accounts, in the order the account form offers them. */
export const ADULT_ROLES = ['TEACHER', 'RESEARCHER', 'REVIEWER', 'ADMIN'] as const;

/** The role of an adult account, as the GraphQL enum `Role` spells it. */
export type AdultRole = (typeof ADULT_ROLES)[number];

/** An adult account. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ADULT_ROLES),
});

/** An adult account. */
export type User = z.infer<typeof userSchema>;

/** GraphQL selection of every field of `userSchema`. */
export const USER_FIELDS = 'id email displayName role';
