import type { NodeId } from '../model/types.ts';
import { changeMarks, type StructureDiff } from '../diff/index.ts';
import type { Mark } from './theme.ts';

/** Which side of the diff a structure is: its `to` (marks added/moved/changed) unless it is only its `from`. */
export function sideOf(d: StructureDiff, structureId: string): 'from' | 'to' {
  return d.to !== structureId && d.from === structureId ? 'from' : 'to';
}

/** The diff's marks for one side, without the unchanged nodes. */
export function marksFor(d: StructureDiff, side: 'from' | 'to'): Map<NodeId, Mark> {
  const out = new Map<NodeId, Mark>();
  for (const [id, mark] of changeMarks(d, side)) if (mark !== 'unchanged') out.set(id, mark);
  return out;
}

