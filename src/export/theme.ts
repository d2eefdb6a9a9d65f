import { LINK_KIND_LABEL, MARK_WORDS, NODE_KIND_LABEL } from '../words/kinds.ts';
import type { LinkKind, NodeKind } from '../model/types.ts';

export const FONT_FAMILY = 'Arial, Helvetica, sans-serif';
export const INK = '#1a1a1a';
export const MUTED = '#555555';

/** Page units are CSS pixels (96 to the inch), so one unit prints at 0.75 pt when drawn at scale 1. */
export const PT_PER_UNIT = 72 / 96;
/** No text on a Board page prints below this (issue 12: legible on paper), in pt. */
export const MIN_PT = 7;
/** The smallest font size any exported page uses, in page units: 7.125 pt at scale 1. */
export const MIN_FONT = 9.5;

/** Node boxes, in chart units (1 unit = 1 CSS px at scale 1). */
export const BOX = {
  width: 176,
  padX: 9,
  padY: 9,
  minHeight: 44,
  nameSize: 11.5,
  nameLine: 14,
  holderSize: 10,
  holderLine: 12.5,
  holderGap: 4,
  hGap: 26,
  vGap: 46,
  stackIndent: 22,
  stackGap: 10,
  /** The gap in a team on a chart with change marks, which straddle box edges. */
  markedStackGap: 18,
  /** Boxes in a team (leaves stacked under their manager) are tighter, so long runs take fewer pages. */
  teamPadY: 5,
  teamMinHeight: 34,
  /** A node whose reports are all leaves, this many or more, has them drawn as a column beneath it. */
  stackFrom: 3,
} as const;

export interface KindStyle {
  label: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

export const KIND_STYLE: Record<NodeKind, KindStyle> = {
  post: { label: NODE_KIND_LABEL.post, fill: '#ffffff', stroke: INK, strokeWidth: 1.3 },
  unit: { label: NODE_KIND_LABEL.unit, fill: '#eeeeee', stroke: INK, strokeWidth: 1 },
  body: { label: NODE_KIND_LABEL.body, fill: '#ffffff', stroke: INK, strokeWidth: 1 },
  member: { label: NODE_KIND_LABEL.member, fill: '#f7f7f7', stroke: INK, strokeWidth: 1.3 },
};

export type MarkerShape = 'arrow' | 'arrow-open' | 'diamond' | 'square' | 'circle' | 'chevron';

export interface LinkStyle {
  label: string;
  colour: string;
  dash: string;
  cap: 'butt' | 'round';
  marker: MarkerShape;
}

/** Each kind differs in dash pattern and end marker, so that greyscale print keeps them apart; colour only helps. */
export const LINK_STYLE: Record<LinkKind, LinkStyle> = {
  strategic: { label: LINK_KIND_LABEL.strategic, colour: '#1f4e79', dash: '10 4', cap: 'butt', marker: 'arrow' },
  political: { label: LINK_KIND_LABEL.political, colour: '#6a2c7a', dash: '10 3 2 3', cap: 'butt', marker: 'arrow-open' },
  contract: { label: LINK_KIND_LABEL.contract, colour: '#7a4a10', dash: '5 3', cap: 'butt', marker: 'diamond' },
  governance: { label: LINK_KIND_LABEL.governance, colour: '#2e5e30', dash: '12 3 3 3 3 3', cap: 'butt', marker: 'square' },
  partnership: { label: LINK_KIND_LABEL.partnership, colour: '#4a4a4a', dash: '6 3 1 3 1 3', cap: 'butt', marker: 'circle' },
  dotted: { label: LINK_KIND_LABEL.dotted, colour: '#333333', dash: '0.1 3.5', cap: 'round', marker: 'chevron' },
};

export type Mark = 'added' | 'moved' | 'changed' | 'removed';

export interface MarkStyle {
  badge: string;
  label: string;
  colour: string;
  dash: string | null;
}

/** A change shows as a worded badge and an outline pattern; the colour is a third, optional cue. */
export const MARK_STYLE: Record<Mark, MarkStyle> = {
  added: { badge: MARK_WORDS.added.badge, label: MARK_WORDS.added.label, colour: '#17663a', dash: null },
  moved: { badge: MARK_WORDS.moved.badge, label: MARK_WORDS.moved.label, colour: '#1d4f91', dash: '9 4' },
  changed: { badge: MARK_WORDS.changed.badge, label: MARK_WORDS.changed.label, colour: '#8a4b00', dash: '2 3' },
  removed: { badge: MARK_WORDS.removed.badge, label: MARK_WORDS.removed.label, colour: '#a3001b', dash: '4 2 1 2' },
};

export type LinkMark = 'added' | 'removed';

/** A link added or removed is drawn over a wide halo (solid when added, broken when removed) and badged in words. */
export const LINK_MARK_STYLE: Record<LinkMark, { colour: string; dash: string | null }> = {
  added: { colour: MARK_STYLE.added.colour, dash: null },
  removed: { colour: MARK_STYLE.removed.colour, dash: '7 5' },
};
