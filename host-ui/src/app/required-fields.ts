/** Returns the names of the empty values, in the order given, so that a form can flag every one. */
export function emptyFields(values: Readonly<Record<string, string>>): string[] {
  return Object.entries(values)
    .filter(([, value]) => value === '')
    .map(([name]) => name);
}
