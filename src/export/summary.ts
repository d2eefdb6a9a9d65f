import type { Structure } from '../model/types.ts';
import { measure } from '../model/measures.ts';
import { chartCountsLine } from '../words/exports.ts';

/** "27 boxes (12 posts, 8 units, …) in 3 line-management trees, with 9 other links (4 strategic, …)". */
export function structureCounts(s: Structure): string {
  const { byKind, roots, linksByKind } = measure(s);
  return chartCountsLine({ boxes: s.nodes.length, byKind, trees: roots.length, links: (s.links ?? []).length, linksByKind });
}
