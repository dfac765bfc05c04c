import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../config/config.js';
import { createHostServices, type HostServices } from '../host/host-services.js';
import { verifyPassword } from '../identity/password-hash.js';
import {
  openTestDatabase,
  silentLogger,
  type TestDatabase,
  testDialects,
} from '../testing/test-database.js';
import { seedDemoSchool } from './demo-school.js';

describe.each(testDialects)('demo school on %s', (dialect) => {
  let database: TestDatabase;
  let services: HostServices;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    services = await createHostServices(database, readConfig({}), silentLogger);
  });
  afterAll(() => database.destroy());

  test('loopback seed uses demo passwords', async () => {
    const demo = await seedDemoSchool(services, { loopbackOnly: true }, silentLogger);
    expect(demo.teacher.password).toBe('demo-enseignante');
    expect(demo.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  });

  test('second start keeps the class', async () => {
    const first = await seedDemoSchool(services, { loopbackOnly: true }, silentLogger);
    const second = await seedDemoSchool(services, { loopbackOnly: true }, silentLogger);
    expect(second.classId).toBe(first.classId);
    expect(second.admin.password).toBe('demo-admin-fabrique');
  });

  test('beyond loopback replaces demo passwords once', async () => {
    const exposed = await seedDemoSchool(services, { loopbackOnly: false }, silentLogger);
    expect(exposed.teacher.password).toBeDefined();
    expect(exposed.teacher.password).not.toBe('demo-enseignante');
    const account = await services.users.findForLogin(exposed.teacher.email);
    expect(
      await verifyPassword(exposed.teacher.password as string, account?.passwordHash as string),
    ).toBe(true);
    const again = await seedDemoSchool(services, { loopbackOnly: false }, silentLogger);
    expect(again.teacher.password).toBeUndefined();
    const backOnLoopback = await seedDemoSchool(services, { loopbackOnly: true }, silentLogger);
    expect(backOnLoopback.teacher.password).toBeUndefined();
  });
});
