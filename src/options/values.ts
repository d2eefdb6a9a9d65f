import { LINK_KINDS, NODE_KINDS, type LinkKind, type NodeKind } from '../model/types.ts';
import type { Refusal, ValueRule } from './refusal.ts';

export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const SLUG_MAX = 64;
export const NAME_MAX = 200;

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
  if (v.length > NAME_MAX) return bad(field, v, 'too-long', NAME_MAX);
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
