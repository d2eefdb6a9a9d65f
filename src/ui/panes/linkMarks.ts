import type { StructureDiff } from '../../diff/index.ts';
import { linkKey } from '../../model/queries.ts';
import type { Side } from '../../store/types.ts';
import type { LinkMark } from '../../words/chart.ts';

const NONE: ReadonlyMap<string, LinkMark> = new Map();
const cache = new WeakMap<StructureDiff, Record<Side, ReadonlyMap<string, LinkMark>>>();

/** Links to mark on a pane's chart, by linkKey: removed ones on the left (they are in its structure), added on the right. */
export function linkMarksOf(diff: StructureDiff | null, side: Side): ReadonlyMap<string, LinkMark> {
  if (!diff) return NONE;
  let both = cache.get(diff);
  if (!both) {
    both = {
      left: new Map(diff.links.removed.map((l) => [linkKey(l), 'removed' as const])),
      right: new Map(diff.links.added.map((l) => [linkKey(l), 'added' as const])),
    };
    cache.set(diff, both);
  }
  return both[side];
}
