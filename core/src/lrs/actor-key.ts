import type { Actor } from '@fabrique/sdk';

/**
 * Returns the inverse functional identifier of an actor as one string, the
 * key under which statements are filed by agent. An anonymous group has none.
 */
export function actorKey(actor: Actor): string {
  if (actor.mbox) return `mbox:${actor.mbox}`;
  if (actor.mbox_sha1sum) return `mbox_sha1sum:${actor.mbox_sha1sum}`;
  if (actor.openid) return `openid:${actor.openid}`;
  if (actor.account) return `account:${actor.account.homePage}|${actor.account.name}`;
  return 'anonymous-group';
}
