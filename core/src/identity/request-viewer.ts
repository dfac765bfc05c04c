import type { Viewer } from '../graphql/graphql-context.js';
import type { HostServices } from '../host/host-services.js';

/** Resolves the viewer behind a session token, and whether the token had expired. */
export async function resolveViewer(
  services: HostServices,
  token: string | undefined,
): Promise<{ viewer: Viewer; status: 'none' | 'valid' | 'expired' }> {
  if (!token) return { viewer: { kind: 'anonymous' }, status: 'none' };
  const lookup = await services.sessions.find(token);
  if (lookup.status !== 'valid') return { viewer: { kind: 'anonymous' }, status: 'expired' };
  const session = lookup.session;
  if (session.kind === 'adult' && session.user_id) {
    const user = await services.users.findById(session.user_id);
    if (user) return { viewer: { kind: 'adult', user, session, token }, status: 'valid' };
  }
  if (session.kind === 'pupil' && session.pupil_id) {
    const pupil = await services.pupils.findById(session.pupil_id);
    const schoolClass = pupil && (await services.classes.findById(pupil.classId));
    if (pupil && schoolClass)
      return { viewer: { kind: 'pupil', pupil, schoolClass, session, token }, status: 'valid' };
  }
  return { viewer: { kind: 'anonymous' }, status: 'expired' };
}
