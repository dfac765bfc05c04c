import { PluginClientError } from './plugin-client-error.js';

/**
 * Formats a duration in milliseconds as the ISO 8601 duration that xAPI
 * `result.duration` expects, with hours and minutes split out and seconds to
 * the hundredth, since xAPI 1.0.3 lets an LRS truncate to 0.01 s.
 *
 * @example
 * isoDuration(4_200); // 'PT4.2S'
 * isoDuration(3_725_500); // 'PT1H2M5.5S'
 *
 * @throws PluginClientError `invalid-duration` for a negative or non-finite value.
 */
export function isoDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) {
    throw new PluginClientError(
      'invalid-duration',
      `A duration must be a finite number of milliseconds, 0 or more; got ${milliseconds}.`,
      { milliseconds },
    );
  }
  const centiseconds = Math.round(milliseconds / 10);
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  const parts = [
    hours > 0 ? `${hours}H` : '',
    minutes > 0 ? `${minutes}M` : '',
    seconds > 0 || (hours === 0 && minutes === 0) ? `${seconds}S` : '',
  ];
  return `PT${parts.join('')}`;
}
