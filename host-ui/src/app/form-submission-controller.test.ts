import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { type FormReading, FormSubmissionController } from './form-submission-controller.js';

/** Host stand-in that records controllers, update requests and the selectors it focuses. */
class RecordingHost {
  readonly controllers: ReactiveController[] = [];
  readonly focusedSelectors: string[] = [];
  updateRequests = 0;
  readonly updateComplete = Promise.resolve(true);

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }

  requestUpdate(): void {
    this.updateRequests += 1;
  }

  querySelector(selector: string): { focus(): void } {
    return { focus: () => this.focusedSelectors.push(selector) };
  }
}

function createController(): { host: RecordingHost; form: FormSubmissionController } {
  const host = new RecordingHost();
  const form = new FormSubmissionController(host as unknown as ReactiveControllerHost & ParentNode);
  return { host, form };
}

const nameMissing = new GraphqlRequestError('missing-value', '', 'name');
const levelMissing = new GraphqlRequestError('missing-value', '', 'level');
const rejected: FormReading<string> = { ok: false, errors: [nameMissing, levelMissing] };
const accepted: FormReading<string> = { ok: true, values: 'CE1' };

beforeEach(() => {
  // Node has no CSS global, and focusing a field escapes its name with CSS.escape.
  vi.stubGlobal('CSS', { escape: (value: string) => value });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test('controller registers with host', () => {
  const { host, form } = createController();
  expect(host.controllers).toEqual([form]);
  expect(form.submitting).toBe(false);
  expect(form.errors).toEqual([]);
});

test('submit rejected reading skips send', async () => {
  const { host, form } = createController();
  const send = vi.fn(async () => {});
  await form.submit(rejected, send);
  expect(send).not.toHaveBeenCalled();
  expect(form.errors).toEqual([nameMissing, levelMissing]);
  expect(form.submitting).toBe(false);
  expect(host.updateRequests).toBe(1);
});

test('submit accepted reading sends values', async () => {
  const { host, form } = createController();
  await form.submit(rejected, async () => {});
  const seen: { values: string; submitting: boolean; errors: readonly GraphqlRequestError[] }[] =
    [];
  await form.submit(accepted, async (values) => {
    seen.push({ values, submitting: form.submitting, errors: form.errors });
  });
  expect(seen).toEqual([{ values: 'CE1', submitting: true, errors: [] }]);
  expect(form.submitting).toBe(false);
  expect(form.errors).toEqual([]);
  expect(host.updateRequests).toBe(4);
});

test.each([
  ['request error kept', new GraphqlRequestError('name-taken', 'taken', 'name'), 'name-taken'],
  ['other error wrapped', new TypeError('boom'), 'unexpected-error'],
  ['thrown string wrapped', 'boom', 'unexpected-error'],
])('submit failure %s', async (_case, thrown, code) => {
  const { form } = createController();
  await form.submit(accepted, async () => {
    throw thrown;
  });
  expect(form.errors).toHaveLength(1);
  expect(form.errors[0]?.code).toBe(code);
  expect(form.submitting).toBe(false);
});

test('submit failure keeps same error instance', async () => {
  const { form } = createController();
  const thrown = new GraphqlRequestError('invalid-join-code', '', 'code');
  await form.submit(accepted, async () => {
    throw thrown;
  });
  expect(form.errors[0]).toBe(thrown);
});

test.each([
  ['name', nameMissing],
  ['level', levelMissing],
  ['email', undefined],
])('errorOf %s', async (field, expected) => {
  const { form } = createController();
  await form.submit(rejected, async () => {});
  expect(form.errorOf(field)).toBe(expected);
});

test('hostUpdated focuses first error field once', async () => {
  const { host, form } = createController();
  await form.submit(rejected, async () => {});
  form.hostUpdated();
  form.hostUpdated();
  expect(host.focusedSelectors).toEqual(['[name="name"]']);
});

test('hostUpdated without errors focuses nothing', async () => {
  const { host, form } = createController();
  form.hostUpdated();
  await form.submit(accepted, async () => {});
  form.hostUpdated();
  expect(host.focusedSelectors).toEqual([]);
});

test('hostUpdated skips error without field', async () => {
  const { host, form } = createController();
  await form.submit(accepted, async () => {
    throw new GraphqlRequestError('forbidden', '');
  });
  form.hostUpdated();
  expect(host.focusedSelectors).toEqual([]);
});
