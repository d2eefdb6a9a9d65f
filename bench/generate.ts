import { FORMAT, LINK_KINDS, type Link, type NodeKind, type OrgFunction, type OrgNode, type Step, type Structure, type Workspace } from '../src/model/types.ts';
import { linkKey } from '../src/model/queries.ts';
import { seeded } from './random.ts';

export interface GenerateOptions {
  nodes: number;
  steps: number;
  seed?: number;
}

const KINDS: NodeKind[] = ['post', 'post', 'unit', 'unit', 'body', 'member'];

/** A valid workspace of `nodes` nodes in a few organisations, and one option `generated` of `steps` valid steps. */
export function generateWorkspace({ nodes: count, steps: stepCount, seed = 1 }: GenerateOptions): Workspace {
  const rnd = seeded(seed);
  const orgs = Math.max(1, Math.min(4, Math.floor(count / 250)));
  const nodes: OrgNode[] = [];
  for (let i = 0; i < count; i++) {
    const id = `n${i}`;
    const manager = i < orgs ? null : `n${i < 40 ? rnd.int(i) : Math.max(0, i - 1 - rnd.int(Math.min(i, 60)))}`;
    const kind = i < orgs ? 'body' : rnd.pick(KINDS);
    nodes.push({ id, kind, name: `${kind === 'unit' ? 'Service' : 'Post'} ${i}`, holder: kind === 'post' ? `Holder ${i}` : null, manager });
  }
  const links = new Map<string, Link>();
  for (let i = 0; i < count / 5; i++) {
    const from = `n${rnd.int(count)}`;
    const to = `n${rnd.int(count)}`;
    const link: Link = { kind: rnd.pick(LINK_KINDS), from, to };
    if (from !== to) links.set(linkKey(link), link);
  }
  const functions: OrgFunction[] = [];
  const accountable: Record<string, string> = {};
  for (let i = 0; i < Math.max(8, count / 20); i++) {
    functions.push({ id: `f${i}`, name: `Function ${i}`, statutory: i % 3 === 0 });
    if (i % 10 !== 9) accountable[`f${i}`] = `n${rnd.int(count)}`;
  }
  const baseline: Structure = { id: 'generated-base', title: `Generated structure of ${count} nodes`, asOf: '2026-01-01', nodes, links: [...links.values()], functions, accountable };
  return {
    format: FORMAT,
    title: `Generated workspace (${count} nodes, ${stepCount} steps)`,
    baseline,
    options: [{ id: 'generated', title: `Generated option of ${stepCount} steps`, steps: generateSteps(baseline, stepCount, rnd) }],
  };
}

/** Valid steps, by simulating their effect on managers, live ids and links as they are chosen. */
function generateSteps(base: Structure, count: number, rnd: ReturnType<typeof seeded>): Step[] {
  const manager = new Map(base.nodes.map((n) => [n.id, n.manager ?? null]));
  const live = base.nodes.map((n) => n.id);
  const links = new Map((base.links ?? []).map((l) => [linkKey(l), l]));
  const functions = (base.functions ?? []).map((f) => f.id);
  const under = (id: string, ancestor: string): boolean => {
    for (let cur: string | null = id; cur !== null; cur = manager.get(cur) ?? null) if (cur === ancestor) return true;
    return false;
  };
  const randomLive = (): string => live[rnd.int(live.length)]!;
  const steps: Step[] = [];
  let added = 0;
  while (steps.length < count) {
    const r = rnd.next();
    if (r < 0.4) {
      const node = randomLive();
      const to = randomLive();
      if (under(to, node)) continue;
      manager.set(node, to);
      steps.push({ op: 'move', node, to, why: 'Generated move' });
    } else if (r < 0.5 && live.length > 10) {
      const at = rnd.int(live.length);
      const victim = live[at]!;
      const into = randomLive();
      if (into === victim || under(into, victim)) continue;
      for (const [id, m] of manager) if (m === victim) manager.set(id, into);
      manager.delete(victim);
      live.splice(at, 1);
      for (const [key, l] of [...links]) {
        if (l.from !== victim && l.to !== victim) continue;
        links.delete(key);
        const moved = { ...l, from: l.from === victim ? into : l.from, to: l.to === victim ? into : l.to };
        if (moved.from !== moved.to) links.set(linkKey(moved), moved);
      }
      steps.push({ op: 'merge', nodes: [victim], into, why: 'Generated merge' });
    } else if (r < 0.7) {
      const link: Link = { kind: rnd.pick(LINK_KINDS), from: randomLive(), to: randomLive() };
      if (link.from === link.to || links.has(linkKey(link))) continue;
      links.set(linkKey(link), link);
      steps.push({ op: 'link', ...link, why: 'Generated link' });
    } else if (r < 0.75 && links.size > 0) {
      const [key, l] = [...links.entries()][rnd.int(Math.min(links.size, 50))]!;
      links.delete(key);
      steps.push({ op: 'unlink', kind: l.kind, from: l.from, to: l.to, why: 'Generated unlink' });
    } else if (r < 0.9 && functions.length > 0) {
      steps.push({ op: 'assign', function: rnd.pick(functions), to: rnd.next() < 0.1 ? null : randomLive(), why: 'Generated assignment' });
    } else if (r < 0.95) {
      const id = `new-${added++}`;
      const to = randomLive();
      manager.set(id, to);
      live.push(id);
      steps.push({ op: 'add', node: { id, kind: 'post', name: `New post ${added}`, holder: null, manager: to }, why: 'Generated post' });
    } else {
      const node = randomLive();
      steps.push({ op: 'update', node, set: { holder: `Holder ${steps.length}` }, why: 'Generated appointment' });
    }
  }
  return steps;
}

export interface ShapeOptions {
  /** Nodes in the structure. */
  nodes: number;
  /** `chain`: one line of management `nodes` deep; `flat`: one root managing every other node (two layers). */
  shape: 'chain' | 'flat';
  /** Options derived one from the next, each with one step, listed child first (the last derived comes first). */
  derived?: number;
}

/**
 * A valid workspace of a given shape, for depth and size tests: posts c0…c(N−1), functions held at every
 * 50th node (so accountability chains run the whole depth), a few links, one option `moves` of 20 moves
 * and renames, and `derived` options d1…dK where dk derives from d(k−1) (d1 from the baseline).
 */
export function generateShape({ nodes: count, shape, derived = 0 }: ShapeOptions): Workspace {
  const nodes: OrgNode[] = [];
  for (let i = 0; i < count; i++) {
    const manager = i === 0 ? null : shape === 'chain' ? `c${i - 1}` : 'c0';
    nodes.push({ id: `c${i}`, kind: i === 0 ? 'body' : 'post', name: `Post ${i}`, holder: i % 3 === 0 ? null : `Holder ${i}`, manager });
  }
  const functions: OrgFunction[] = [];
  const accountable: Record<string, string> = {};
  for (let i = 1; i < count; i += 50) {
    functions.push({ id: `f${i}`, name: `Function ${i}`, statutory: i % 100 === 1 });
    accountable[`f${i}`] = `c${i}`;
  }
  const links: Link[] = [];
  for (let i = 2; i < count; i += 97) links.push({ kind: 'dotted', from: `c${i}`, to: `c${i - 1}` });
  const moves: Step[] = [];
  for (let i = 10; i < count && moves.length < 20; i += Math.max(1, Math.floor(count / 25))) {
    moves.push({ op: 'update', node: `c${i}`, set: { name: `Renamed post ${i}` }, why: 'Generated rename' });
  }
  const options: Workspace['options'] = [{ id: 'moves', title: 'Twenty renames', steps: moves }];
  const chain: Workspace['options'] = [];
  for (let k = 1; k <= derived; k++) {
    chain.push({ id: `d${k}`, title: `Derived ${k}`, ...(k > 1 ? { from: `d${k - 1}` } : {}), steps: [{ op: 'update', node: `c${k % count}`, set: { holder: `Derived holder ${k}` } }] });
  }
  options.push(...chain.reverse());
  const baseline: Structure = { id: 'base', title: `${shape === 'chain' ? 'Chain' : 'Flat structure'} of ${count} nodes`, asOf: '2026-01-01', nodes, links, functions, accountable };
  return { format: FORMAT, title: `Generated ${shape} of ${count}`, baseline, options };
}

/**
 * The tester's deep chain (issue 10, `/tmp/deep10k.json`): `layers` posts each managing the next ("Level 0 (top)",
 * "Level 1", …, ids n0, n1, …), no holders, and an option `flatten` that moves the bottom post up under the top
 * one. Paginated on A3 it once ran for over 600 s.
 */
export function generateDeepChain(layers: number): Workspace {
  const nodes: OrgNode[] = [];
  for (let i = 0; i < layers; i++) {
    nodes.push({ id: `n${i}`, kind: 'post', name: i === 0 ? 'Level 0 (top)' : `Level ${i}`, ...(i > 0 ? { manager: `n${i - 1}` } : {}) });
  }
  return {
    format: FORMAT,
    title: `A ${layers}-deep chain of line management`,
    baseline: { id: 'now', title: `Chain of ${layers}`, nodes, functions: [], accountable: {} },
    options: [{ id: 'flatten', title: 'Move bottom', steps: [{ op: 'move', node: `n${layers - 1}`, to: 'n0' }] }],
  };
}
