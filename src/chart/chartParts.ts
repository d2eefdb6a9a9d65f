import { linkKey } from '../model/queries.ts';
import type { NodeId } from '../model/types.ts';
import { linkChangeWords } from '../words/chart.ts';
import { namesIn } from '../words/names.ts';
import type { OrgChartInput } from './createOrgChart.ts';
import type { ChangeMark } from './styles.ts';

/** For each node, its links marked added or removed, in words, naming the node at the other end. */
export function linkSpeech(input: OrgChartInput): Map<NodeId, string[]> {
  const out = new Map<NodeId, string[]>();
  if (!input.linkMarks || input.linkMarks.size === 0) return out;
  const names = namesIn(input.structure);
  const push = (id: NodeId, words: string) => {
    const list = out.get(id);
    if (list) list.push(words);
    else out.set(id, [words]);
  };
  for (const l of input.structure.links ?? []) {
    const mark = input.linkMarks.get(linkKey(l));
    if (!mark) continue;
    push(l.from, linkChangeWords(l.kind, mark, 'to', names.node(l.to)));
    push(l.to, linkChangeWords(l.kind, mark, 'from', names.node(l.from)));
  }
  return out;
}

export type Rect = { x0: number; y0: number; x1: number; y1: number };
export const inside = (a: Rect, b: Rect) => a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;
export const overlaps = (r: Rect, x0: number, y0: number, x1: number, y1: number) => x1 >= r.x0 && x0 <= r.x1 && y1 >= r.y0 && y0 <= r.y1;

export function sameMarks(a: ReadonlyMap<NodeId, ChangeMark>, b: ReadonlyMap<NodeId, ChangeMark>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
