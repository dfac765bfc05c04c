import { randomBytes, randomUUID } from 'node:crypto';
import type { HostServices } from '../host/host-services.js';
import { verifyPassword } from '../identity/password-hash.js';
import type { Logger } from '../logging/logger.js';

/** The demo school's logins and class code, printed at start. */
export interface DemoSchool {
  admin: { email: string; password: string | undefined };
  teacher: { email: string; password: string | undefined };
  classId: string;
  className: string;
  joinCode: string;
}

const ADMIN_EMAIL = 'admin@ecole-demo.fabrique.test';
const TEACHER_EMAIL = 'enseignante@ecole-demo.fabrique.test';

/**
 * Seeds the demo school once, into an empty database: one admin, one teacher
 * and one class. On a loopback-only host the passwords are the fixed demo
 * ones; otherwise they are random and shown only on this first start.
 * Later starts return the same school with `password` undefined unless fixed.
 */
export async function seedDemoSchool(
  services: HostServices,
  options: { loopbackOnly: boolean },
  logger: Logger,
): Promise<DemoSchool> {
  const fixed = options.loopbackOnly;
  const existing = await services.users.findForLogin(TEACHER_EMAIL);
  if (existing) {
    const [schoolClass] = await services.classes.listTaughtBy(existing.id);
    if (!schoolClass)
      throw new Error(
        'The demo teacher exists but has no class; remove the data folder to seed again.',
      );
    return {
      ...describe(schoolClass, undefined),
      admin: {
        email: ADMIN_EMAIL,
        password: await knownPassword(services, ADMIN_EMAIL, 'admin', fixed, logger),
      },
      teacher: {
        email: TEACHER_EMAIL,
        password: await knownPassword(services, TEACHER_EMAIL, 'teacher', fixed, logger),
      },
    };
  }
  const passwords = fixed ? DEMO_PASSWORDS : { admin: randomPassword(), teacher: randomPassword() };
  const schoolId = randomUUID();
  await services.db
    .insertInto('schools')
    .values({ id: schoolId, name: 'École de démonstration', created_at: new Date().toISOString() })
    .execute();
  await services.users.create({
    schoolId,
    email: ADMIN_EMAIL,
    displayName: 'Administratrice démo',
    role: 'admin',
    password: passwords.admin,
  });
  const teacher = await services.users.create({
    schoolId,
    email: TEACHER_EMAIL,
    displayName: 'Enseignante démo',
    role: 'teacher',
    password: passwords.teacher,
  });
  const schoolClass = await services.classes.create({
    schoolId,
    name: 'Grande section A',
    level: 'GS',
    teacherId: teacher.id,
  });
  await services.audit.append({
    actor: 'system',
    action: 'demo.seed',
    target: `school:${schoolId}`,
  });
  logger.info({ schoolId, classId: schoolClass.id }, 'demo school seeded');
  return describe(schoolClass, passwords);
}

/** Demo passwords, used only when the host listens on loopback. */
const DEMO_PASSWORDS = { admin: 'demo-admin-fabrique', teacher: 'demo-enseignante' };

/**
 * Returns a demo account's password when it can be shown: the fixed demo one,
 * if the account still uses it and the host listens on loopback. A host on
 * another address never keeps a well-known password: it replaces it with a
 * random one and returns that, once.
 */
async function knownPassword(
  services: HostServices,
  email: string,
  role: keyof typeof DEMO_PASSWORDS,
  loopbackOnly: boolean,
  logger: Logger,
): Promise<string | undefined> {
  const account = await services.users.findForLogin(email);
  if (!account || !(await verifyPassword(DEMO_PASSWORDS[role], account.passwordHash)))
    return undefined;
  if (loopbackOnly) return DEMO_PASSWORDS[role];
  const replacement = randomPassword();
  await services.users.setPassword(account.id, replacement);
  await services.audit.append({
    actor: 'system',
    action: 'demo.password-replaced',
    target: `user:${account.id}`,
  });
  logger.warn({ userId: account.id }, 'demo password replaced: the host listens beyond loopback');
  return replacement;
}

function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

function describe(
  schoolClass: { id: string; name: string; joinCode: string },
  passwords: { admin: string; teacher: string } | undefined,
): DemoSchool {
  return {
    admin: { email: ADMIN_EMAIL, password: passwords?.admin },
    teacher: { email: TEACHER_EMAIL, password: passwords?.teacher },
    classId: schoolClass.id,
    className: schoolClass.name,
    joinCode: schoolClass.joinCode,
  };
}
