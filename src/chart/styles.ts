import type { ChangeMark } from '../diff/index.ts';
import type { LinkKind, NodeKind } from '../model/types.ts';

export type { ChangeMark };
export const CHANGE_MARKS = ['added', 'moved', 'changed', 'removed', 'unchanged'] as const satisfies readonly ChangeMark[];

export interface NodeKindStyle {
  label: string;
  /** Shown small above the name, so kind never rests on colour alone. */
  tag: string;
  fill: string;
  stroke: string;
  accent: string;
  /** Corner radius: posts square-cornered, bodies rounded, members pill-shaped. */
  rx: number;
}

export const NODE_KIND_STYLES: Record<NodeKind, NodeKindStyle> = {
  post: { label: 'Post (a role held by a person)', tag: 'POST', fill: '#ffffff', stroke: '#34495e', accent: '#1f4e79', rx: 2 },
  unit: { label: 'Unit (a service or team)', tag: 'UNIT', fill: '#eef3f8', stroke: '#7b8fa6', accent: '#5b7fa6', rx: 2 },
  body: { label: 'Body (company, board or partnership)', tag: 'BODY', fill: '#f1f7ee', stroke: '#5f7f52', accent: '#2e5e30', rx: 12 },
  member: { label: 'Elected member', tag: 'MEMBER', fill: '#f6f0f8', stroke: '#7d5a88', accent: '#6a2c7a', rx: 20 },
};

export interface LinkStyle {
  label: string;
  colour: string;
  dash: string;
  width: number;
}

/** Dash pattern and colour per kind; the same values as the SVG export so screen and paper agree. */
export const LINK_STYLES: Record<LinkKind, LinkStyle> = {
  strategic: { label: 'Strategic leadership', colour: '#1f4e79', dash: '10 4', width: 2 },
  political: { label: 'Political oversight', colour: '#6a2c7a', dash: '10 3 2 3', width: 2 },
  contract: { label: 'Contract (commissioner to provider)', colour: '#7a4a10', dash: '5 3', width: 2 },
  governance: { label: 'Governance (board governs body)', colour: '#2e5e30', dash: '12 3 3 3 3 3', width: 2 },
  partnership: { label: 'Partnership membership', colour: '#4a4a4a', dash: '6 3 1 3 1 3', width: 2 },
  dotted: { label: 'Dotted-line reporting', colour: '#333333', dash: '1 4', width: 2.2 },
};

export interface MarkStyle {
  label: string;
  badge: string;
  colour: string;
  dash: string | null;
}

export const MARK_STYLES: Record<Exclude<ChangeMark, 'unchanged'>, MarkStyle> = {
  added: { label: 'Added', badge: 'NEW', colour: '#17663a', dash: null },
  moved: { label: 'Moved (new line manager)', badge: 'MOVED', colour: '#1d4f91', dash: '9 4' },
  changed: { label: 'Changed (name, holder or kind)', badge: 'CHANGED', colour: '#8a4b00', dash: '3 3' },
  removed: { label: 'Removed', badge: 'REMOVED', colour: '#a3001b', dash: '4 2 1 2' },
};

export const SELECTION_COLOUR = '#f2a900';
export const REFUSED_COLOUR = '#c62828';
export const ACCEPT_COLOUR = '#2e7d32';
export const LINE_COLOUR = '#9aa5b1';
