import type { FunctionId, LinkKind, NodeId, NodeKind, Step, StepOp, UpdatableField } from '../../model/types.ts';
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
  /** A field's new value as an officer reads it ("vacant" for a null holder). */
  value(field: UpdatableField, value: unknown): string;
  /** Text an officer wrote (a name), shown safely. */
  text(value: string): string;
  nodeKind(kind: NodeKind): string;
  linkKind(kind: LinkKind): string;
}

/**
 * Everything about one op: `check` says why the step would fail (a typed refusal) or null; `apply` assumes it
 * passed; `describe` says in one line what the step does, from the words given.
 */
export interface Handler<S extends Step = Step> {
  check(draft: Draft, step: S): Refusal | null;
  apply(draft: Draft, step: S): void;
  describe(step: S, w: StepWords): string;
}

export type HandlerTable = { [K in StepOp]: Handler<Extract<Step, { op: K }>> };

/** The refusal for a node reference that fails, or null when the node exists. */
export const missingNode = (draft: Draft, id: unknown, role: Extract<Refusal, { kind: 'no-node' }>['role'] = 'node'): Refusal | null =>
  typeof id === 'string' && draft.has(id) ? null : { kind: 'no-node', role, id };
