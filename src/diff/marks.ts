import type { NodeId } from '../model/types.ts';
import type { StructureDiff } from './diff.ts';

export type ChangeMark = 'added' | 'moved' | 'changed' | 'removed' | 'unchanged';

/**
 * How each node on one side of a diff changed: side 'from' marks nodes of A (removed, moved, changed),
 * side 'to' marks nodes of B (added, moved, changed). A node both moved and changed is 'moved'.
 * Only changed nodes are in the map: a node absent from it is 'unchanged'.
 */
export function changeMarks(d: StructureDiff, side: 'from' | 'to'): Map<NodeId, ChangeMark> {
  const marks = new Map<NodeId, ChangeMark>();
  for (const c of d.changed) marks.set(c.node, 'changed');
  for (const m of d.moved) marks.set(m.node, 'moved');
  const only = side === 'from' ? d.removed : d.added;
  const mark: ChangeMark = side === 'from' ? 'removed' : 'added';
  for (const id of only) marks.set(id, mark);
  return marks;
}
