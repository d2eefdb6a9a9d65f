import { LINK_KINDS, NODE_KINDS, type LinkKind, type NodeKind } from '../model/types.ts';
import type { Refusal, ValueRule } from './refusal.ts';

export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const SLUG_MAX = 64;
/** Longest name, in code points (so an emoji counts once, in the file and in a step alike). */
export const NAME_MAX = 200;

/** Length of `s` in code points, the one way the format counts characters. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Whether `s` is at most `max` code points long; most strings are decided by their UTF-16 length alone. */
export const withinLength = (s: string, max: number): boolean => s.length <= max || codePointLength(s) <= max;

/**
 * `s` cut to at most `max` code points, ending "…" when cut (an import's over-long names): counted as the format
 * counts, so a cut never splits an emoji or other astral character into a lone surrogate.
 */
export function cutToLength(s: string, max: number): string {
  return withinLength(s, max) ? s : `${Array.from(s).slice(0, max - 1).join('')}…`;
}

const isNodeKind = (v: unknown): v is NodeKind => (NODE_KINDS as readonly unknown[]).includes(v);
const isLinkKind = (v: unknown): v is LinkKind => (LINK_KINDS as readonly unknown[]).includes(v);

type Problem = Refusal | null;
const bad = (field: string, value: unknown, rule: ValueRule, limit?: number): Refusal =>
  limit === undefined ? { kind: 'bad-value', field, value, rule } : { kind: 'bad-value', field, value, rule, limit };

/** Why `v` is not a valid id (format.md "Identifiers"), or null. */
export function slugProblem(field: string, v: unknown): Problem {
  if (typeof v !== 'string') return bad(field, v, 'string');
  if (v.length > SLUG_MAX) return bad(field, v, 'too-long', SLUG_MAX);
  if (!SLUG.test(v)) return bad(field, v, 'slug');
  return null;
}

export function nameProblem(v: unknown, field = 'name'): Problem {
  if (typeof v !== 'string') return bad(field, v, 'string');
  if (v.length === 0) return bad(field, v, 'empty');
  if (!withinLength(v, NAME_MAX)) return bad(field, v, 'too-long', NAME_MAX);
  return null;
}

export function kindProblem(v: unknown, field = 'kind'): Problem {
  return isNodeKind(v) ? null : bad(field, v, 'node-kind');
}

export function linkKindProblem(v: unknown): Problem {
  return isLinkKind(v) ? null : bad('kind', v, 'link-kind');
}

export function holderProblem(v: unknown, field = 'holder'): Problem {
  return v === undefined || v === null || typeof v === 'string' ? null : bad(field, v, 'string-or-null');
}

export function textProblem(field: string, v: unknown): Problem {
  return v === undefined || typeof v === 'string' ? null : bad(field, v, 'string');
}

/** A required `to`: a node id or null (move, assign). */
export function targetProblem(v: unknown): Problem {
  return v === undefined ? bad('to', v, 'node-or-null') : null;
}

export const firstProblem = (...problems: Problem[]): Problem => problems.find((p) => p !== null) ?? null;

/** Why `v` is not an FTE (a finite number ≥ 0; people.md, Fields), or null. */
export function fteProblem(v: unknown, field = 'fte'): Problem {
  if (typeof v !== 'number' || !Number.isFinite(v)) return bad(field, v, 'number');
  return v < 0 ? bad(field, v, 'negative') : null;
}

/** Why `v` is not a pay band `{ min, max }` with 0 ≤ min ≤ max (people.md, Fields), or null. */
export function payProblem(v: unknown, field = 'pay'): Problem {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad(field, v, 'pay');
  const { min, max } = v as { min?: unknown; max?: unknown };
  for (const [end, n] of [['min', min], ['max', max]] as const) {
    if (typeof n !== 'number' || !Number.isFinite(n)) return bad(`${field}.${end}`, n, 'number');
    if (n < 0) return bad(`${field}.${end}`, n, 'negative');
  }
  return (min as number) > (max as number) ? bad(field, v, 'pay-order') : null;
}

/** Problems of the optional people fields of a node being added (`ref`, `grade`, `fte`, `pay`, `unit`, `role`). */
export function peopleProblem(node: { ref?: unknown; grade?: unknown; fte?: unknown; pay?: unknown; unit?: unknown; role?: unknown }): Problem {
  return firstProblem(
    textProblem('ref', node.ref),
    textProblem('grade', node.grade),
    node.fte === undefined ? null : fteProblem(node.fte),
    node.pay === undefined ? null : payProblem(node.pay),
    textProblem('unit', node.unit),
    textProblem('role', node.role),
  );
}
