import type { LaidNode } from './layout.ts';

/** The drawn (non-synthetic) node whose box holds the point, in chart coordinates of the top-down layout. */
export function nodeAt(nodes: readonly LaidNode[], x: number, y: number, except?: string): LaidNode | null {
  for (let i = nodes.length - 1; i >= 0; i -= 1) {
    const n = nodes[i]!;
    if (n.id === except) continue;
    if (x >= n.x - n.width / 2 && x <= n.x + n.width / 2 && y >= n.y && y <= n.y + n.height) return n;
  }
  return null;
}
