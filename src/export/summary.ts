import type { LinkKind, NodeKind, Structure } from '../model/types.ts';
import { LINK_KINDS, NODE_KINDS } from '../model/types.ts';

const KIND_WORDS: Record<NodeKind, [string, string]> = {
  post: ['post', 'posts'],
  unit: ['unit', 'units'],
  body: ['body', 'bodies'],
  member: ['elected member', 'elected members'],
};

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "27 boxes (12 posts, 8 units, …) in 3 organisations, with 9 other links (4 strategic, …)". */
export function structureSummary(s: Structure): string {
  const byKind = new Map<NodeKind, number>();
  for (const n of s.nodes) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
  const kinds = NODE_KINDS.filter((k) => byKind.has(k)).map((k) => plural(byKind.get(k)!, ...KIND_WORDS[k]));
  const roots = s.nodes.filter((n) => n.manager == null).length;
  const links = s.links ?? [];
  const byLink = new Map<LinkKind, number>();
  for (const l of links) byLink.set(l.kind, (byLink.get(l.kind) ?? 0) + 1);
  const linkText = links.length === 0 ? 'no other links' :
    `${plural(links.length, 'other link', 'other links')} (${LINK_KINDS.filter((k) => byLink.has(k)).map((k) => `${byLink.get(k)} ${k}`).join(', ')})`;
  return `${plural(s.nodes.length, 'box', 'boxes')}${kinds.length > 0 ? ` (${kinds.join(', ')})` : ''} in ${plural(roots, 'line-management tree', 'line-management trees')}, with ${linkText}`;
}
