import type { ChangeMark } from '../diff/marks.ts';
import type { OrgNode } from '../model/types.ts';

/**
 * A node's change mark in words, for screen readers and print (nothing depends on colour alone: WCAG 2.2
 * 1.4.1). Unchanged nodes have no words.
 */
export function changeMarkWords(mark: ChangeMark): string {
  switch (mark) {
    case 'added': return 'added';
    case 'removed': return 'removed';
    case 'moved': return 'moved to a new line manager';
    case 'changed': return 'changed (name, holder or kind)';
    case 'unchanged': return '';
  }
}

/** A node's holder as read aloud or printed: the holder, "vacant" for a post no one holds, or null. */
export function holderWords(node: Pick<OrgNode, 'kind' | 'holder'>): string | null {
  const holder = node.holder != null && node.holder.trim() !== '' ? node.holder : null;
  if (holder !== null) return holder;
  return node.kind === 'post' ? 'vacant' : null;
}

/** The parts of a node's one-line summary, each already worded: joined with ", " they make `nodeSummary`. */
export interface NodeSummaryParts {
  name: string;
  /** "held by …", "vacant", or null for a node that has no holder to speak of. */
  holder: string | null;
  /** "reports to …" or "no manager". */
  manager: string;
  /** The change mark in words, or null when unchanged. */
  mark: string | null;
}

export function nodeSummaryParts(node: OrgNode, managerName: string | null, mark: ChangeMark): NodeSummaryParts {
  const holder = holderWords(node);
  const words = changeMarkWords(mark);
  return {
    name: node.name,
    holder: holder === null ? null : holder === 'vacant' ? 'vacant' : `held by ${holder}`,
    manager: managerName === null ? 'no manager' : `reports to ${managerName}`,
    mark: words === '' ? null : words,
  };
}

/**
 * One line that says who a node is: name, holder (or vacant), line manager (or "no manager") and change mark,
 * e.g. "Director of Children's Services, held by Nigel Richardson, reports to Chief Executive, changed (name,
 * holder or kind)". The accessible name of a node in the outline and the chart (issue 12, part 3).
 */
export function nodeSummary(node: OrgNode, managerName: string | null, mark: ChangeMark): string {
  const p = nodeSummaryParts(node, managerName, mark);
  return [p.name, p.holder, p.manager, p.mark].filter((x) => x !== null).join(', ');
}
