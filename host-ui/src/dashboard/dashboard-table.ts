import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { DashboardTable } from '../graphql/schemas/dashboard-schema.js';
import { pickLanguage } from '../i18n/language-map.js';
import { type CellWords, formatCell } from './dashboard-cell-format.js';

/**
 * Renders one dashboard table: the caption is its title in the UI language,
 * a first column `pupil` heads its rows, and every cell is a text binding,
 * so nothing from a plugin or a statement is ever parsed as HTML.
 */
export function renderDashboardTable(table: DashboardTable, locale: string): TemplateResult {
  const words: CellWords = {
    yes: msg('oui', { id: 'dashboard.yes' }),
    no: msg('non', { id: 'dashboard.no' }),
    empty: '—',
  };
  const rowHeader = table.columns[0]?.id === 'pupil';
  return html`
    <div class="table-scroll">
      <table class="dashboard-table" data-testid="dashboard-table-${table.id}">
        <caption>${pickLanguage(table.title, locale) || table.id}</caption>
        <thead>
          <tr>${table.columns.map((column) => html`<th scope="col">${pickLanguage(column.title, locale) || column.id}</th>`)}</tr>
        </thead>
        <tbody>
          ${
            table.rows.length === 0
              ? html`<tr><td colspan=${Math.max(1, table.columns.length)}>
                ${msg('Pas encore de données à montrer.', { id: 'dashboard.no-rows' })}</td></tr>`
              : table.rows.map((row) =>
                  renderRow(row, table.columns.length, rowHeader, locale, words),
                )
          }
        </tbody>
      </table>
    </div>
  `;
}

function renderRow(
  row: readonly unknown[],
  columnCount: number,
  rowHeader: boolean,
  locale: string,
  words: CellWords,
): TemplateResult {
  const cells = Array.from({ length: columnCount }, (_, index) =>
    formatCell(row[index], locale, words),
  );
  return html`<tr>${cells.map((cell, index) =>
    index === 0 && rowHeader
      ? html`<th scope="row">${cell.text}</th>`
      : html`<td class=${cell.numeric ? 'numeric' : ''}>${cell.text}</td>`,
  )}</tr>`;
}
