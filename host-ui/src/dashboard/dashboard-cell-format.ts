/** Words used for cells that are not numbers or strings, in the UI language. */
export interface CellWords {
  readonly yes: string;
  readonly no: string;
  /** Shown for a null cell, such as a value suppressed for a small group. */
  readonly empty: string;
}

/** A dashboard cell ready to show as text. */
export interface CellText {
  readonly text: string;
  /** True for numbers, which tables align to the right. */
  readonly numeric: boolean;
}

// A date-time as statements carry it (xAPI timestamps are ISO 8601 with a zone).
const isoDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Turns one dashboard cell into text in the UI locale: numbers and
 * date-times with Intl, booleans as yes or no, null as the empty mark, any
 * other JSON as its JSON text. The result is always text, never markup.
 */
export function formatCell(value: unknown, locale: string, words: CellWords): CellText {
  if (typeof value === 'number') {
    const text = Number.isFinite(value)
      ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)
      : String(value);
    return { text, numeric: true };
  }
  if (typeof value === 'boolean') {
    return { text: value ? words.yes : words.no, numeric: false };
  }
  if (value === null || value === undefined) {
    return { text: words.empty, numeric: false };
  }
  if (typeof value === 'string') {
    return { text: formatDateTime(value, locale) ?? value, numeric: false };
  }
  return { text: JSON.stringify(value), numeric: false };
}

function formatDateTime(value: string, locale: string): string | undefined {
  if (!isoDateTimePattern.test(value)) {
    return undefined;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return undefined;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
