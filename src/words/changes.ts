import type { ChangedNode, StructureDiff } from '../diff/index.ts';
import { diffCounts } from '../diff/index.ts';
import type { FunctionId, LinkKind, NodeId, Structure, UpdatableField } from '../model/types.ts';
import { LINK_KIND_LABEL } from './kinds.ts';
import { DEFAULT_CURRENCY, peopleChangeText } from './money.ts';
import { namesHidingHolders, namesIn, type Names } from './names.ts';
import { postsAndUnits } from './officerTerms.ts';
import { userText } from './text.ts';

/** The kinds of change line, in the order every list gives them (the export numbers them in this order). */
export const CHANGE_CATEGORIES = ['moved', 'added', 'removed', 'changed', 'accountable', 'link-added', 'link-removed'] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

/** A change line's label, before its text: "Moved: …" (command line, export). */
export const CATEGORY_LABEL: Record<ChangeCategory, string> = {
  moved: 'Moved',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  accountable: 'Accountability',
  'link-added': 'Link added',
  'link-removed': 'Link removed',
};

/** The heading of each group of change lines in the app's Changes panel. */
export const GROUP_TITLE: Record<ChangeCategory, string> = {
  moved: 'Reporting lines',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  accountable: 'Accountability',
  'link-added': 'Links added',
  'link-removed': 'Links removed',
};

/** One change, worded once for the command line, the exports and the app. */
export interface ChangeLine {
  category: ChangeCategory;
  /** What the line is about (a node, a function or a link kind), as it starts `text`: bold on screen and paper. */
  subject: string;
  /** The whole line after the category: subject, then what changed. */
  text: string;
  /** The node to pick on the charts for this line (the moved, added, removed or changed node; who is accountable now), or null. */
  node: NodeId | null;
  /** The diff entry behind the line: a node, a function, or a link as kind, from and to. */
  ref: { node: NodeId } | { node: NodeId; was: NodeId | null } | { node: NodeId; field: ChangedNode['field'] } | { function: FunctionId; from: NodeId | null } | { link: { kind: LinkKind; from: NodeId; to: NodeId } };
  /** For accountability: whether the function is statutory and whether the line leaves a gap. */
  statutory?: boolean;
  gap?: boolean;
}

export interface ChangeWordsOptions {
  /** Board papers may hide post holders' names (export --hide-names): holders are then neither listed nor used to tell posts apart. */
  hideNames?: boolean;
  /** ISO 4217 code for pay; "GBP" when absent (people.md). */
  currency?: string | undefined;
}

/**
 * A node's field as change lines and step lines name it; `role` holds an organogram's Job/Team Function, `ref` the
 * post's reference in the system it came from.
 */
export const FIELD_WORD: Record<UpdatableField, string> = {
  name: 'name', holder: 'holder', kind: 'kind', note: 'note', grade: 'grade', fte: 'FTE', pay: 'pay', unit: 'unit', role: 'job/team function', ref: 'reference',
};

function fieldText(c: ChangedNode, names: Names, opts: ChangeWordsOptions): string {
  const word = FIELD_WORD[c.field];
  switch (c.field) {
    case 'holder': {
      if (opts.hideNames) return c.from !== null && c.to !== null ? 'post holder changed' : `holder ${c.from === null ? 'vacant' : 'post holder'} → ${c.to === null ? 'vacant' : 'post holder'}`;
      const kind = names.record(c.node)?.kind;
      const none = kind === 'post' || kind === 'member' || kind === undefined ? 'vacant' : 'none';
      return `${word} ${c.from === null ? none : userText(c.from)} → ${c.to === null ? none : userText(c.to)}`;
    }
    case 'fte':
    case 'pay':
      return peopleChangeText(c.field, c.from, c.to, opts.currency ?? DEFAULT_CURRENCY);
    case 'name':
      return `${word} “${userText(c.from ?? '')}” → “${userText(c.to ?? '')}”`;
    default:
      return `${word} ${c.from === null ? 'none' : userText(c.from)} → ${c.to === null ? 'none' : userText(c.to)}`;
  }
}

/**
 * Every change from `a` to `b` as lines officers read, in CHANGE_CATEGORIES order and the diff's order within
 * each. One node keeps one label throughout (taken from `a`, or `b` for an added node), and same-named posts
 * are told apart by holder, manager or both (cases/same-titles.json). Names are shown safely (text.ts).
 */
export function changeLines(d: StructureDiff, a: Structure, b: Structure, opts: ChangeWordsOptions = {}): ChangeLine[] {
  const names = opts.hideNames ? namesHidingHolders(a, b) : namesIn(a, b);
  const functions = new Map([...(b.functions ?? []), ...(a.functions ?? [])].map((f) => [f.id, f] as const));
  const lines: ChangeLine[] = [];
  for (const m of d.moved) {
    const subject = names.node(m.node);
    lines.push({ category: 'moved', subject, text: `${subject}: ${names.manager(m.from)} → ${names.manager(m.to)}`, node: m.node, ref: { node: m.node, was: m.from } });
  }
  const bIndex = new Map(b.nodes.map((n) => [n.id, n]));
  for (const id of d.added) {
    const subject = names.node(id);
    const to = bIndex.get(id)?.manager ?? null;
    lines.push({ category: 'added', subject, text: to === null ? `${subject}, ${names.manager(null)}` : `${subject}, reporting to ${names.node(to)}`, node: id, ref: { node: id } });
  }
  for (const id of d.removed) {
    const subject = names.node(id);
    lines.push({ category: 'removed', subject, text: subject, node: id, ref: { node: id } });
  }
  for (const c of d.changed) {
    const subject = names.node(c.node);
    lines.push({ category: 'changed', subject, text: `${subject}: ${fieldText(c, names, opts)}`, node: c.node, ref: { node: c.node, field: c.field } });
  }
  for (const acc of d.accountable) {
    const subject = names.function(acc.function);
    lines.push({
      category: 'accountable', subject, text: `${subject}: ${names.accountable(acc.from)} → ${names.accountable(acc.to)}`,
      node: acc.to ?? acc.from, ref: { function: acc.function, from: acc.from },
      statutory: functions.get(acc.function)?.statutory ?? false, gap: acc.to === null,
    });
  }
  for (const [category, links] of [['link-added', d.links.added], ['link-removed', d.links.removed]] as const) {
    for (const l of links) {
      const subject = LINK_KIND_LABEL[l.kind];
      lines.push({ category, subject, text: `${subject}: ${names.node(l.from)} → ${names.node(l.to)}`, node: l.from, ref: { link: { kind: l.kind, from: l.from, to: l.to } } });
    }
  }
  return lines;
}

/** A change line as plain text with its label: "Moved: Early Years: Director → no manager (top level)". */
export function changeLineText(line: ChangeLine): string {
  return `${CATEGORY_LABEL[line.category]}: ${line.text}`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The counts in one line, as the command line's diff and the exported summaries print them. Each figure counts
 * change lines, as the lists do; changed fields also say how many nodes they are on.
 */
export function countsLine(d: StructureDiff): string {
  const c = diffCounts(d);
  return `${c.added} added, ${c.removed} removed, ${c.moved} moved, ${changedCount(d)}, ` +
    `${plural(c.linksAdded + c.linksRemoved, 'link change')}, ${plural(c.accountable, 'accountability change')}`;
}

/** "3 fields changed on 2 posts and units": what the Changed group counts (fields), and on how many nodes. */
export function changedCount(d: StructureDiff): string {
  const c = diffCounts(d);
  return d.changed.length === 0 ? '0 fields changed' : `${plural(d.changed.length, 'field')} changed on ${postsAndUnits(c.changed)}`;
}

/** How many change lines a comparison lists (the Changes tab and panel count these, each line once). */
export function changeLineCount(d: StructureDiff): number {
  const c = diffCounts(d);
  return c.added + c.removed + c.moved + d.changed.length + c.linksAdded + c.linksRemoved + c.accountable;
}

/** The diff as plain lines with their labels, for the command line's `diff` (and any plain-text list). */
export function changeSummary(d: StructureDiff, a: Structure, b: Structure, currency?: string): string[] {
  return changeLines(d, a, b, { currency }).map(changeLineText);
}

/** The command line's `diff` heading: "Now → Rebalance teams: 0 added, …". */
export function diffHeading(a: Structure, b: Structure, d: StructureDiff): string {
  return `${userText(a.title)} → ${userText(b.title)}: ${countsLine(d)}`;
}
