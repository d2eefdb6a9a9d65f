import { nodeAt } from './hitTest.ts';
import type { HNode } from './drawNode.ts';

describe('nodeAt', () => {
  const node = (id: string, x: number, y: number, synthetic = false) =>
    ({ x, y, width: 100, height: 50, data: { id, synthetic } }) as unknown as HNode;
  const nodes = [node('root', 0, 0, true), node('a', 0, 100), node('b', 200, 100)];

  it('finds the box under the point in the top-down layout', () => {
    expect(nodeAt(nodes, 10, 120)?.data.id).toBe('a');
    expect(nodeAt(nodes, 249, 149)?.data.id).toBe('b');
    expect(nodeAt(nodes, 100, 120)).toBeNull();
  });

  it('skips the hidden root and the dragged node', () => {
    expect(nodeAt(nodes, 0, 0)).toBeNull();
    expect(nodeAt(nodes, 10, 120, 'a')).toBeNull();
  });
});
