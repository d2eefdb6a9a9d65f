import type { LinkKind, NodeId, StepOp } from '../model/types.ts';
import type { Need } from './conflicts.ts';

/** Which reference of a step a refusal is about: the step's `node`, `manager`, `to`, `into`, `from` or `function`. */
export type RefRole = 'node' | 'manager' | 'to' | 'into' | 'from' | 'function';

/**
 * The rule a value broke (the same rules as the load schema, io/schema.ts):
 * `string` a string is required; `string-or-null`; `node-or-null` a node id or null; `object`; `slug` lower-case
 * letters, digits and "-"; `too-long` more than `limit` code points; `empty`; `node-kind`/`link-kind` not one of the kinds;
 * `number` a finite number; `negative` below 0; `pay` not `{ min, max }`; `pay-order` min above max (people.md, Fields).
 */
export type ValueRule =
  | 'string' | 'string-or-null' | 'node-or-null' | 'object' | 'slug' | 'too-long' | 'empty' | 'node-kind' | 'link-kind'
  | 'number' | 'negative' | 'pay' | 'pay-order';

/** A link as a refusal names it: kind and the two node ids. */
export interface LinkRefusalRef {
  kind: LinkKind;
  from: NodeId;
  to: NodeId;
}

/**
 * Why a step cannot be applied, as a value: a kind and the ids involved, never words (src/words makes the words).
 * `field` names the place inside the step (e.g. "node.id", "set.name", "to").
 */
export type Refusal =
  | { kind: 'not-a-step' }
  | { kind: 'unknown-op'; op: unknown }
  | { kind: 'bad-value'; field: string; value: unknown; rule: ValueRule; limit?: number }
  | { kind: 'no-node'; role: RefRole; id: unknown }
  | { kind: 'node-exists'; node: NodeId }
  | { kind: 'no-function'; function: unknown }
  | { kind: 'self-report'; node: NodeId }
  | { kind: 'loop'; chain: NodeId[] }
  | { kind: 'manages'; node: NodeId; count: number }
  | { kind: 'nothing-to-merge' }
  | { kind: 'listed-twice'; node: NodeId }
  | { kind: 'merge-into-itself'; node: NodeId }
  | { kind: 'self-link'; node: NodeId }
  | { kind: 'link-exists'; link: LinkRefusalRef }
  | { kind: 'no-link'; link: LinkRefusalRef }
  | { kind: 'nothing-set' }
  | { kind: 'cannot-set'; field: unknown };

export type RefusalKind = Refusal['kind'];

/**
 * A conflict: a step of an option that does not apply to the structure it meets (its node removed by an earlier
 * step or by a changed baseline, …): the option id, the step's number (from 1, format.md "Steps") and op, why
 * (a typed refusal) and what it needs. A workspace with conflicts still loads and saves; the option they are in is
 * blocked (see resolveWorkspace) until the officer removes the step, retargets it, or undoes.
 */
export interface StepError {
  option: string;
  /** 1-based. */
  index: number;
  /** The step's op as written, or "?" when it has none. */
  op: StepOp | '?';
  refusal: Refusal;
  /** What the step needs that the structure before it does not give, typed (ids). */
  needs: Need[];
}
