import type { NodeId, Step, Structure } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import type { StructureDiff } from '../diff/index.ts';
import { changeLines, type ChangeCategory, type ChangeLine } from '../words/changes.ts';
import { reasonsFor } from '../words/reasons.ts';

export interface NumberedChange {
  n: number;
  category: ChangeCategory;
  /** What the row is about, as `text` starts (bold in the table). */
  subject: string;
  /** The change in words (src/words changeLines), after its category label. */
  text: string;
  /** The `why` of each step that explains the change, in step order, without repeats (words/reasons.ts). */
  why: string[];
  /** Where the number goes: nodes of the current (from) and proposed (to) charts, and a link on one of them. */
  onFrom: NodeId[];
  onTo: NodeId[];
  link?: { side: 'from' | 'to'; key: string };
}

export interface ChangeContext {
  from: Structure;
  to: Structure;
  steps: readonly Step[];
  hideNames: boolean;
  /** ISO 4217 code for pay in change lines; "GBP" when absent (people.md). */
  currency?: string | undefined;
}

/** Where a change line's number goes on the two charts. */
function placeOf(line: ChangeLine, a: ReadonlySet<NodeId>, b: ReadonlySet<NodeId>): Pick<NumberedChange, 'onFrom' | 'onTo' | 'link'> {
  const ref = line.ref;
  if ('link' in ref) {
    const side = line.category === 'link-added' ? 'to' : 'from';
    return { onFrom: [], onTo: [], link: { side, key: linkKey(ref.link) } };
  }
  if ('function' in ref) {
    const to = line.gap ? null : line.node;
    return { onFrom: ref.from !== null && a.has(ref.from) ? [ref.from] : [], onTo: to !== null && b.has(to) ? [to] : [] };
  }
  const id = ref.node;
  return { onFrom: line.category === 'added' ? [] : [id], onTo: line.category === 'removed' ? [] : [id] };
}

/** The diff as numbered rows, worded by src/words (changeLines): moved, added, removed, changed, accountability, then link changes. */
export function numberChanges(d: StructureDiff, ctx: ChangeContext): NumberedChange[] {
  const lines = changeLines(d, ctx.from, ctx.to, { hideNames: ctx.hideNames, currency: ctx.currency });
  const a = new Set(ctx.from.nodes.map((n) => n.id));
  const b = new Set(ctx.to.nodes.map((n) => n.id));
  const reasons = reasonsFor(ctx.steps);
  return lines.map((line, i) => ({ n: i + 1, category: line.category, subject: line.subject, text: line.text, why: reasons(line), ...placeOf(line, a, b) }));
}
