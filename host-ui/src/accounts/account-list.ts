import type { User } from '../graphql/schemas/user-schema.js';

/**
 * Returns the accounts with `user` added, or replacing the account with the
 * same id, in e-mail order. The host stores e-mail addresses in lower case
 * and lists them by e-mail, so a plain code unit comparison keeps its order.
 */
export function insertAccount(accounts: readonly User[], user: User): User[] {
  const others = accounts.filter((account) => account.id !== user.id);
  const index = others.findIndex((account) => account.email > user.email);
  return index === -1
    ? [...others, user]
    : [...others.slice(0, index), user, ...others.slice(index)];
}
