import { msg } from '@lit/localize';
import type { AdultRole } from '../graphql/schemas/user-schema.js';

const roleNames: Readonly<Record<AdultRole, () => string>> = {
  ADMIN: () => msg('Administrateur·rice', { id: 'role.admin' }),
  TEACHER: () => msg('Enseignant·e', { id: 'role.teacher' }),
  RESEARCHER: () => msg('Chercheur·e', { id: 'role.researcher' }),
  REVIEWER: () => msg('Relecteur·rice', { id: 'role.reviewer' }),
};

/** Returns the name of an adult role in the UI language. */
export function roleName(role: AdultRole): string {
  return roleNames[role]();
}
