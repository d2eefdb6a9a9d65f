import type { FunctionId, Link, NodeId, OrgNode, Pay, Step, Structure } from '../model/types.ts';
import { peopleValue } from '../words/money.ts';
import { linkKey, nodeIndex } from '../model/queries.ts';
import type { StructureDiff } from '../diff/index.ts';
import { holderLabel } from './boxText.ts';
import { LINK_STYLE } from './theme.ts';

export type ChangeCategory = 'moved' | 'added' | 'removed' | 'changed' | 'accountable' | 'link-added' | 'link-removed';

export const CATEGORY_LABEL: Record<ChangeCategory, string> = {
  moved: 'Moved',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  accountable: 'Accountability',
  'link-added': 'Link added',
  'link-removed': 'Link removed',
};

export interface NumberedChange {
  n: number;
  category: ChangeCategory;
  text: string;
  /** The `why` of each step that explains the change, in step order, without repeats. */
  why: string[];
  /** Where the number goes: nodes of the current (from) and proposed (to) charts, and a link on one of them. */
  onFrom: NodeId[];
  onTo: NodeId[];
  link?: { side: 'from' | 'to'; key: string };
}

type StepTest = (step: Step) => boolean;

/**
 * The reasons of the steps that explain a change. A step that names the change itself (a move of the node, an
 * assign of the function) wins; a step that causes it on the way (a merge, a removal) counts only when none does.
 */
function whys(steps: readonly Step[], direct: StepTest, indirect: StepTest = () => false): string[] {
  const collect = (test: StepTest) => {
    const out: string[] = [];
    for (const s of steps) {
      const why = s.why?.trim();
      if (why && test(s) && !out.includes(why)) out.push(why);
    }
    return out;
  };
  const first = collect(direct);
  return first.length > 0 ? first : collect(indirect);
}

const touchesNode = (s: Step, id: NodeId): boolean =>
  s.op === 'merge' ? s.nodes.includes(id) || s.into === id : s.op === 'add' ? s.node.id === id : 'node' in s && s.node === id;

const sameLink = (s: Step, l: Link, op: 'link' | 'unlink'): boolean => s.op === op && s.kind === l.kind && s.from === l.from && s.to === l.to;

/** Which steps explain a change, matched by node, function or link, never by position: [direct, indirect]. */
const explains = {
  moved: (node: NodeId, from: NodeId | null): [StepTest, StepTest] => [
    (s) => s.op === 'move' && s.node === node,
    (s) => s.op === 'merge' && from !== null && s.nodes.includes(from),
  ],
  added: (node: NodeId): [StepTest] => [(s) => s.op === 'add' && s.node.id === node],
  removed: (node: NodeId): [StepTest] => [(s) => (s.op === 'remove' && s.node === node) || (s.op === 'merge' && s.nodes.includes(node))],
  changed: (node: NodeId, field: string): [StepTest] => [(s) => s.op === 'update' && s.node === node && field in s.set],
  accountable: (fn: FunctionId, from: NodeId | null): [StepTest, StepTest] => [
    (s) => s.op === 'assign' && s.function === fn,
    (s) => from !== null && (s.op === 'remove' || s.op === 'merge') && touchesNode(s, from),
  ],
  link: (l: Link, op: 'link' | 'unlink'): [StepTest, StepTest] => [
    (s) => sameLink(s, l, op),
    (s) => (s.op === 'merge' || (op === 'unlink' && s.op === 'remove')) && (touchesNode(s, l.from) || touchesNode(s, l.to)),
  ],
};

export interface ChangeContext {
  from: Structure;
  to: Structure;
  steps: readonly Step[];
  hideNames: boolean;
  /** ISO 4217 code for pay in change lines; "GBP" when absent (people.md). */
  currency?: string | undefined;
}

function namer(ctx: ChangeContext) {
  const a = nodeIndex(ctx.from);
  const b = nodeIndex(ctx.to);
  const node = (id: NodeId): OrgNode | undefined => b.get(id) ?? a.get(id);
  const name = (id: NodeId | null): string => (id === null ? 'no one' : node(id)?.name ?? id);
  const manager = (id: NodeId | null): string => (id === null ? 'no manager (top of its organisation)' : name(id));
  const fnNames = new Map([...(ctx.from.functions ?? []), ...(ctx.to.functions ?? [])].map((f) => [f.id, f.name]));
  const fnName = (id: FunctionId): string => fnNames.get(id) ?? id;
  return { a, b, name, manager, fnName };
}

function fieldChange(field: string, from: unknown, to: unknown, hideNames: boolean, kind: OrgNode['kind'], currency: string | undefined): string {
  if (field === 'fte' || field === 'pay') {
    return `${field === 'fte' ? 'FTE' : 'pay'} ${peopleValue(from as number | Pay | null, currency)} → ${peopleValue(to as number | Pay | null, currency)}`;
  }
  if (field === 'holder') {
    const show = (h: unknown) => holderLabel({ id: '', kind, name: '', holder: typeof h === 'string' ? h : null }, hideNames) ?? 'no holder';
    return hideNames && from != null && to != null ? 'post holder changed' : `holder ${show(from)} → ${show(to)}`;
  }
  return `${field} “${String(from)}” → “${String(to)}”`;
}

/** The diff as numbered rows: moved, added, removed, changed, accountability, then link changes. */
export function numberChanges(d: StructureDiff, ctx: ChangeContext): NumberedChange[] {
  const { a, b, name, manager, fnName } = namer(ctx);
  const rows: Omit<NumberedChange, 'n'>[] = [];
  for (const m of d.moved) {
    rows.push({
      category: 'moved', text: `${name(m.node)}: reports to ${manager(m.to)}, was ${manager(m.from)}`,
      why: whys(ctx.steps, ...explains.moved(m.node, m.from)), onFrom: [m.node], onTo: [m.node],
    });
  }
  for (const id of d.added) {
    const mgr = b.get(id)?.manager ?? null;
    rows.push({ category: 'added', text: `${name(id)}, reporting to ${manager(mgr)}`, why: whys(ctx.steps, ...explains.added(id)), onFrom: [], onTo: [id] });
  }
  for (const id of d.removed) {
    rows.push({ category: 'removed', text: name(id), why: whys(ctx.steps, ...explains.removed(id)), onFrom: [id], onTo: [] });
  }
  for (const c of d.changed) {
    const kind = b.get(c.node)?.kind ?? a.get(c.node)?.kind ?? 'post';
    rows.push({
      category: 'changed', text: `${name(c.node)}: ${fieldChange(c.field, c.from, c.to, ctx.hideNames, kind, ctx.currency)}`,
      why: whys(ctx.steps, ...explains.changed(c.node, c.field)), onFrom: [c.node], onTo: [c.node],
    });
  }
  for (const acc of d.accountable) {
    rows.push({
      category: 'accountable', text: `${fnName(acc.function)}: ${acc.to === null ? 'no one (a gap)' : name(acc.to)}, was ${acc.from === null ? 'no one (a gap)' : name(acc.from)}`,
      why: whys(ctx.steps, ...explains.accountable(acc.function, acc.from)),
      onFrom: acc.from !== null && a.has(acc.from) ? [acc.from] : [], onTo: acc.to !== null && b.has(acc.to) ? [acc.to] : [],
    });
  }
  const linkRows = (links: readonly Link[], side: 'from' | 'to') => {
    for (const l of links) {
      rows.push({
        category: side === 'to' ? 'link-added' : 'link-removed', text: `${LINK_STYLE[l.kind].label}: ${name(l.from)} → ${name(l.to)}`,
        why: whys(ctx.steps, ...explains.link(l, side === 'to' ? 'link' : 'unlink')), onFrom: [], onTo: [], link: { side, key: linkKey(l) },
      });
    }
  };
  linkRows(d.links.added, 'to');
  linkRows(d.links.removed, 'from');
  return rows.map((r, i) => ({ n: i + 1, ...r }));
}
