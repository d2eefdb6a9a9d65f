import { readFileSync } from 'node:fs';
import type { OrgNode, Structure, Workspace } from '../model/types.ts';
import { resolveWorkspace } from '../options/index.ts';
import { diffStructures, changeMarks } from '../diff/index.ts';
import { defaultCollapsed } from './data.ts';
import { blockColumns, layoutTree, NODE_HEIGHT, NODE_WIDTH } from './layout.ts';
import type { LaidNode, Layout } from './layout.ts';
import { firstChange, firstView, READABLE_SCALE, type ViewTransform } from './view.ts';

const structure = (nodes: OrgNode[]): Structure => ({ id: 's', title: 'S', nodes });
const post = (id: string, manager: string | null = null): OrgNode => ({ id, kind: 'post', name: id, manager });

function overlapping(l: Layout): string[] {
  const sorted = [...l.nodes].sort((a, b) => a.x - b.x);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x - a.x < NODE_WIDTH; j += 1) {
      const b = sorted[j]!;
      if (Math.abs(a.y - b.y) < NODE_HEIGHT) out.push(`${a.id}/${b.id}`);
    }
  }
  return out;
}

describe('layoutTree', () => {
  it('centres a manager over its reports, on the next row, in structure order', () => {
    const l = layoutTree(structure([post('top'), post('a', 'top'), post('b', 'top')]), new Map(), new Set());
    const [top, a, b] = ['top', 'a', 'b'].map((id) => l.byId.get(id)!);
    expect(l.nodes.map((n) => n.id)).toEqual(['top', 'a', 'b']);
    expect(top!.x).toBeCloseTo((a!.x + b!.x) / 2);
    expect(a!.y).toBe(b!.y);
    expect(a!.y).toBeGreaterThan(top!.y + NODE_HEIGHT);
    expect(a!.x).toBeLessThan(b!.x);
    expect(l.edges).toHaveLength(1);
  });

  it('stacks a long run of reports without reports in columns under their manager', () => {
    const nodes = [post('top'), post('sub', 'top'), post('subsub', 'sub'), ...Array.from({ length: 12 }, (_, i) => post(`leaf${i}`, 'top'))];
    const l = layoutTree(structure(nodes), new Map(), new Set());
    const leaves = l.nodes.filter((n) => n.id.startsWith('leaf'));
    expect(leaves.every((n) => n.stacked)).toBe(true);
    expect(new Set(leaves.map((n) => n.x)).size).toBe(blockColumns(12));
    expect(l.byId.get('sub')!.stacked).toBe(false);
    expect(overlapping(l)).toEqual([]);
    expect(l.byId.get('leaf0')!.posInSet).toBe(2);
    expect(l.byId.get('leaf0')!.setSize).toBe(13);
  });

  it('keeps a span of 500 narrow: a few columns, not 500 boxes across', () => {
    const nodes = [post('top'), ...Array.from({ length: 500 }, (_, i) => post(`r${i}`, 'top'))];
    const l = layoutTree(structure(nodes), new Map(), new Set());
    expect(l.bounds.x1 - l.bounds.x0).toBeLessThan(10 * (NODE_WIDTH + 30));
    expect(overlapping(l)).toEqual([]);
  });

  it('draws a 4,000-layer chain without recursion, one box a row', () => {
    const nodes = Array.from({ length: 4000 }, (_, i) => post(`n${i}`, i ? `n${i - 1}` : null));
    const l = layoutTree(structure(nodes), new Map(), new Set());
    expect(l.nodes).toHaveLength(4000);
    expect(l.byId.get('n3999')!.level).toBe(4000);
    expect(new Set(l.nodes.map((n) => n.y)).size).toBe(4000);
  });

  it('leaves out what is folded, and says so on the folded box', () => {
    const l = layoutTree(structure([post('top'), post('a', 'top'), post('b', 'a')]), new Map(), new Set(['a']));
    expect(l.nodes.map((n) => n.id)).toEqual(['top', 'a']);
    expect(l.byId.get('a')).toMatchObject({ folded: true, reports: 1, children: [] });
  });

  it('never overlaps boxes in a mixed structure', () => {
    const nodes: OrgNode[] = [post('r1'), post('r2')];
    for (let i = 0; i < 300; i += 1) nodes.push(post(`n${i}`, i < 10 ? (i % 2 ? 'r1' : 'r2') : `n${(i * 7) % i}`));
    expect(overlapping(layoutTree(structure(nodes), new Map(), new Set()))).toEqual([]);
  });
});

describe('the first view of the 500-report case', () => {
  const ws = JSON.parse(readFileSync('fixtures/cases/wide-span-500-reports.json', 'utf8')) as Workspace;
  const resolved = resolveWorkspace(ws);
  const a = resolved.structures.get(ws.baseline.id)!;
  const b = resolved.structures.get(ws.options[0]!.id)!;
  const marks = changeMarks(diffStructures(a, b), 'to');
  const l = layoutTree(b, marks, defaultCollapsed(b, marks));

  it('opens the paths to the changes', () => {
    expect(l.byId.get('team-manager-north')?.mark).toBe('added');
    expect(l.nodes.filter((n) => n.mark === 'moved').length).toBe(50);
  });

  it('opens at a readable scale in a pane of 1440x900 split view, with the new team manager in sight', () => {
    const [w, h] = [490, 630];
    const change = firstChange(l);
    expect(change?.id).toBe('team-manager-north');
    const t = firstView(l, w, h, change);
    expect(t.k).toBeGreaterThanOrEqual(READABLE_SCALE);
    const left = t.x + t.k * (change!.x - change!.width / 2);
    const top = t.y + t.k * change!.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + t.k * change!.width).toBeLessThanOrEqual(w);
    expect(top + t.k * change!.height).toBeLessThanOrEqual(h);
  });
});

describe('the first view of Leeds, baseline against Option 5, in a pane of 1440x900 split view', () => {
  const ws = JSON.parse(readFileSync('fixtures/leeds.json', 'utf8')) as Workspace;
  const resolved = resolveWorkspace(ws);
  const a = resolved.structures.get(ws.baseline.id)!;
  const b = resolved.structures.get('option-5')!;
  const diff = diffStructures(a, b);
  const [w, h] = [490, 580];
  const opened = (s: typeof a, side: 'from' | 'to') => {
    const marks = changeMarks(diff, side);
    const l = layoutTree(s, marks, defaultCollapsed(s, marks));
    return { l, t: firstView(l, w, h, firstChange(l)) };
  };
  const inView = (t: ViewTransform, n: LaidNode) => {
    const left = t.x + t.k * (n.x - n.width / 2);
    const top = t.y + t.k * n.y;
    return left >= 0 && left + t.k * n.width <= w && top >= 0 && top + t.k * n.height <= h;
  };

  it.each([['left', 'from', a], ['right', 'to', b]] as const)('%s pane: opens on the Council at the top, with its highest change, not on another organisation', (_, side, s) => {
    const { l, t } = opened(s, side);
    expect(l.nodes[0]?.id).toBe('council');
    expect(inView(t, l.byId.get('council')!)).toBe(true);
    expect(inView(t, l.byId.get('chief-executive')!)).toBe(true);
  });

  it('keeps the top row and its change badges below the zoom controls (about 40 px over the top right corner)', () => {
    for (const [s, side] of [[a, 'from'], [b, 'to']] as const) {
      const { l, t } = opened(s, side);
      const badgeTop = Math.min(...l.nodes.map((n) => t.y + t.k * (n.y - 9)));
      expect(badgeTop).toBeGreaterThanOrEqual(44);
    }
  });
});
