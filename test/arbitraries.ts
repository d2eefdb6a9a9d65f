import fc from 'fast-check';
import { FORMAT, LINK_KINDS, NODE_KINDS, type Link, type LinkKind, type NodeKind, type Option, type OrgFunction, type OrgNode, type Step, type Structure, type Workspace } from '../src/model/types.ts';
import { linkKey } from '../src/model/queries.ts';

export interface StructureArbOptions {
  minNodes?: number;
  maxNodes?: number;
  /** Structure id; defaults to "base". */
  id?: string;
}

const arbSlug = (maxLength = 12): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[a-z0-9][a-z0-9-]{0,${Math.max(0, maxLength - 1)}}$`));
const arbName = (): fc.Arbitrary<string> => fc.string({ minLength: 1, maxLength: 30 });
const arbKind = (): fc.Arbitrary<NodeKind> => fc.constantFrom(...NODE_KINDS);
const arbLinkKind = (): fc.Arbitrary<LinkKind> => fc.constantFrom(...LINK_KINDS);

interface NodeSeed {
  id: string;
  kind: NodeKind;
  name: string;
  holder: string | null | undefined;
  note: string | undefined;
  /** null: a root; otherwise picks an earlier node, so line management is a forest. */
  manager: number | null;
  order: number;
}

const arbNodeSeed = (id: string): fc.Arbitrary<NodeSeed> =>
  fc.record({
    id: fc.constant(id),
    kind: arbKind(),
    name: arbName(),
    holder: fc.oneof(fc.constant(undefined), fc.constant(null), arbName()),
    note: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    manager: fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: fc.nat() }),
    order: fc.nat(),
  });

function distinctIds(slugs: string[]): string[] {
  const seen = new Set<string>();
  return slugs.map((slug, i) => {
    const id = seen.has(slug) ? `${slug}-${i}` : slug;
    seen.add(id);
    return id;
  });
}

function buildNodes(seeds: NodeSeed[]): OrgNode[] {
  const nodes = seeds.map((s, i): OrgNode => {
    const node: OrgNode = { id: s.id, kind: s.kind, name: s.name };
    if (s.holder !== undefined) node.holder = s.holder;
    if (i > 0) node.manager = s.manager === null ? null : seeds[s.manager % i]!.id;
    if (s.note !== undefined) node.note = s.note;
    return node;
  });
  const order = new Map(seeds.map((s, i) => [s.id, s.order * 64 + i]));
  return nodes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** Random valid structures: a forest of 1..40 nodes (several roots), links of every kind, functions with and without an accountable node. */
export function arbStructure(opts: StructureArbOptions = {}): fc.Arbitrary<Structure> {
  const minNodes = opts.minNodes ?? 1;
  const maxNodes = opts.maxNodes ?? 40;
  return fc
    .integer({ min: minNodes, max: maxNodes })
    .chain((count) => fc.array(arbSlug(8), { minLength: count, maxLength: count }))
    .map(distinctIds)
    .chain((ids) => fc.tuple(...ids.map(arbNodeSeed)))
    .chain((seeds) => {
      const nodes = buildNodes(seeds);
      const ids = nodes.map((n) => n.id);
      const arbLink = fc
        .record({ kind: arbLinkKind(), from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), note: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) })
        .filter((l) => l.from !== l.to)
        .map((l): Link => (l.note === undefined ? { kind: l.kind, from: l.from, to: l.to } : { kind: l.kind, from: l.from, to: l.to, note: l.note }));
      const arbFunction = fc.record({
        id: arbSlug(),
        name: arbName(),
        statutory: fc.option(fc.boolean(), { nil: undefined }),
        accountable: fc.option(fc.constantFrom(...ids), { nil: undefined, freq: 4 }),
      });
      return fc.record({
        nodes: fc.constant(nodes),
        links: ids.length > 1 ? fc.uniqueArray(arbLink, { maxLength: 30, selector: linkKey }) : fc.constant<Link[]>([]),
        functions: fc.uniqueArray(arbFunction, { maxLength: 8, selector: (f) => f.id }),
        withLinks: fc.boolean(),
        title: arbName(),
      });
    })
    .map(({ nodes, links, functions, withLinks, title }): Structure => {
      const s: Structure = { id: opts.id ?? 'base', title, nodes };
      if (withLinks || links.length > 0) s.links = links;
      if (functions.length > 0) {
        s.functions = functions.map((f): OrgFunction => (f.statutory === undefined ? { id: f.id, name: f.name } : { id: f.id, name: f.name, statutory: f.statutory }));
        const accountable: Record<string, string> = {};
        for (const f of functions) if (f.accountable !== undefined) accountable[f.id] = f.accountable;
        s.accountable = accountable;
      }
      return s;
    });
}

/** One choice per step; a deterministic simulation turns them into steps, so shrinking works on the numbers. */
interface StepSeed {
  op: Step['op'];
  a: number;
  b: number;
  c: number;
  /** 0 makes the step deliberately invalid (about 1 in 8). */
  bad: number;
  kind: NodeKind;
  linkKind: LinkKind;
  name: string;
}

const arbStepSeed: fc.Arbitrary<StepSeed> = fc.record({
  op: fc.constantFrom<Step['op']>('add', 'remove', 'move', 'move', 'update', 'merge', 'link', 'unlink', 'assign'),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  bad: fc.noBias(fc.nat(7)),
  kind: arbKind(),
  linkKind: arbLinkKind(),
  name: arbName(),
});

/** A light model of a structure while steps are chosen: ids, managers, links, functions. */
class Sim {
  readonly manager = new Map<string, string | null>();
  readonly links = new Map<string, Link>();
  readonly functions: string[];
  private fresh = 0;

  constructor(s: Structure) {
    for (const n of s.nodes) this.manager.set(n.id, n.manager ?? null);
    for (const l of s.links ?? []) this.links.set(linkKey(l), l);
    this.functions = (s.functions ?? []).map((f) => f.id);
  }

  ids(): string[] {
    return [...this.manager.keys()];
  }
  pick(n: number): string | undefined {
    const ids = this.ids();
    return ids.length === 0 ? undefined : ids[n % ids.length];
  }
  newId(): string {
    let id: string;
    do id = `new-${this.fresh++}`;
    while (this.manager.has(id));
    return id;
  }
  under(id: string, ancestor: string): boolean {
    for (let cur: string | null | undefined = id; cur != null; cur = this.manager.get(cur)) if (cur === ancestor) return true;
    return false;
  }
  reports(id: string): string[] {
    return this.ids().filter((k) => this.manager.get(k) === id);
  }
  dropLinksOf(id: string, into: string | null): void {
    for (const [key, l] of [...this.links]) {
      if (l.from !== id && l.to !== id) continue;
      this.links.delete(key);
      if (into === null) continue;
      const moved = { ...l, from: l.from === id ? into : l.from, to: l.to === id ? into : l.to };
      if (moved.from !== moved.to && !this.links.has(linkKey(moved))) this.links.set(linkKey(moved), moved);
    }
  }
}

const MISSING = 'no-such-node';

function stepFrom(sim: Sim, seed: StepSeed): Step | null {
  const bad = seed.bad === 0;
  const node = sim.pick(seed.a);
  const other = sim.pick(seed.b);
  switch (seed.op) {
    case 'add': {
      const id = bad && node !== undefined ? node : sim.newId();
      const to = seed.c % 4 === 0 ? null : (other ?? null);
      if (!bad) sim.manager.set(id, to);
      return { op: 'add', node: { id, kind: seed.kind, name: seed.name, holder: null, manager: to } };
    }
    case 'remove': {
      if (node === undefined) return null;
      const leaf = sim.ids().find((id, i) => i >= seed.a % sim.manager.size && sim.reports(id).length === 0) ?? node;
      const target = bad ? MISSING : leaf;
      if (!bad && sim.reports(target).length === 0) {
        sim.manager.delete(target);
        sim.dropLinksOf(target, null);
      }
      return { op: 'remove', node: target };
    }
    case 'move': {
      if (node === undefined) return null;
      let to: string | null = seed.c % 5 === 0 ? null : (other ?? null);
      if (bad) to = seed.c % 2 === 0 ? node : MISSING;
      else if (to !== null && sim.under(to, node)) to = null;
      if (!bad) sim.manager.set(node, to);
      return { op: 'move', node, to };
    }
    case 'update': {
      if (node === undefined) return null;
      if (bad) return { op: 'update', node, set: seed.c % 2 === 0 ? {} : { name: '' } };
      const sets = [{ name: seed.name }, { holder: seed.c % 3 === 0 ? null : seed.name }, { kind: seed.kind }, { note: seed.name, name: seed.name }];
      return { op: 'update', node, set: sets[seed.c % sets.length]! };
    }
    case 'merge': {
      if (node === undefined || other === undefined) return null;
      if (bad) return { op: 'merge', nodes: [node], into: node };
      const second = seed.c % 3 === 0 ? sim.pick(seed.c) : undefined;
      const nodes = second === undefined || second === node ? [node] : [node, second];
      if (nodes.includes(other) || nodes.some((m) => sim.under(other, m))) return null;
      for (const m of nodes) {
        for (const r of sim.reports(m)) if (!nodes.includes(r)) sim.manager.set(r, other);
        sim.dropLinksOf(m, other);
      }
      for (const m of nodes) sim.manager.delete(m);
      return { op: 'merge', nodes, into: other };
    }
    case 'link': {
      if (node === undefined || other === undefined) return null;
      const link: Link = { kind: seed.linkKind, from: node, to: bad ? node : other };
      if (!bad && (link.from === link.to || sim.links.has(linkKey(link)))) return null;
      if (!bad) sim.links.set(linkKey(link), link);
      return { op: 'link', ...link };
    }
    case 'unlink': {
      const links = [...sim.links.values()];
      const l = links[seed.a % Math.max(1, links.length)];
      if (bad || l === undefined) return { op: 'unlink', kind: seed.linkKind, from: node ?? MISSING, to: MISSING };
      sim.links.delete(linkKey(l));
      return { op: 'unlink', kind: l.kind, from: l.from, to: l.to };
    }
    case 'assign': {
      const fn = sim.functions[seed.a % Math.max(1, sim.functions.length)];
      if (bad || fn === undefined) return { op: 'assign', function: fn ?? 'no-such-function', to: bad ? MISSING : (node ?? null) };
      return { op: 'assign', function: fn, to: seed.c % 4 === 0 ? null : (node ?? null) };
    }
  }
}

/** Random step sequences over `structure`: mostly valid, about one in eight deliberately invalid (missing ids, loops, self-links, empty updates). */
export function arbStepsFor(structure: Structure, opts: { maxSteps?: number } = {}): fc.Arbitrary<Step[]> {
  return fc.array(arbStepSeed, { maxLength: opts.maxSteps ?? 30 }).map((seeds) => {
    const sim = new Sim(structure);
    const steps: Step[] = [];
    for (const seed of seeds) {
      const step = stepFrom(sim, seed);
      if (step) steps.push(step);
    }
    return steps;
  });
}

export function arbStructureWithSteps(opts: StructureArbOptions & { maxSteps?: number } = {}): fc.Arbitrary<{ structure: Structure; steps: Step[] }> {
  return arbStructure(opts).chain((structure) => arbStepsFor(structure, opts).map((steps) => ({ structure, steps })));
}

/** Random workspaces: a baseline and 0..3 options, some derived from earlier options. Steps may fail; the shape is always valid. */
export function arbWorkspace(): fc.Arbitrary<Workspace> {
  return arbStructure({ id: 'baseline' }).chain((baseline) =>
    fc
      .array(fc.record({ steps: arbStepsFor(baseline, { maxSteps: 8 }), title: arbName(), from: fc.nat(), summary: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }), { maxLength: 3 })
      .map((raw): Workspace => {
        const options = raw.map((r, i): Option => {
          const o: Option = { id: `option-${i + 1}`, title: r.title, steps: r.steps };
          const from = r.from % (i + 2);
          if (from > 0) o.from = from === 1 ? 'baseline' : `option-${from - 1}`;
          if (r.summary !== undefined) o.summary = r.summary;
          return o;
        });
        return { format: FORMAT, title: 'Random workspace', baseline, options };
      }),
  );
}
