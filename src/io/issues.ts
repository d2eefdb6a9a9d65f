import type { z } from 'zod';
import { FORMAT, STEP_OPS } from '../model/types.ts';
import { placeOf } from './paths.ts';
import type { JsonPlace, ShapeProblem } from './problems.ts';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  return cur;
}

/**
 * One zod issue as a typed problem. The schema's own rules carry their kind in `params` (schema.ts); zod's codes
 * map to kinds here: a wrong type (numbers, the only ones being FTE and pay, say "must be a number" even when
 * missing, as people.md's examples do), unknown fields, a slug too long or not a slug, an empty name, a value not
 * among the allowed ones (a step's op, a node or link kind, the format). Anything else keeps zod's code and message.
 */
function problemOf(issue: z.core.$ZodIssue, place: JsonPlace, value: unknown): ShapeProblem {
  switch (issue.code) {
    case 'custom': {
      const p = issue.params as { kind: ShapeProblem['kind'] } | undefined;
      if (p?.kind === 'pay-band-inverted') {
        const band = value as { min: number; max: number };
        return { kind: 'pay-band-inverted', place, min: band.min, max: band.max };
      }
      if (p) return { ...p, place, value } as ShapeProblem;
      break;
    }
    case 'invalid_type':
      if (issue.expected === 'number') return { kind: 'not-a-number', place, value };
      return value === undefined ? { kind: 'missing', place, expected: issue.expected } : { kind: 'wrong-type', place, expected: issue.expected, value };
    case 'unrecognized_keys':
      return { kind: 'unknown-fields', place, keys: issue.keys };
    case 'too_big':
      if (issue.origin === 'string') return { kind: 'too-long', place, max: Number(issue.maximum) };
      break;
    case 'too_small':
      // The schema's only minimum is a name's one character; zod checks it on a non-string too (a name of []).
      if (Number(issue.minimum) === 1) return { kind: 'empty', place };
      break;
    case 'invalid_format':
      if (issue.format === 'regex') return { kind: 'not-slug', place, value };
      break;
    case 'invalid_value':
      if (issue.values.length === 1 && issue.values[0] === FORMAT) return { kind: 'wrong-format', place, value, expected: FORMAT };
      return { kind: 'not-one-of', place, value, values: issue.values.map(String) };
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'op') return { kind: 'not-one-of', place, value, values: STEP_OPS };
      break;
  }
  return { kind: 'shape', place, code: issue.code, message: issue.message };
}

/** The typed problem of each shape issue, each with its place in the file. */
export function shapeProblems(root: unknown, issues: readonly z.core.$ZodIssue[]): ShapeProblem[] {
  return issues.map((issue) => problemOf(issue, placeOf(root, issue.path), valueAt(root, issue.path)));
}
