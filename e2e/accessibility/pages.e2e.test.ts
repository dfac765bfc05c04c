import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { type HostProcess, startHostProcess } from '../support/host-process.js';
import { auditPage } from './axe-audit.js';
import { findMissingIdReferences } from './id-references.js';

const TEACHER = { email: 'enseignante@ecole-demo.fabrique.test', password: 'demo-enseignante' };
const ADMIN = { email: 'admin@ecole-demo.fabrique.test', password: 'demo-admin-fabrique' };
// The demo class has this plugin enabled, and it has a dashboard.
const PLUGIN_ID = 'fr.fabrique.fundamentals';

let host: HostProcess;
let browser: Browser;
let joinCode: string;

beforeAll(async () => {
  host = await startHostProcess();
  browser = await launchChromium();
  const printed = /join code ([0-9A-Z]{6})/.exec(host.output());
  if (printed === null) throw new Error(`The host printed no join code:\n${host.output()}`);
  joinCode = printed[1] as string;
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

// Every page is audited in both UI languages, each in its own browser contexts.
describe.each(['fr', 'en'])('WCAG 2.1 AA in %s', (locale) => {
  let visitor: Page;
  let teacher: Page;
  let admin: Page;
  let pupil: Page;
  let classId: string;

  beforeAll(async () => {
    visitor = await openPage(locale);
    teacher = await signIn(await openPage(locale), TEACHER);
    admin = await signIn(await openPage(locale), ADMIN);
    pupil = await joinDemoClass(await openPage(locale));
    const classLink = teacher.locator('[data-testid^="class-link-"]').first();
    await classLink.waitFor();
    classId = ((await classLink.getAttribute('data-testid')) ?? '').replace('class-link-', '');
  });

  afterAll(async () => {
    for (const page of [visitor, teacher, admin, pupil]) await page?.context().close();
  });

  test('landing', async () => {
    await visitor.goto(`${host.url}/`);
    await visitor.getByTestId('space-pupil').waitFor();
    await expectAccessible(visitor, locale);
  });

  test('login', async () => {
    await visitor.goto(`${host.url}/connexion`);
    await visitor.getByTestId('login-email').waitFor();
    await expectAccessible(visitor, locale);
  });

  test('login with field error', async () => {
    await visitor.goto(`${host.url}/connexion`);
    await visitor.getByTestId('login-email').fill(TEACHER.email);
    await visitor.getByTestId('login-password').fill('not the password');
    await visitor.getByTestId('login-submit').click();
    await visitor.locator('.field-error[data-code="invalid-credentials"]').waitFor();
    await expectAccessible(visitor, locale);
  });

  test('console of teacher', async () => {
    await teacher.goto(`${host.url}/console`);
    await teacher.getByTestId(`class-link-${classId}`).waitFor();
    await expectAccessible(teacher, locale);
  });

  test('console of admin', async () => {
    await admin.goto(`${host.url}/console`);
    await admin.getByTestId('accounts-link').waitFor();
    await admin.locator('.loading').waitFor({ state: 'detached' });
    await expectAccessible(admin, locale);
  });

  test('class page', async () => {
    await teacher.goto(`${host.url}/console/classes/${classId}`);
    await teacher.getByTestId('join-code').waitFor();
    await teacher.getByTestId(`dashboard-link-${PLUGIN_ID}`).waitFor();
    await expectAccessible(teacher, locale);
  });

  test('class page confirming removal', async () => {
    await teacher.goto(`${host.url}/console/classes/${classId}`);
    const remove = teacher.locator('[data-testid^="pupil-remove-"]').first();
    const testId = (await remove.getAttribute('data-testid')) ?? '';
    await remove.click();
    await teacher.getByTestId(testId.replace('pupil-remove-', 'pupil-remove-cancel-')).waitFor();
    await expectAccessible(teacher, locale);
  });

  test('dashboard', async () => {
    await teacher.goto(`${host.url}/console/classes/${classId}/dashboard/${PLUGIN_ID}`);
    await teacher.getByTestId('dashboard-statement-count').waitFor();
    await expectAccessible(teacher, locale);
  });

  test('accounts page', async () => {
    await admin.goto(`${host.url}/console/comptes`);
    await admin.locator('[data-testid^="account-row-"]').nth(1).waitFor();
    await expectAccessible(admin, locale);
  });

  test('accounts form with field errors', async () => {
    await admin.goto(`${host.url}/console/comptes`);
    await admin.getByTestId('account-create-email').fill(TEACHER.email);
    await admin.getByTestId('account-create-name').fill('Doublon');
    await admin.getByTestId('account-create-password').fill('trop court');
    await admin.getByTestId('account-create-submit').click();
    await admin.locator('.field-error[data-code="password-too-short"]').waitFor();
    await expectAccessible(admin, locale);

    await admin.getByTestId('account-create-password').fill('assez long pour passer');
    await admin.getByTestId('account-create-submit').click();
    await admin.locator('.field-error[data-code="email-taken"]').waitFor();
    await expectAccessible(admin, locale);
  });

  test('accounts page after creation', async () => {
    await admin.goto(`${host.url}/console/comptes`);
    await admin
      .getByTestId('account-create-email')
      .fill(`chercheuse-${locale}@ecole-demo.fabrique.test`);
    await admin.getByTestId('account-create-name').fill('Chercheuse');
    await admin.getByTestId('account-create-role').selectOption('RESEARCHER');
    await admin.getByTestId('account-create-password').fill('une phrase assez longue');
    await admin.getByTestId('account-create-submit').click();
    await admin.locator('fab-account-create-form .saved').waitFor();
    await expectAccessible(admin, locale);
  });

  test('accounts page forbidden', async () => {
    await teacher.goto(`${host.url}/console/comptes`);
    await teacher.locator('[data-testid="error-notice"][data-code="forbidden"]').waitFor();
    await expectAccessible(teacher, locale);
  });

  test('join code page', async () => {
    await visitor.goto(`${host.url}/rejoindre`);
    await visitor.getByTestId('join-code-input').waitFor();
    await expectAccessible(visitor, locale);
  });

  test('join code page with error', async () => {
    await visitor.goto(`${host.url}/rejoindre`);
    await visitor.getByTestId('join-code-input').fill('AB');
    await visitor.getByTestId('join-code-submit').click();
    await visitor.locator('.field-error[data-code="invalid-join-code"]').waitFor();
    await expectAccessible(visitor, locale);
  });

  test('picture cards page', async () => {
    await visitor.goto(`${host.url}/rejoindre/${joinCode}`);
    await visitor.locator('[data-testid^="card-"]').first().waitFor();
    await expectAccessible(visitor, locale);
  });

  test('pupil launcher', async () => {
    await pupil.goto(`${host.url}/eleve`);
    await pupil.getByTestId(`launch-${PLUGIN_ID}`).waitFor();
    await expectAccessible(pupil, locale);
  });

  test('activity page', async () => {
    await pupil.goto(`${host.url}/eleve/activite/${PLUGIN_ID}`);
    await pupil.getByTestId('plugin-frame').waitFor();
    // The spinner is removed once the plugin has completed the handshake.
    await pupil.locator('.frame-loading').waitFor({ state: 'detached', timeout: 30_000 });
    await expectAccessible(pupil, locale);
  });
});

async function openPage(locale: string): Promise<Page> {
  const context: BrowserContext = await browser.newContext();
  await context.addInitScript((stored) => {
    window.localStorage.setItem('fabrique.locale', stored);
  }, locale);
  return context.newPage();
}

async function signIn(page: Page, account: { email: string; password: string }): Promise<Page> {
  await page.goto(`${host.url}/connexion`);
  await page.getByTestId('login-email').fill(account.email);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${host.url}/console`);
  return page;
}

/** Signs a new pupil into the demo class with the first free picture card. */
async function joinDemoClass(page: Page): Promise<Page> {
  await page.goto(`${host.url}/rejoindre/${joinCode}`);
  await page.locator('[data-taken="false"]').first().click();
  await page.waitForURL(`${host.url}/eleve`);
  return page;
}

async function expectAccessible(page: Page, locale: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
  expect(await auditPage(page)).toEqual([]);
  expect(await findMissingIdReferences(page)).toEqual([]);
}
