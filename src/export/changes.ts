import type { FunctionId, Link, NodeId, Step, Structure } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import type { StructureDiff } from '../diff/index.ts';
import { changeLines, type ChangeCategory, type ChangeLine } from '../words/changes.ts';

export interface NumberedChange {
  n: number;
  category: ChangeCategory;
  /** What the row is about, as `text` starts (bold in the table). */
  subject: string;
  /** The change in words (src/words changeLines), after its category label. */
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

const sameLink = (s: Step, l: Pick<Link, 'kind' | 'from' | 'to'>, op: 'link' | 'unlink'): boolean => s.op === op && s.kind === l.kind && s.from === l.from && s.to === l.to;

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
  link: (l: Pick<Link, 'kind' | 'from' | 'to'>, op: 'link' | 'unlink'): [StepTest, StepTest] => [
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

/** Why each change line happened and where its number goes on the two charts. */
function placed(line: ChangeLine, steps: readonly Step[], a: ReadonlySet<NodeId>, b: ReadonlySet<NodeId>): Omit<NumberedChange, 'n' | 'category' | 'text' | 'subject'> {
  const ref = line.ref;
  if ('link' in ref) {
    const side = line.category === 'link-added' ? 'to' : 'from';
    return { why: whys(steps, ...explains.link(ref.link, side === 'to' ? 'link' : 'unlink')), onFrom: [], onTo: [], link: { side, key: linkKey(ref.link) } };
  }
  if ('function' in ref) {
    const to = line.gap ? null : line.node;
    return {
      why: whys(steps, ...explains.accountable(ref.function, ref.from)),
      onFrom: ref.from !== null && a.has(ref.from) ? [ref.from] : [], onTo: to !== null && b.has(to) ? [to] : [],
    };
  }
  const id = ref.node;
  switch (line.category) {
    case 'moved':
      return { why: whys(steps, ...explains.moved(id, 'was' in ref ? ref.was : null)), onFrom: [id], onTo: [id] };
    case 'added':
      return { why: whys(steps, ...explains.added(id)), onFrom: [], onTo: [id] };
    case 'removed':
      return { why: whys(steps, ...explains.removed(id)), onFrom: [id], onTo: [] };
    default:
      return { why: whys(steps, ...explains.changed(id, 'field' in ref ? ref.field : '')), onFrom: [id], onTo: [id] };
  }
}

/** The diff as numbered rows, worded by src/words (changeLines): moved, added, removed, changed, accountability, then link changes. */
export function numberChanges(d: StructureDiff, ctx: ChangeContext): NumberedChange[] {
  const lines = changeLines(d, ctx.from, ctx.to, { hideNames: ctx.hideNames, currency: ctx.currency });
  const a = new Set(ctx.from.nodes.map((n) => n.id));
  const b = new Set(ctx.to.nodes.map((n) => n.id));
  return lines.map((line, i) => ({ n: i + 1, category: line.category, subject: line.subject, text: line.text, ...placed(line, ctx.steps, a, b) }));
}
