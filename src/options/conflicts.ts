import type { FunctionId, Link, NodeId } from '../model/types.ts';
import type { Refusal } from './refusal.ts';

/** Which part of a step a node reference fills: the node it acts on, its new manager, the node it merges into, a link's end. */
export type NodeRole = 'node' | 'to' | 'into' | 'manager' | 'from';

/**
 * What a step that no longer applies would need from the structure it meets, as typed values (ids, never words).
 * A stale step usually needs a node (or function, or link) that an earlier step or a refreshed baseline took away;
 * the other kinds are rules of the format (format.md, Steps) that the structure now breaks for it. Each op's
 * handler says what its steps need (`needs` in steps/<op>.ts); `needsOf` in steps/index.ts asks it.
 */
export type Need =
  /** A node that is not there. */
  | { kind: 'node'; id: NodeId; role: NodeRole }
  /** A function that is not there (assign). */
  | { kind: 'function'; id: FunctionId }
  /** A link that is not there (unlink). */
  | { kind: 'link'; link: Pick<Link, 'kind' | 'from' | 'to'> }
  /** An id not yet used (add). */
  | { kind: 'free-id'; id: NodeId }
  /** The link not yet there (link). */
  | { kind: 'no-link'; link: Pick<Link, 'kind' | 'from' | 'to'> }
  /** The node to manage nobody (remove): its reports now, by id. */
  | { kind: 'no-reports'; node: NodeId; reports: NodeId[] }
  /** `node` not to be above `under`: the change would make line management loop. */
  | { kind: 'no-loop'; node: NodeId; under: NodeId }
  /** Anything else: the core's typed refusal as it stands. */
  | { kind: 'other'; refusal: Refusal };
