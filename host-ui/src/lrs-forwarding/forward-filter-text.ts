import { msg, str } from '@lit/localize';
import type { ForwardFilter } from '../graphql/schemas/lrs-forward-target-schema.js';

/** Returns one line per condition of a forwarding filter, or one line for "every statement". */
export function describeForwardFilter(filter: ForwardFilter): string[] {
  const lines: string[] = [];
  if (filter.verbs) {
    lines.push(msg(str`Verbes : ${filter.verbs.join(', ')}`, { id: 'forwarding.filter-verbs' }));
  }
  if (filter.activityPrefixes) {
    const prefixes = filter.activityPrefixes.join(', ');
    lines.push(
      msg(str`Identifiants d'activité commençant par : ${prefixes}`, {
        id: 'forwarding.filter-activities',
      }),
    );
  }
  if (filter.pluginIds) {
    lines.push(
      msg(str`Plugins : ${filter.pluginIds.join(', ')}`, { id: 'forwarding.filter-plugins' }),
    );
  }
  return lines.length > 0 ? lines : [msg('Toutes les traces', { id: 'forwarding.filter-all' })];
}
