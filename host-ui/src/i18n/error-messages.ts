import { msg, str } from '@lit/localize';
import type { ClientErrorCode } from '../graphql/graphql-request-error.js';
import { MAX_CLASS_NAME_LENGTH, MAX_NICKNAME_LENGTH } from '../teacher/class-limits.js';
import { describeFieldRule } from './field-error-message.js';
import type { HostErrorCode } from './host-error-codes.js';

/** Codes of checks the UI makes itself, before or instead of asking the host. */
export type UiErrorCode =
  | ClientErrorCode
  | 'missing-value'
  | 'missing-join-code'
  | 'setting-out-of-range'
  | 'class-not-found';

// Each entry is a function so that the text is read in the language active at
// render time. The record type makes the compiler reject a missing host code.
const hostErrorMessages: Readonly<Record<HostErrorCode, () => string>> = {
  unauthenticated: () =>
    msg('Il faut se connecter pour continuer.', { id: 'error.unauthenticated' }),
  'session-expired': () =>
    msg('Votre session a expiré. Reconnectez-vous pour continuer.', {
      id: 'error.session-expired',
    }),
  forbidden: () => msg("Ce compte n'a pas accès à cette page.", { id: 'error.forbidden' }),
  'invalid-credentials': () =>
    msg('Adresse e-mail ou mot de passe incorrect.', { id: 'error.invalid-credentials' }),
  'too-many-attempts': () =>
    msg("Trop d'essais à la suite. Attendez une minute avant de réessayer.", {
      id: 'error.too-many-attempts',
    }),
  'invalid-join-code': () =>
    msg('Ce code ne correspond à aucune classe. Vérifie les six caractères.', {
      id: 'error.invalid-join-code',
    }),
  'join-code-exhausted': () =>
    msg("Aucun code libre n'a été trouvé pour la classe. Réessayez.", {
      id: 'error.join-code-exhausted',
    }),
  'invalid-card': () =>
    msg("Cette image n'est pas une image de la classe. Choisis-en une autre.", {
      id: 'error.invalid-card',
    }),
  'card-taken': () =>
    msg('Cette image est déjà prise. Choisis-en une autre.', { id: 'error.card-taken' }),
  'invalid-class-name': () =>
    msg(
      str`Le nom de la classe doit compter de 1 à ${MAX_CLASS_NAME_LENGTH} caractères, sans caractère de contrôle ni de changement de sens d'écriture.`,
      { id: 'error.invalid-class-name' },
    ),
  'invalid-school-level': () =>
    msg('Choisissez un niveau dans la liste.', { id: 'error.invalid-school-level' }),
  'invalid-nickname': () =>
    msg(
      str`Le surnom compte au plus ${MAX_NICKNAME_LENGTH} caractères, sans caractère de contrôle ni de changement de sens d'écriture.`,
      { id: 'error.invalid-nickname' },
    ),
  'pupil-not-found': () =>
    msg("Cet élève n'est plus dans la classe. Rechargez la page.", {
      id: 'error.pupil-not-found',
    }),
  'forward-target-not-found': () =>
    msg("Cette destination de transfert n'existe plus. Rechargez la page.", {
      id: 'error.forward-target-not-found',
    }),
  'email-taken': () =>
    msg('Un compte utilise déjà cette adresse e-mail.', { id: 'error.email-taken' }),
  'plugin-not-installed': () =>
    msg("Cette activité n'est pas installée.", { id: 'error.plugin-not-installed' }),
  'plugin-not-enabled': () =>
    msg("Cette activité n'est pas ouverte pour ta classe.", { id: 'error.plugin-not-enabled' }),
  'invalid-settings': () =>
    msg("Cette valeur de réglage n'est pas acceptée.", { id: 'error.invalid-settings' }),
  'launch-not-found': () =>
    msg("Cette activité n'est plus en cours. Relance-la depuis tes activités.", {
      id: 'error.launch-not-found',
    }),
  'invalid-statement': () =>
    msg("La trace d'activité est mal formée.", { id: 'error.invalid-statement' }),
  'statement-rejected': () =>
    msg("La trace d'activité a été refusée.", { id: 'error.statement-rejected' }),
  'statement-conflict': () =>
    msg("Une autre trace d'activité porte déjà cet identifiant.", {
      id: 'error.statement-conflict',
    }),
  'invalid-timestamp': () =>
    msg("La date d'une trace d'activité est invalide.", { id: 'error.invalid-timestamp' }),
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
  'invalid-input': () => msg('Une valeur saisie est invalide.', { id: 'error.invalid-input' }),
  'origin-not-allowed': () =>
    msg(
      "Le serveur a refusé une demande venue d'une autre adresse que la sienne. Ouvrez la Fabrique depuis son adresse habituelle.",
      { id: 'error.origin-not-allowed' },
    ),
  'csrf-token-invalid': () =>
    msg('La page a expiré. Rechargez-la puis réessayez.', { id: 'error.csrf-token-invalid' }),
  'payload-too-large': () =>
    msg('La demande envoyée au serveur est trop volumineuse.', {
      id: 'error.payload-too-large',
    }),
  'rate-limited': () =>
    msg('Trop de demandes en peu de temps. Patientez un instant puis réessayez.', {
      id: 'error.rate-limited',
    }),
  'invalid-query': () =>
    msg("Le serveur n'a pas compris la demande de la page. Rechargez la page.", {
      id: 'error.invalid-query',
    }),
  'bad-request': () =>
    msg('La demande envoyée au serveur est invalide. Rechargez la page puis réessayez.', {
      id: 'error.bad-request',
    }),
  'unsupported-media-type': () =>
    msg("Le serveur n'accepte pas le format de la demande. Rechargez la page.", {
      id: 'error.unsupported-media-type',
    }),
  'internal-error': () =>
    msg("Le serveur n'a pas pu traiter la demande. Réessayez dans un moment.", {
      id: 'error.internal-error',
    }),
};

const uiErrorMessages: Readonly<Record<UiErrorCode, () => string>> = {
  'network-error': () =>
    msg('Le serveur ne répond pas. Vérifiez la connexion puis réessayez.', {
      id: 'error.network-error',
    }),
  'invalid-response': () =>
    msg('Le serveur a envoyé une réponse illisible.', { id: 'error.invalid-response' }),
  'unexpected-error': () =>
    msg('Une erreur inattendue est survenue.', { id: 'error.unexpected-error' }),
  'missing-value': () => msg('Ce champ est obligatoire.', { id: 'error.missing-value' }),
  'missing-join-code': () => msg('Écris le code de ta classe.', { id: 'error.missing-join-code' }),
  'setting-out-of-range': () =>
    msg('Cette valeur est en dehors des limites permises.', { id: 'error.setting-out-of-range' }),
  'class-not-found': () =>
    msg("Cette classe n'existe pas ou ne vous est pas confiée.", { id: 'error.class-not-found' }),
};

const errorMessages: Readonly<Record<string, () => string>> = {
  ...hostErrorMessages,
  ...uiErrorMessages,
};

// Codes whose message is generic. When such an error names a field, the
// field's label and the server's rule are more precise than the catalogue.
const codesExplainedByRule = new Set(['invalid-input', 'invalid-settings']);

/** A failure to show: its code picks the translation and `message` is the fallback. */
export interface DisplayableError {
  readonly code: string;
  readonly message: string;
  /** The input at fault, as the host's `extensions.field` names it. */
  readonly field?: string | undefined;
}

/** Returns true when the catalogue has a message for `code`. */
export function hasErrorMessage(code: string): boolean {
  return Object.hasOwn(errorMessages, code);
}

/**
 * Returns the message of an error in the UI language. An error that names a
 * field and has a generic or unknown code gets a sentence that names the
 * field (`fieldLabel` when given) with the server's rule. Any other error
 * gets the catalogue's message for its code, else the server's message.
 */
export function describeError(error: DisplayableError, fieldLabel?: string): string {
  const { code, field } = error;
  if (field !== undefined && (codesExplainedByRule.has(code) || !hasErrorMessage(code))) {
    return describeFieldRule(field, error.message, fieldLabel);
  }
  const translate = hasErrorMessage(code) ? errorMessages[code] : undefined;
  if (translate !== undefined) {
    return translate();
  }
  return error.message === '' ? uiErrorMessages['unexpected-error']() : error.message;
}
