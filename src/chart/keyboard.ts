import type { NodeId } from '../model/types.ts';
import type { Layout } from './layout.ts';

/** What a key on a focused box does: move focus to another box, fold or unfold this one, or select it. */
export type TreeAction =
  | { kind: 'focus'; id: NodeId }
  | { kind: 'fold'; id: NodeId }
  | { kind: 'unfold'; id: NodeId }
  | { kind: 'select'; id: NodeId };

/**
 * The ARIA tree pattern (WAI-ARIA APG, "Tree View") over the drawn boxes in tree order: Down and Up to the next and
 * previous box shown, Right unfolds a folded box or goes to its first report, Left folds an open box or goes to its
 * manager, Home and End to the first and last box, Enter or Space selects. Null for any other key, or no move.
 */
export function treeKey(layout: Layout, id: NodeId, key: string): TreeAction | null {
  const n = layout.byId.get(id);
  if (!n) return null;
  const order = layout.nodes;
  const focus = (other: NodeId | undefined | null): TreeAction | null => (other != null && other !== id ? { kind: 'focus', id: other } : null);
  switch (key) {
    case 'ArrowDown':
      return focus(order[indexOf(layout, id) + 1]?.id);
    case 'ArrowUp':
      return focus(order[indexOf(layout, id) - 1]?.id);
    case 'ArrowRight':
      if (n.reports === 0) return null;
      return n.folded ? { kind: 'unfold', id } : focus(n.children[0]);
    case 'ArrowLeft':
      if (n.reports > 0 && !n.folded) return { kind: 'fold', id };
      return focus(n.parent);
    case 'Home':
      return focus(order[0]?.id);
    case 'End':
      return focus(order[order.length - 1]?.id);
    case 'Enter':
    case ' ':
      return { kind: 'select', id };
    default:
      return null;
  }
}

const positions = new WeakMap<Layout, Map<NodeId, number>>();

function indexOf(layout: Layout, id: NodeId): number {
  let index = positions.get(layout);
  if (!index) {
    index = new Map(layout.nodes.map((n, i) => [n.id, i]));
    positions.set(layout, index);
  }
  return index.get(id) ?? -1;
}
