import type { OrgNode, Structure } from '../model/types.ts';
import { treeKey } from './keyboard.ts';
import { layoutTree, NODE_WIDTH } from './layout.ts';
import { fitView, follow, zoomBy } from './view.ts';

const post = (id: string, manager: string | null = null): OrgNode => ({ id, kind: 'post', name: id, manager });
const s: Structure = { id: 's', title: 'S', nodes: [post('top'), post('a', 'top'), post('a1', 'a'), post('b', 'top'), post('other')] };

describe('treeKey (ARIA tree pattern)', () => {
  const open = layoutTree(s, new Map(), new Set());
  const folded = layoutTree(s, new Map(), new Set(['a']));

  it('moves down and up through the boxes shown, in tree order', () => {
    expect(treeKey(open, 'a', 'ArrowDown')).toEqual({ kind: 'focus', id: 'a1' });
    expect(treeKey(folded, 'a', 'ArrowDown')).toEqual({ kind: 'focus', id: 'b' });
    expect(treeKey(open, 'a', 'ArrowUp')).toEqual({ kind: 'focus', id: 'top' });
    expect(treeKey(open, 'top', 'ArrowUp')).toBeNull();
    expect(treeKey(open, 'a', 'End')).toEqual({ kind: 'focus', id: 'other' });
    expect(treeKey(open, 'b', 'Home')).toEqual({ kind: 'focus', id: 'top' });
  });

  it('unfolds or goes to the first report with Right; folds or goes to the manager with Left', () => {
    expect(treeKey(folded, 'a', 'ArrowRight')).toEqual({ kind: 'unfold', id: 'a' });
    expect(treeKey(open, 'a', 'ArrowRight')).toEqual({ kind: 'focus', id: 'a1' });
    expect(treeKey(open, 'a1', 'ArrowRight')).toBeNull();
    expect(treeKey(open, 'a', 'ArrowLeft')).toEqual({ kind: 'fold', id: 'a' });
    expect(treeKey(folded, 'a', 'ArrowLeft')).toEqual({ kind: 'focus', id: 'top' });
    expect(treeKey(open, 'other', 'ArrowLeft')).toBeNull();
  });

  it('selects with Enter and Space, and ignores other keys', () => {
    expect(treeKey(open, 'b', 'Enter')).toEqual({ kind: 'select', id: 'b' });
    expect(treeKey(open, 'b', ' ')).toEqual({ kind: 'select', id: 'b' });
    expect(treeKey(open, 'b', 'x')).toBeNull();
  });
});

describe('view transforms', () => {
  const l = layoutTree(s, new Map(), new Set());

  it('fits the whole drawing at scale 1 at most', () => {
    const t = fitView(l, 4000, 3000);
    expect(t.k).toBe(1);
    const small = fitView(l, 200, 200);
    expect(small.k).toBeLessThan(1);
    expect(small.x + small.k * l.bounds.x0).toBeGreaterThanOrEqual(0);
    expect(small.x + small.k * l.bounds.x1).toBeLessThanOrEqual(200);
  });

  it('pans just enough to show a box that is out of view, and not at all if it shows', () => {
    const n = l.byId.get('b')!;
    const shown = { x: 400 - n.x, y: 100, k: 1 };
    expect(follow(shown, n, 800, 600)).toBe(shown);
    const moved = follow({ x: -n.x - 500, y: 100, k: 1 }, n, 800, 600);
    expect(moved.k).toBe(1);
    expect(moved.x + n.x - NODE_WIDTH / 2).toBe(32);
  });

  it('zooms about the centre of the pane', () => {
    const t = zoomBy({ x: 100, y: 50, k: 1 }, 2, 800, 600);
    const centre = { x: (400 - 100) / 1, y: (300 - 50) / 1 };
    expect(t.k).toBe(2);
    expect(t.x + t.k * centre.x).toBeCloseTo(400);
    expect(t.y + t.k * centre.y).toBeCloseTo(300);
  });
});
