/** Words for long lists cut short (issue 10: errors capped, long tables shown in pages). */

const count = (n: number): string => n.toLocaleString('en-GB');

/** "… and 1,234 more errors" (one item: "… and 1 more error"). */
export function andMore(n: number, one: string, many: string): string {
  return `… and ${count(n)} more ${n === 1 ? one : many}`;
}

/** "Showing 100 of 10,001 structures." */
export function showingOf(shown: number, total: number, many: string): string {
  return `Showing ${count(shown)} of ${count(total)} ${many}.`;
}

/** "Show 100 more" */
export function showMore(n: number): string {
  return `Show ${count(n)} more`;
}

/** A count with its noun: "1 box", "27 boxes" (the plural given, or the noun with "s"). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
