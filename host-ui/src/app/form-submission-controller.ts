import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { focusFieldInError } from './error-notice.js';

/** The values read from a form's fields, or the errors to show without sending a request. */
export type FormReading<TValues> =
  | { readonly ok: true; readonly values: TValues }
  | { readonly ok: false; readonly errors: readonly GraphqlRequestError[] };

/** The two steps of one form's submission: reading its fields and sending them. */
export interface FormSubmission<TValues> {
  /** Reads and checks the fields of the submitted form. */
  readonly read: (data: FormData) => FormReading<TValues>;
  /** Sends the values. An error it throws becomes the one error shown, through `toRequestError`. */
  readonly send: (values: TValues, form: HTMLFormElement) => Promise<void>;
}

/**
 * Reactive controller for a form that sends its fields to the host. It stores
 * the `submitting` flag and the errors shown, and updates its host when
 * either changes. After an update that changed the errors, it moves focus
 * to the field of the first error, which the host finds by `name` in its
 * own light DOM.
 */
export class FormSubmissionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & ParentNode;
  #submitting = false;
  #errors: readonly GraphqlRequestError[] = [];
  #errorsChanged = false;

  constructor(host: ReactiveControllerHost & ParentNode) {
    this.#host = host;
    host.addController(this);
  }

  /** True while a request is in flight, so the form disables its submit button. */
  get submitting(): boolean {
    return this.#submitting;
  }

  /** The errors shown: one per field the form's checks rejected, or the request's one error. */
  get errors(): readonly GraphqlRequestError[] {
    return this.#errors;
  }

  /** Returns the error shown for `field`, if any. */
  errorOf(field: string): GraphqlRequestError | undefined {
    return this.#errors.find((error) => error.field === field);
  }

  /**
   * Handles a `submit` event: it stops the browser's own submission, reads
   * the form's data with `submission.read` and sends the values.
   */
  handleSubmit<TValues>(event: SubmitEvent, submission: FormSubmission<TValues>): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const reading = submission.read(new FormData(form));
    return this.submit(reading, (values) => submission.send(values, form));
  }

  /**
   * Shows the reading's errors, or clears the errors and awaits `send` with
   * `submitting` set. A failure of `send` is shown as the one error.
   */
  async submit<TValues>(
    reading: FormReading<TValues>,
    send: (values: TValues) => Promise<void>,
  ): Promise<void> {
    if (!reading.ok) {
      this.#showErrors(reading.errors);
      return;
    }
    this.#setSubmitting(true);
    this.#showErrors([]);
    try {
      await send(reading.values);
    } catch (error) {
      this.#showErrors([toRequestError(error)]);
    } finally {
      this.#setSubmitting(false);
    }
  }

  hostUpdated(): void {
    if (this.#errorsChanged) {
      this.#errorsChanged = false;
      focusFieldInError(this.#host, this.#errors[0]);
    }
  }

  #showErrors(errors: readonly GraphqlRequestError[]): void {
    this.#errors = errors;
    this.#errorsChanged = true;
    this.#host.requestUpdate();
  }

  #setSubmitting(submitting: boolean): void {
    this.#submitting = submitting;
    this.#host.requestUpdate();
  }
}
