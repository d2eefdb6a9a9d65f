/** Code-unit order, the same in every locale, as the spec's sorted lists need. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
