import type { StructureDiff } from './diff.ts';

export interface DiffCounts {
  added: number;
  removed: number;
  moved: number;
  /** Nodes with at least one changed field (not fields: a renamed and re-held post counts once). */
  changed: number;
  linksAdded: number;
  linksRemoved: number;
  accountable: number;
}

export function diffCounts(d: StructureDiff): DiffCounts {
  const changed = new Set(d.changed.map((c) => c.node)).size;
  return {
    added: d.added.length,
    removed: d.removed.length,
    moved: d.moved.length,
    changed,
    linksAdded: d.links.added.length,
    linksRemoved: d.links.removed.length,
    accountable: d.accountable.length,
  };
}
