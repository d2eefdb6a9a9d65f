import type { HNode } from './drawNode.ts';

/** The drawn (non-synthetic) node whose box holds the point, in chart coordinates of the top-down layout. */
export function nodeAt(nodes: readonly HNode[], x: number, y: number, except?: string): HNode | null {
  for (let i = nodes.length - 1; i >= 0; i -= 1) {
    const n = nodes[i]!;
    if (n.data.synthetic || n.data.id === except) continue;
    if (x >= n.x - n.width / 2 && x <= n.x + n.width / 2 && y >= n.y && y <= n.y + n.height) return n;
  }
  return null;
}
