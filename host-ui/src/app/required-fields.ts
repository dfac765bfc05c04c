/** Returns the name of the first empty value, in the order given, or undefined when all are filled. */
export function firstEmptyField(values: Readonly<Record<string, string>>): string | undefined {
  return Object.entries(values).find(([, value]) => value === '')?.[0];
}
