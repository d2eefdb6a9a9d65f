import type { LinkKind, NodeKind } from '../model/types.ts';

/** What each kind of node is, as the legends (app and paper) say it. */
export const NODE_KIND_LABEL: Record<NodeKind, string> = {
  post: 'Post (a role held by a person)',
  unit: 'Unit (a service or team)',
  body: 'Body (company, board or partnership)',
  member: 'Elected member',
};

/** What each kind of link is, as legends and change lines say it. */
export const LINK_KIND_LABEL: Record<LinkKind, string> = {
  strategic: 'Strategic leadership',
  political: 'Political oversight',
  contract: 'Contract (commissioner to provider)',
  governance: 'Governance (board governs body)',
  partnership: 'Partnership membership',
  dotted: 'Dotted-line reporting',
};

/** A kind of link in a count or a list, lower case: "3 political oversight", "dotted line 1". */
export const LINK_KIND_SHORT: Record<LinkKind, string> = {
  strategic: 'strategic leadership',
  political: 'political oversight',
  contract: 'contract',
  governance: 'governance',
  partnership: 'partnership',
  dotted: 'dotted line',
};

/** The change marks on the charts: the badge on a box and the legend's words for it. */
export const MARK_WORDS = {
  added: { badge: 'NEW', label: 'Added' },
  moved: { badge: 'MOVED', label: 'Moved (new line manager)' },
  changed: { badge: 'CHANGED', label: 'Changed (name, holder or other details)' },
  removed: { badge: 'REMOVED', label: 'Removed' },
} as const;
