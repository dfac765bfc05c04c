import type { Browser, FrameLocator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium.js';
import { createHostDatabase, type HostDatabase, hostDatabases } from './support/host-database.js';
import { type HostProcess, startHostProcess } from './support/host-process.js';

const PLUGIN_ID = 'fr.fabrique.fundamentals';
const TEACHER = { email: 'enseignante@ecole-demo.fabrique.test', password: 'demo-enseignante' };

describe.each(hostDatabases)('number line end to end on %s', (database) => {
  let host: HostProcess;
  let browser: Browser;
  let hostDatabase: HostDatabase;

  beforeAll(async () => {
    hostDatabase = await createHostDatabase(database);
    host = await startHostProcess(hostDatabase.environment);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await hostDatabase?.drop();
  });

  test('teacher enables, pupil answers three, dashboard and LRS show them', async () => {
    const teacher = await (await browser.newContext()).newPage();
    const { classId, joinCode } = await createClassWithPlugin(teacher, host.url);

    const pupil = await (await browser.newContext()).newPage();
    const answers = await answerThreeItems(pupil, host.url, joinCode);
    expect(answers).toHaveLength(3);

    await teacher.goto(`${host.url}/console/classes/${classId}/dashboard/${PLUGIN_ID}`);
    const rows = teacher.locator('[data-testid="dashboard-table-answers"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    const tableText =
      (await teacher.locator('[data-testid="dashboard-table-answers"]').textContent()) ?? '';
    for (const answer of answers) expect(tableText).toContain(String(answer.target));

    const authorization = `Basic ${Buffer.from(`${host.lrsCredentials.key}:${host.lrsCredentials.secret}`).toString('base64')}`;
    for (const answer of answers) {
      const response = await fetch(
        `${host.url}/xapi/statements?statementId=${answer.statementId}`,
        {
          headers: { Authorization: authorization, 'X-Experience-API-Version': '1.0.3' },
        },
      );
      expect(response.status).toBe(200);
      const statement = (await response.json()) as {
        actor: Record<string, unknown>;
        verb: { id: string };
      };
      expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
      expect(Object.keys(statement.actor).sort()).toEqual(['account', 'objectType']);
      expect((statement.actor.account as { name: string }).name).toMatch(/^[0-9a-f]{32}$/);
    }
  });
});

async function createClassWithPlugin(
  page: Page,
  url: string,
): Promise<{ classId: string; joinCode: string }> {
  await page.goto(`${url}/connexion`);
  await page.getByTestId('login-email').fill(TEACHER.email);
  await page.getByTestId('login-password').fill(TEACHER.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${url}/console`);

  await page.getByTestId('class-create-name').fill('Classe E2E');
  await page.getByTestId('class-create-level').selectOption('GS');
  await page.getByTestId('class-create-submit').click();
  await page.waitForURL(/\/console\/classes\/[0-9a-f-]{36}$/);
  const classId = page.url().split('/').pop() as string;

  const joinCode = ((await page.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '');
  expect(joinCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);

  const enabled = page.waitForResponse((response) => isGraphql(response, 'setClassPlugin'));
  await page.getByTestId(`plugin-toggle-${PLUGIN_ID}`).click();
  await enabled;
  return { classId, joinCode };
}

interface Answer {
  target: number;
  statementId: string;
}

async function answerThreeItems(page: Page, url: string, joinCode: string): Promise<Answer[]> {
  await page.goto(`${url}/rejoindre`);
  await page.getByTestId('join-code-input').fill(joinCode.toLowerCase());
  await page.getByTestId('join-code-submit').click();
  await page.getByTestId('card-fox').click();
  await page.waitForURL(`${url}/eleve`);
  await page.getByTestId(`launch-${PLUGIN_ID}`).click();

  const frame = page.frameLocator('[data-testid="plugin-frame"]');
  await frame.getByTestId('start').click();
  const answers: Answer[] = [];
  let previousTarget: string | undefined;
  for (let item = 0; item < 3; item++) {
    const targetText = await nextTarget(frame, previousTarget);
    previousTarget = targetText;
    const target = Number(targetText);
    const recorded = page.waitForResponse((response) => isGraphql(response, 'recordStatement'));
    await tapValue(page, frame, target);
    const body = (await (await recorded).json()) as {
      data?: { recordStatement?: { id: string } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    answers.push({ target, statementId: body.data?.recordStatement?.id as string });
  }
  return answers;
}

async function nextTarget(frame: FrameLocator, previous: string | undefined): Promise<string> {
  const locator = frame.getByTestId('target-number');
  let text = '';
  await expect
    .poll(
      async () => {
        text = ((await locator.textContent({ timeout: 2_000 }).catch(() => '')) ?? '').trim();
        return /^\d+$/.test(text) && text !== previous;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return text;
}

/** Taps the number line where `value` lies: the line spans data-min to data-max linearly. */
async function tapValue(page: Page, frame: FrameLocator, value: number): Promise<void> {
  const line = frame.getByTestId('number-line');
  const min = Number(await line.getAttribute('data-min'));
  const max = Number(await line.getAttribute('data-max'));
  const box = await line.boundingBox();
  if (!box) throw new Error('The number line has no box.');
  const x = box.x + ((value - min) / (max - min)) * box.width;
  await page.mouse.click(x, box.y + box.height / 2);
}

function isGraphql(response: Response, operation: string): boolean {
  return (
    response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes(operation)
  );
}
