import type { NodeKind, Structure } from '../model/types.ts';
import { LINK_KINDS, NODE_KINDS } from '../model/types.ts';
import { measure } from '../model/measures.ts';

const KIND_WORDS: Record<NodeKind, [string, string]> = {
  post: ['post', 'posts'],
  unit: ['unit', 'units'],
  body: ['body', 'bodies'],
  member: ['elected member', 'elected members'],
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "27 boxes (12 posts, 8 units, …) in 3 organisations, with 9 other links (4 strategic, …)". */
export function structureSummary(s: Structure): string {
  const { byKind, roots, linksByKind } = measure(s);
  const kinds = NODE_KINDS.filter((k) => byKind[k] > 0).map((k) => plural(byKind[k], ...KIND_WORDS[k]));
  const links = s.links ?? [];
  const linkText = links.length === 0 ? 'no other links' :
    `${plural(links.length, 'other link', 'other links')} (${LINK_KINDS.filter((k) => linksByKind[k] > 0).map((k) => `${linksByKind[k]} ${k}`).join(', ')})`;
  return `${plural(s.nodes.length, 'box', 'boxes')}${kinds.length > 0 ? ` (${kinds.join(', ')})` : ''} in ${plural(roots.length, 'line-management tree', 'line-management trees')}, with ${linkText}`;
}
