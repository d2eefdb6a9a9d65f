import type { Link, NodeId } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import { changeMarks, type StructureDiff } from '../diff/index.ts';
import type { LinkMark, Mark } from './theme.ts';

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


/**
 * Links to mark on one side's chart, by linkKey: on the later (`to`) chart the links added, and the links removed
 * drawn where they were (`ghosts`, both ends still on it); on the earlier chart the links removed.
 */
export function linkMarksFor(d: StructureDiff, side: 'from' | 'to'): { marks: Map<string, LinkMark>; ghosts: Link[] } {
  const marks = new Map<string, LinkMark>();
  if (side === 'from') {
    for (const l of d.links.removed) marks.set(linkKey(l), 'removed');
    return { marks, ghosts: [] };
  }
  for (const l of d.links.added) marks.set(linkKey(l), 'added');
  for (const l of d.links.removed) marks.set(linkKey(l), 'removed');
  return { marks, ghosts: [...d.links.removed] };
}
