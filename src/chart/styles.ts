import type { ChangeMark } from '../diff/index.ts';
import { LINK_KINDS, type LinkKind, type NodeKind } from '../model/types.ts';
import { KIND_STYLE, LINK_STYLE, MARK_STYLE } from '../export/theme.ts';
import { KIND_TAG } from '../words/chart.ts';

export type { ChangeMark };

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

/** On screen kinds are also told apart by colour; paper (src/export) is greyscale. The legend wording is paper's. */
const screenKind = (kind: NodeKind, s: Omit<NodeKindStyle, 'label'>): NodeKindStyle => ({ label: KIND_STYLE[kind].label, ...s });

export const NODE_KIND_STYLES: Record<NodeKind, NodeKindStyle> = {
  post: screenKind('post', { tag: KIND_TAG.post, fill: '#ffffff', stroke: '#34495e', accent: '#1f4e79', rx: 2 }),
  unit: screenKind('unit', { tag: KIND_TAG.unit, fill: '#eef3f8', stroke: '#7b8fa6', accent: '#5b7fa6', rx: 2 }),
  body: screenKind('body', { tag: KIND_TAG.body, fill: '#f1f7ee', stroke: '#5f7f52', accent: '#2e5e30', rx: 12 }),
  member: screenKind('member', { tag: KIND_TAG.member, fill: '#f6f0f8', stroke: '#7d5a88', accent: '#6a2c7a', rx: 20 }),
};

export interface LinkStyle {
  label: string;
  colour: string;
  dash: string;
  width: number;
}

/**
 * The SVG export's link styles, so screen and paper agree. Paper draws dotted links as round dots (a near-zero
 * dash with round caps); the chart's paths have butt caps, so on screen the dots are short dashes.
 */
export const LINK_STYLES = Object.fromEntries(
  LINK_KINDS.map((kind) => {
    const { label, colour, dash } = LINK_STYLE[kind];
    return [kind, kind === 'dotted' ? { label, colour, dash: '1 4', width: 2.2 } : { label, colour, dash, width: 2 }];
  }),
) as Record<LinkKind, LinkStyle>;

export type MarkStyle = (typeof MARK_STYLE)[keyof typeof MARK_STYLE];

/** The SVG export's change marks: the same badge, wording, colour and outline on screen as on paper. */
export const MARK_STYLES: Record<Exclude<ChangeMark, 'unchanged'>, MarkStyle> = MARK_STYLE;

export const SELECTION_COLOUR = '#f2a900';
export const REFUSED_COLOUR = '#c62828';
export const ACCEPT_COLOUR = '#2e7d32';
export const LINE_COLOUR = '#9aa5b1';
