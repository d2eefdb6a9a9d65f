import { LINK_KINDS, NODE_KINDS, type LinkKind, type NodeKind } from '../model/types.ts';

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

const isNodeKind = (v: unknown): v is NodeKind => (NODE_KINDS as readonly unknown[]).includes(v);
const isLinkKind = (v: unknown): v is LinkKind => (LINK_KINDS as readonly unknown[]).includes(v);

export const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));

/** Why `v` is not a valid id, or null. */
export function slugProblem(what: string, v: unknown): string | null {
  if (typeof v !== 'string') return `${what} must be a string, not ${show(v)}`;
  if (v.length > SLUG_MAX) return `${what} "${v.slice(0, 20)}…" is longer than ${SLUG_MAX} characters`;
  if (!SLUG.test(v)) return `${what} ${show(v)} is not a slug (lower-case letters, digits and "-", starting with a letter or digit)`;
  return null;
}

export function nameProblem(v: unknown): string | null {
  if (typeof v !== 'string') return `name must be a string, not ${show(v)}`;
  if (v.length === 0) return 'name is empty';
  if (!withinLength(v, NAME_MAX)) return `name is longer than ${NAME_MAX} characters`;
  return null;
}

export function kindProblem(v: unknown): string | null {
  return isNodeKind(v) ? null : `kind ${show(v)} is not one of ${NODE_KINDS.join(', ')}`;
}

export function linkKindProblem(v: unknown): string | null {
  return isLinkKind(v) ? null : `link kind ${show(v)} is not one of ${LINK_KINDS.join(', ')}`;
}

export function holderProblem(v: unknown): string | null {
  return v === undefined || v === null || typeof v === 'string' ? null : `holder must be a string or null, not ${show(v)}`;
}

export function textProblem(field: string, v: unknown): string | null {
  return v === undefined || typeof v === 'string' ? null : `${field} must be a string, not ${show(v)}`;
}

export const firstProblem = (...problems: (string | null)[]): string | null => problems.find((p) => p !== null) ?? null;

/** Why `v` is not an FTE (a finite number ≥ 0; people.md, Fields), or null. */
export function fteProblem(v: unknown): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `fte must be a number, not ${show(v)}`;
  return v < 0 ? `fte ${v} is negative` : null;
}

/** Why `v` is not a pay band `{ min, max }` with 0 ≤ min ≤ max (people.md, Fields), or null. */
export function payProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `pay must be { "min": number, "max": number }, not ${show(v)}`;
  const { min, max } = v as { min?: unknown; max?: unknown };
  for (const [end, n] of [['min', min], ['max', max]] as const) {
    if (typeof n !== 'number' || !Number.isFinite(n)) return `pay.${end} must be a number, not ${show(n)}`;
    if (n < 0) return `pay.${end} ${n} is negative`;
  }
  return (min as number) > (max as number) ? `pay.min ${String(min)} is above pay.max ${String(max)}` : null;
}

/** Problems of the optional people fields of a node being added (`ref`, `grade`, `fte`, `pay`, `unit`, `role`). */
export function peopleProblem(node: { ref?: unknown; grade?: unknown; fte?: unknown; pay?: unknown; unit?: unknown; role?: unknown }): string | null {
  return firstProblem(
    textProblem('ref', node.ref),
    textProblem('grade', node.grade),
    node.fte === undefined ? null : fteProblem(node.fte),
    node.pay === undefined ? null : payProblem(node.pay),
    textProblem('unit', node.unit),
    textProblem('role', node.role),
  );
}
