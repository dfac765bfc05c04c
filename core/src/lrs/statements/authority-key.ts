import type { Statement } from '@fabrique/sdk';
import { actorKey } from '../actor-key.js';

/**
 * Identifies the authority of a stored statement. The host sets every
 * authority to an account under its own public URL (`client:<key>` or
 * `plugin:<id>`), so the account name alone identifies it, and still does
 * after the public URL changes. Other authorities are keyed by their
 * identifier, and a group by its sorted members.
 */
export function authorityKey(authority: NonNullable<Statement['authority']>): string {
  if (authority.objectType === 'Group' && 'member' in authority && authority.member) {
    return authority.member
      .map((member) => actorKey(member))
      .sort()
      .join('+');
  }
  if (authority.account) return `account-name:${authority.account.name}`;
  return actorKey(authority);
}

/** Tells whether two statements were stored under the same authority. */
export function sameAuthority(
  left: Statement['authority'],
  right: Statement['authority'],
): boolean {
  return left !== undefined && right !== undefined && authorityKey(left) === authorityKey(right);
}
