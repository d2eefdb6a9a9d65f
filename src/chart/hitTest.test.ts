import { nodeAt } from './hitTest.ts';
import type { LaidNode } from './layout.ts';

describe('nodeAt', () => {
  const node = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 50 }) as unknown as LaidNode;
  const nodes = [node('a', 0, 100), node('b', 200, 100)];

  it('finds the box under the point in the top-down layout', () => {
    expect(nodeAt(nodes, 10, 120)?.id).toBe('a');
    expect(nodeAt(nodes, 249, 149)?.id).toBe('b');
    expect(nodeAt(nodes, 100, 120)).toBeNull();
  });

  it('skips the dragged node', () => {
    expect(nodeAt(nodes, 10, 120, 'a')).toBeNull();
  });
});
