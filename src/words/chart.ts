/**
 * Words of the on-screen chart: each box's accessible name, link marks, zoom controls and Find. Pure functions of
 * typed values (no DOM). Mark and link-kind labels are kinds.ts's, as on paper, so screen, paper and screen reader agree.
 */
import type { ChangeMark } from '../diff/index.ts';
import type { LinkKind, NodeKind } from '../model/types.ts';
import { LINK_KIND_LABEL, MARK_WORDS } from './kinds.ts';
import { holderLabel } from './names.ts';
import { userText, visible } from './text.ts';


/** A node's kind as a box's accessible name says it, after the holder: "post". */
export const KIND_WORD: Record<NodeKind, string> = { post: 'post', unit: 'unit', body: 'body', member: 'member' };

/** The tag shown small above a box's name, so kind never rests on colour alone: "POST". */
export const KIND_TAG: Record<NodeKind, string> = { post: 'POST', unit: 'UNIT', body: 'BODY', member: 'MEMBER' };

/** What a box's accessible name is made from. */
export interface NodeSpeech {
  name: string;
  kind: NodeKind;
  holder: string | null | undefined;
  /** The drawn manager's name as names.ts words it (told apart from same-named nodes, shown safely), or null at the top of the chart. */
  manager: string | null;
  mark: ChangeMark;
  /** Reports, shown or folded. */
  reports: number;
  /** Links to or from this node marked added or removed against the other pane, already in words. */
  linkChanges?: readonly string[];
  /** The staffing figures shown on the box, if any ("312 FTE · £9.8m–£12.1m"). */
  note?: string | null;
}

/** The holder as the box shows it, by the rule the boxes use (names.ts holderLabel): the holder's name, "vacant", or nothing. */
const holderWords = (s: NodeSpeech): string | null => {
  if (s.holder != null && s.holder.trim() !== '') return s.holder;
  return holderLabel(s) === null ? null : 'vacant';
};

/**
 * Change mark as read out, starting with the badge's word so the box's words begin its name: "new (added)",
 * "moved (new line manager)", "changed (…)", "removed"; none for unchanged.
 */
export function markWords(mark: ChangeMark): string | null {
  if (mark === 'unchanged') return null;
  const { badge, label } = MARK_WORDS[mark];
  return label.toLowerCase().startsWith(badge.toLowerCase()) ? label.toLowerCase() : `${badge.toLowerCase()} (${label.toLowerCase()})`;
}

/**
 * The parts of a box's accessible name, in the order the box shows its words (WCAG 2.5.3 label in name), then what the
 * box shows only by position: "Director of Children's Services", "Jane Doe" (or "vacant"), "post", the staffing
 * figures, "moved (new line manager)", "4 reports", "reports to Chief Executive", then any link changes. The outline
 * shows them as its visible text (each isolated for bidi), so its accessible name is its visible text too.
 */
export function nodeSpeechParts(s: NodeSpeech): string[] {
  const parts = [visible(s.name)];
  const holder = holderWords(s);
  if (holder) parts.push(visible(holder));
  parts.push(KIND_WORD[s.kind]);
  if (s.note) parts.push(s.note);
  const mark = markWords(s.mark);
  if (mark) parts.push(mark);
  if (s.reports > 0) parts.push(s.reports === 1 ? '1 report' : `${s.reports} reports`);
  parts.push(s.manager === null ? 'no manager' : `reports to ${s.manager}`);
  for (const l of s.linkChanges ?? []) parts.push(l);
  return parts;
}

/**
 * A box's accessible name: "Director of Children's Services, Jane Doe, post, moved (new line manager), 4 reports,
 * reports to Chief Executive". Whether its reports are folded is said by aria-expanded, not here.
 */
export function nodeSpeech(s: NodeSpeech): string {
  return nodeSpeechParts(s).join(', ');
}

/** A box's hover text where its words are cut short on the box: "Director of Children's Services — Jane Doe". */
export const boxTitle = (name: string, holder: string | null): string => (holder === null ? visible(name) : `${visible(name)} — ${holder}`);

export type LinkMark = 'added' | 'removed';

/** Badge on a link added or removed against the other pane. */
export const LINK_BADGE: Record<LinkMark, string> = { added: 'NEW LINK', removed: 'LINK REMOVED' };

/** A marked link as read out from one end: "dotted line to Deputy Director, Policy added". */
export function linkChangeWords(kind: LinkKind, mark: LinkMark, direction: 'to' | 'from', other: string): string {
  return `${LINK_KIND_LABEL[kind].toLowerCase()} ${direction} ${other} ${mark}`;
}

/** Labels of the chart's own controls. */
export const ZOOM_WORDS = {
  group: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset view',
  fit: 'Fit',
  keys: 'Keys: + zoom in, − zoom out, 0 reset; arrows move between boxes, Enter selects',
} as const;

/** Words of the chart when drawing it failed, so the page stays usable. */
export const chartFailed = (title: string, reason: string): string => `The chart of “${userText(title)}” could not be drawn: ${visible(reason)}`;
export const TRY_AGAIN = 'Try again';

/** Why a chart's picture (PNG) could not be made in the browser, as the export's failure notice ends. */
export const PICTURE_FAILED = {
  svg: 'the SVG could not be drawn',
  canvas: 'this browser cannot draw on a canvas',
  png: 'the PNG could not be made',
} as const;

/** Which field of a node a Find query matched, as shown after its name. */
export type FindField = 'name' | 'holder' | 'grade' | 'unit';

/**
 * Find's status line: "Head of Service, holder: Jane Doe (2 of 5)". `name` comes worded by Names (told apart from
 * same-named nodes, shown safely); the matched value is the officer's text, shown safely here.
 */
export function findStatus(name: string, field: FindField, value: string, at: number, of: number): string {
  const what = field === 'name' ? name : `${name}, ${field}: ${userText(value)}`;
  return of === 1 ? what : `${what} (${at} of ${of})`;
}

export const findNone = (query: string): string => `No unit matches “${userText(query)}”`;
export const FIND_LABEL = 'Find unit';
export const FIND_PLACEHOLDER = 'Name, holder, grade or unit';
