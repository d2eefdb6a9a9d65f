import type { z } from 'zod';
import { at, cut, placeOf } from './paths.ts';

/** A value as an error message quotes it, cut to SHOWN_MAX characters. */
export const show = (v: unknown): string => (v === undefined ? 'nothing' : cut(JSON.stringify(v) ?? String(v)));
const article = (t: string): string => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

/** The zod default wording is replaced where ours is plainer; messages set in the schema are kept. */
function messageOf(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      if (input === undefined) return `is missing (expected ${article(issue.expected)})`;
      return `must be ${article(issue.expected)}, not ${show(input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  return cur;
}

/** One line per shape issue, each naming its place in the file. */
export function describeIssues(root: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => at(placeOf(root, issue.path), messageOf(issue, valueAt(root, issue.path))));
}
