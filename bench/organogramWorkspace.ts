import { FORMAT, type Link, type OrgNode, type Step, type Structure, type Workspace } from '../src/model/types.ts';
import { seeded } from './random.ts';

const FIRST = ['Amira', 'Ben', 'Chloe', 'Dev', 'Eilidh', 'Femi', 'Grace', 'Hamza', 'Isla', 'Jack', 'Kiran', 'Lena'];
const LAST = ['Adeyemi', 'Brown', 'Chen', 'Davies', 'Evans', 'Fraser', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis'];
const AREAS = ['Policy', 'Operations', 'Finance', 'Digital', 'Legal', 'Analysis', 'Commercial', 'People', 'Estates', 'Communications'];
const JUNIOR_GRADES = ['SEO', 'HEO', 'EO', 'AO', 'AA'];

/**
 * A workspace shaped like a large department's organogram return (the 12,000-post kind): a few layers of senior posts
 * (1 permanent secretary, 6 directors general, 5 directors each, 5 deputy directors each, 4 grade 6 heads each) and
 * every other node a junior unit under a grade 6 head, with grades, units, FTE and some vacancies; one option
 * `restructure` of `steps` moves, additions and links among the juniors and heads.
 */
export function generateOrganogram(count: number, steps = 60, seed = 11): Workspace {
  const rnd = seeded(seed);
  const nodes: OrgNode[] = [];
  const holder = () => (rnd.next() < 0.1 ? null : `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`);
  const layer = (prefix: string, per: number, parents: string[], name: (i: number) => string, grade: string): string[] => {
    const out: string[] = [];
    parents.forEach((p) => {
      for (let i = 0; i < per && nodes.length < count; i += 1) {
        const id = `${prefix}-${out.length + 1}`;
        nodes.push({ id, kind: 'post', name: name(out.length + 1), holder: holder(), manager: p, grade, unit: rnd.pick(AREAS), fte: 1 });
        out.push(id);
      }
    });
    return out;
  };
  nodes.push({ id: 'perm-sec', kind: 'post', name: 'Permanent Secretary', holder: 'Sam Taylor', manager: null, grade: 'SCS4', fte: 1 });
  const dgs = layer('dg', 6, ['perm-sec'], (i) => `Director General ${i}`, 'SCS3');
  const directors = layer('dir', 5, dgs, (i) => `Director ${i}, ${AREAS[i % AREAS.length]}`, 'SCS2');
  const deputies = layer('dd', 5, directors, (i) => `Deputy Director ${i}, ${AREAS[i % AREAS.length]}`, 'SCS1');
  const heads = layer('g6', 4, deputies, (i) => `Head of ${AREAS[i % AREAS.length]} ${i}`, 'G6');
  for (let i = 0; nodes.length < count; i += 1) {
    const grade = rnd.pick(JUNIOR_GRADES);
    const area = rnd.pick(AREAS);
    nodes.push({ id: `j-${i + 1}`, kind: 'unit', name: `${grade} ${area} team ${i + 1}`, manager: rnd.pick(heads), grade, unit: area, fte: 1 + rnd.int(12) });
  }
  const links: Link[] = [];
  for (let i = 0; i < 40; i += 1) links.push({ kind: 'dotted', from: rnd.pick(heads), to: rnd.pick(deputies) });
  const unique = [...new Map(links.filter((l) => l.from !== l.to).map((l) => [`${l.from}>${l.to}`, l])).values()];
  const baseline: Structure = { id: 'return-march', title: `Organogram return (${count} posts and units)`, asOf: '2026-03-31', nodes, links: unique };
  const juniors = nodes.filter((n) => n.id.startsWith('j-')).map((n) => n.id);
  const out: Step[] = [];
  const moved = new Set<string>();
  while (out.length < steps) {
    const r = rnd.next();
    if (r < 0.8) {
      const node = rnd.pick(juniors);
      if (moved.has(node)) continue;
      moved.add(node);
      out.push({ op: 'move', node, to: rnd.pick(heads), why: 'Rebalance teams' });
    } else if (r < 0.9) {
      const id = `new-head-${out.length}`;
      out.push({ op: 'add', node: { id, kind: 'post', name: `Head of New Service ${out.length}`, holder: null, manager: rnd.pick(deputies) }, why: 'New service' });
    } else {
      const from = rnd.pick(heads);
      const to = rnd.pick(deputies);
      if (unique.some((l) => l.from === from && l.to === to)) continue;
      out.push({ op: 'link', kind: 'dotted', from, to, why: 'Matrix working' });
    }
  }
  return {
    format: FORMAT,
    title: `Organogram-shaped workspace (${count} nodes)`,
    baseline,
    options: [{ id: 'restructure', title: `Restructure (${steps} steps)`, steps: out }],
  };
}

/** A chain of `depth` layers of line management, each post managing the next, and an option moving the last. */
export function generateChain(depth: number): Workspace {
  const nodes: OrgNode[] = Array.from({ length: depth }, (_, i) => ({ id: `n${i}`, kind: 'post' as const, name: `Layer ${i + 1}`, holder: null, manager: i ? `n${i - 1}` : null }));
  return {
    format: FORMAT,
    title: `A chain of ${depth} layers`,
    baseline: { id: 'chain', title: `${depth} layers`, nodes },
    options: [{ id: 'flatter', title: 'Last post moved to the top', steps: [{ op: 'move', node: `n${depth - 1}`, to: 'n0' }] }],
  };
}
