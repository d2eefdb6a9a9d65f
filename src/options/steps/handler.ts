import type { FunctionId, Link, LinkKind, NodeId, NodeKind, Step, StepOp, UpdatableField } from '../../model/types.ts';
import type { Need, NodeRole } from '../conflicts.ts';
import type { Draft } from '../draft.ts';
import type { Refusal } from '../refusal.ts';

/**
 * The words a step's description is built from. src/words supplies them (names isolated and shown safely,
 * "no manager", "vacant", "no one accountable"), so a handler only orders them into its sentence.
 */
export interface StepWords {
  /** A node by its name (or its id in quotes when the structures do not have it). */
  node(id: NodeId): string;
  /** A line manager: a node, or "no manager" for null. */
  manager(id: NodeId | null): string;
  /** Who is accountable: a node, or the gap for null. */
  accountable(id: NodeId | null): string;
  function(id: FunctionId): string;
  /** A field as an officer reads it ("FTE", "job/team function"). */
  field(field: UpdatableField): string;
  /** A field's new value as an officer reads it ("vacant" for a null holder). */
  value(field: UpdatableField, value: unknown): string;
  /** Text an officer wrote (a name), shown safely. */
  text(value: string): string;
  nodeKind(kind: NodeKind): string;
  linkKind(kind: LinkKind): string;
}

export type LinkRef = Pick<Link, 'kind' | 'from' | 'to'>;

/**
 * One thing a step changes, in the diff's terms (format.md, "Comparing two structures"), so that each change
 * between two structures can be put down to the steps behind it.
 *
 * Directly, by name: the step adds, removes or moves `node`, changes one `field` of it, sets who is accountable
 * for `function`, or adds or removes `link`.
 * On the way: the step changes the line manager of `of`'s reports (`reports`), who is accountable for `of`'s
 * functions (`accountabilities`), or adds or removes links at `of` (`links-added`, `links-removed`) without
 * naming those reports, functions or links itself (a merge hands them on, a removal drops them).
 */
export type Touch =
  | { what: 'added' | 'removed' | 'moved'; node: NodeId }
  | { what: 'changed'; node: NodeId; field: string }
  | { what: 'accountable'; function: FunctionId }
  | { what: 'link-added' | 'link-removed'; link: LinkRef }
  | { what: 'reports' | 'accountabilities' | 'links-added' | 'links-removed'; of: NodeId };

/** A node a step refers to (not an id it creates), as the step gives it (unchecked: a malformed step may hold anything), and in which part. */
export type NodeRef = readonly [id: unknown, role: NodeRole];

/**
 * Everything about one op, so that a new op needs only its own file (and a line in the table in index.ts):
 * `check` says why the step would fail (a typed refusal) or null; `apply` assumes it passed; `describe` says in
 * one line what the step does, from the words given; `touches` says what it changes (for a passing,
 * well-formed step); `refs` lists the nodes it refers to; `needs` says what a failing step needs from the
 * structure it meets; `renamed` points its node references elsewhere.
 */
export interface Handler<S extends Step = Step> {
  check(draft: Draft, step: S): Refusal | null;
  apply(draft: Draft, step: S): void;
  describe(step: S, w: StepWords): string;
  /** What applying the (passing) step changes: directly by name, or on the way (see Touch). */
  touches(step: S): Touch[];
  /** The node references of the step in its own order; never throws on a malformed step. */
  refs(step: S): NodeRef[];
  /**
   * What a step whose check failed needs that `draft` (the structure the steps before it left) lacks, in the
   * step's own order: missing nodes (see `missingNodes`) and the op's own needs. [] when nothing typed explains
   * the failure. Never throws on a malformed step.
   */
  needs(draft: Draft, step: S): Need[];
  /** The step with every node it refers to (its `refs`, never the id of a node it adds) passed through `swap`; other fields kept. */
  renamed(step: S, swap: (id: NodeId) => NodeId): S;
}

export type HandlerTable = { [K in StepOp]: Handler<Extract<Step, { op: K }>> };

/** The refusal for a node reference that fails, or null when the node exists. */
export const missingNode = (draft: Draft, id: unknown, role: Extract<Refusal, { kind: 'no-node' }>['role'] = 'node'): Refusal | null =>
  typeof id === 'string' && draft.has(id) ? null : { kind: 'no-node', role, id };

export const isId = (v: unknown): v is string => typeof v === 'string';

/** The node references the draft lacks, in the order given (strings only: a malformed reference is left to the refusal). */
export function missingNodes(draft: Draft, refs: readonly NodeRef[]): Need[] {
  const needs: Need[] = [];
  for (const [id, role] of refs) if (isId(id) && !draft.has(id)) needs.push({ kind: 'node', id, role });
  return needs;
}
