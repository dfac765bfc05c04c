import { msg } from '@lit/localize';

/**
 * Translated messages by error code: the host's GraphQL codes, the client's
 * own codes and the codes of checks made in the UI. Each entry is a function
 * so that the text is read in the language active at render time.
 */
const errorMessages: Readonly<Record<string, () => string>> = {
  'invalid-credentials': () =>
    msg('Adresse e-mail ou mot de passe incorrect.', { id: 'error.invalid-credentials' }),
  unauthenticated: () =>
    msg('Il faut se connecter pour continuer.', { id: 'error.unauthenticated' }),
  forbidden: () => msg("Ce compte n'a pas accès à cette page.", { id: 'error.forbidden' }),
  'session-expired': () =>
    msg('La session a expiré : reconnectez-vous.', { id: 'error.session-expired' }),
  'invalid-join-code': () =>
    msg('Ce code ne correspond à aucune classe. Vérifie les six caractères.', {
      id: 'error.invalid-join-code',
    }),
  'card-taken': () =>
    msg('Cette image est déjà prise. Choisis-en une autre.', { id: 'error.card-taken' }),
  'invalid-input': () => msg('Une valeur saisie est invalide.', { id: 'error.invalid-input' }),
  'plugin-not-installed': () =>
    msg("Cette activité n'est pas installée.", { id: 'error.plugin-not-installed' }),
  'plugin-not-enabled': () =>
    msg("Cette activité n'est pas ouverte pour ta classe.", { id: 'error.plugin-not-enabled' }),
  'statement-rejected': () =>
    msg("La trace d'activité a été refusée.", { id: 'error.statement-rejected' }),
  'undeclared-verb': () =>
    msg("L'activité a utilisé une action qu'elle n'a pas déclarée.", {
      id: 'error.undeclared-verb',
    }),
  'undeclared-activity-type': () =>
    msg("L'activité a utilisé un type d'activité qu'elle n'a pas déclaré.", {
      id: 'error.undeclared-activity-type',
    }),
  'object-outside-namespace': () =>
    msg("L'activité a enregistré un objet hors de son espace de noms.", {
      id: 'error.object-outside-namespace',
    }),
  'csrf-token-invalid': () =>
    msg('La page a expiré. Rechargez-la puis réessayez.', { id: 'error.csrf-token-invalid' }),
  'network-error': () =>
    msg('Le serveur ne répond pas. Vérifiez la connexion puis réessayez.', {
      id: 'error.network-error',
    }),
  'invalid-response': () =>
    msg('Le serveur a envoyé une réponse illisible.', { id: 'error.invalid-response' }),
  'unexpected-error': () =>
    msg('Une erreur inattendue est survenue.', { id: 'error.unexpected-error' }),
  'missing-value': () => msg('Ce champ est obligatoire.', { id: 'error.missing-value' }),
  'nickname-too-long': () =>
    msg('Le surnom ne peut pas dépasser 40 caractères.', { id: 'error.nickname-too-long' }),
  'setting-out-of-range': () =>
    msg('Cette valeur est en dehors des limites permises.', { id: 'error.setting-out-of-range' }),
  'class-not-found': () =>
    msg("Cette classe n'existe pas ou ne vous est pas confiée.", { id: 'error.class-not-found' }),
  'email-taken': () =>
    msg('Un compte utilise déjà cette adresse e-mail.', { id: 'error.email-taken' }),
};

/** A failure to show: its code picks the translation and `message` is the fallback. */
export interface DisplayableError {
  readonly code: string;
  readonly message: string;
}

/** Returns the translated message of an error code, else the error's own message. */
export function describeError(error: DisplayableError): string {
  const translate = Object.hasOwn(errorMessages, error.code)
    ? errorMessages[error.code]
    : undefined;
  if (translate !== undefined) {
    return translate();
  }
  return error.message === '' ? errorMessages['unexpected-error']!() : error.message;
}
