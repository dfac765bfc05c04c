import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { PupilExit } from './pupil-exit.js';

/**
 * Renders the notice of an exit for a pupil who may not read: a large icon
 * (an alarm clock when the session ended, a sleeping sign when the activity
 * was closed) with a short sentence for those who do.
 */
export function renderPupilExitNotice(
  exit: PupilExit | undefined,
): TemplateResult | typeof nothing {
  if (exit === undefined) {
    return nothing;
  }
  const icon = exit === 'session-ended' ? '⏰' : '💤';
  const text =
    exit === 'session-ended'
      ? msg('Ta séance est finie. Touche ton image pour revenir.', {
          id: 'pupil-exit.session-ended',
        })
      : msg('Cette activité est fermée. Choisis-en une autre.', {
          id: 'pupil-exit.activity-closed',
        });
  return html`<p class="pupil-notice" role="status" data-testid="pupil-notice" data-exit=${exit}>
    <span class="emoji pupil-notice-icon" aria-hidden="true">${icon}</span>
    <span class="pupil-notice-text">${text}</span>
  </p>`;
}
