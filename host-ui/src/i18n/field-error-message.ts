import { msg, str } from '@lit/localize';

// Names of the GraphQL arguments that errors name in `extensions.field`, as
// the forms label them.
const fieldLabels: Readonly<Record<string, () => string>> = {
  name: () => msg('Nom de la classe', { id: 'class-create.name' }),
  level: () => msg('Niveau', { id: 'class-create.level' }),
  email: () => msg('Adresse e-mail', { id: 'login.email' }),
  password: () => msg('Mot de passe', { id: 'login.password' }),
  displayName: () => msg('Nom affiché', { id: 'account-create.name' }),
  role: () => msg('Rôle', { id: 'account-create.role' }),
  nickname: () => msg('Surnom', { id: 'pupil-row.nickname-placeholder' }),
  code: () => msg('Code de la classe', { id: 'join.code-label' }),
  cardId: () => msg('Image', { id: 'field.card-id' }),
  pluginId: () => msg('Activité', { id: 'frame.title' }),
};

/** Returns the label of a form field named by an error, or the field name itself when unknown. */
export function fieldLabel(field: string): string {
  const label = Object.hasOwn(fieldLabels, field) ? fieldLabels[field] : undefined;
  return label === undefined ? field : label();
}

/**
 * Returns the rule part of a server message. The host writes input
 * validation messages as "<field>: <rule>", so the text after that prefix
 * is the rule. Any other message, such as a GraphQL variable error, is kept whole.
 */
export function serverRule(message: string, field: string): string {
  const prefix = `${field}: `;
  return (message.startsWith(prefix) ? message.slice(prefix.length) : message).trim();
}

/**
 * Returns a sentence that names the field at fault, followed by the server's
 * rule when the message has one. The rule stays in the server's words (in
 * English), because the UI has no finer translation for it.
 */
export function describeFieldRule(
  field: string,
  message: string,
  label = fieldLabel(field),
): string {
  const rule = serverRule(message, field);
  if (rule === '') {
    return msg(str`Le champ « ${label} » est invalide.`, { id: 'error.field-invalid' });
  }
  return msg(str`Le champ « ${label} » est invalide : ${rule}`, { id: 'error.field-invalid-rule' });
}
