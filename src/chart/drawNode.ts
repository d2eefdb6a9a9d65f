import type { LaidNode } from './layout.ts';
import { NODE_HEIGHT, NODE_WIDTH } from './layout.ts';
import { MARK_STYLES, NODE_KIND_STYLES, SELECTION_COLOUR } from './styles.ts';
import { textWidth } from '../export/text.ts';
import { FONT_FAMILY } from '../export/theme.ts';
import { wrapText } from './text.ts';
import { holderLabel, visible } from '../words/index.ts';
import { boxTitle } from '../words/chart.ts';

export { NODE_HEIGHT, NODE_WIDTH };
const PAD_X = 12;
/** Text sizes on a box, in chart units: at the first view's smallest scale (0.9) names are 11.25 px, the rest ≥ 8.1 px. */
export const NAME_SIZE = 12.5;
export const SMALL_SIZE = 9;
export const HOLDER_SIZE = 11;
export const BUTTON_SIZE = 10;
const NAME_LINE = 14.5;
const NAME_LINES = 3;
const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number | null>;

export interface DrawContext {
  selectedId: string | null;
  /** The node in the chart's tab order (roving tabindex). */
  activeId: string | null;
  /** Drawn small: a bare box, no text (below the scale at which text could be read). */
  coarse: boolean;
  /** The accessible name of a node. */
  speech(n: LaidNode): string;
  /** A short line drawn at the foot of the box (rolled-up FTE and cost), or null. */
  note?(id: string): string | null;
}

/** An SVG element with attributes and, optionally, text (always as textContent, never parsed). */
function add(parent: Element, tag: string, attrs: Attrs, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== null) e.setAttribute(name, String(value));
  if (text !== undefined) e.textContent = text;
  // A space between siblings, which SVG does not draw (between a line's tspans it falls after the line's end), keeps
  // the box's words apart when they are read as one text: "Education Leeds BODY", not "Education LeedsBODY".
  if (parent.lastChild?.textContent) parent.appendChild(document.createTextNode(' '));
  parent.appendChild(e);
  return e;
}

function setAttrs(e: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) e.removeAttribute(name);
    else if (e.getAttribute(name) !== String(value)) e.setAttribute(name, String(value));
  }
}

type NodeElement = SVGGElement & { __ooKey?: string; __ooNode?: LaidNode };

/** A new, empty element for one node. */
export function createNodeElement(): SVGGElement {
  const el = document.createElementNS(SVG_NS, 'g');
  el.setAttribute('class', 'node');
  return el;
}

/** The laid node an element was last drawn for. */
export const nodeOf = (el: Element): LaidNode | undefined => (el as NodeElement).__ooNode;

/** Draws one node as native SVG (no foreignObject, no HTML); its content is rebuilt only when what it shows changed. */
export function drawNode(el: SVGGElement, n: LaidNode, ctx: DrawContext): void {
  const host = el as NodeElement;
  host.__ooNode = n;
  const selected = ctx.selectedId === n.id;
  setAttrs(el, {
    transform: `translate(${n.x - n.width / 2},${n.y})`,
    'data-node-id': n.id,
    'data-change': n.mark,
    'data-kind': n.node.kind,
    'data-selected': selected ? 'true' : null,
    role: 'treeitem',
    tabindex: ctx.activeId === n.id ? '0' : '-1',
    'aria-level': n.level,
    'aria-setsize': n.setSize,
    'aria-posinset': n.posInSet,
    'aria-expanded': n.reports > 0 ? String(!n.folded) : null,
    'aria-selected': String(selected),
    'aria-label': ctx.speech(n),
  });
  const { name, holder, kind } = n.node;
  const note = ctx.note?.(n.id) ?? null;
  const key = JSON.stringify([name, holder, kind, n.mark, selected, n.folded, n.reports, ctx.coarse, note]);
  if (host.__ooKey === key) return;
  host.__ooKey = key;
  el.replaceChildren();
  if (ctx.coarse) {
    drawCoarse(el, n, selected);
    return;
  }
  const body = add(el, 'g', { class: 'oo-body', 'font-family': FONT_FAMILY });
  drawBox(body, n, selected);
  drawText(body, n, note);
  drawBadge(body, n);
  drawButton(el, n);
}

function drawCoarse(el: Element, n: LaidNode, selected: boolean): void {
  const k = NODE_KIND_STYLES[n.node.kind];
  const m = n.mark === 'unchanged' ? null : MARK_STYLES[n.mark];
  add(el, 'rect', {
    class: 'oo-box', width: NODE_WIDTH, height: NODE_HEIGHT, rx: k.rx, fill: k.fill,
    stroke: selected ? SELECTION_COLOUR : (m?.colour ?? k.stroke), 'stroke-width': m || selected ? 8 : 2,
  });
}

function drawBox(body: Element, n: LaidNode, selected: boolean): void {
  const k = NODE_KIND_STYLES[n.node.kind];
  if (selected) {
    add(body, 'rect', {
      class: 'oo-select', x: -8, y: -8, width: NODE_WIDTH + 16, height: NODE_HEIGHT + 16, rx: k.rx + 6,
      fill: 'none', stroke: SELECTION_COLOUR, 'stroke-width': 4,
    });
  }
  if (n.mark !== 'unchanged') {
    const m = MARK_STYLES[n.mark];
    add(body, 'rect', {
      class: 'oo-mark', x: -3.5, y: -3.5, width: NODE_WIDTH + 7, height: NODE_HEIGHT + 7, rx: k.rx + 3,
      fill: 'none', stroke: m.colour, 'stroke-width': 3, 'stroke-dasharray': m.dash,
    });
  }
  add(body, 'rect', {
    class: 'oo-box', width: NODE_WIDTH, height: NODE_HEIGHT, rx: k.rx,
    fill: n.mark === 'removed' ? '#f7f7f7' : k.fill, stroke: k.stroke, 'stroke-width': 1.2,
    opacity: n.mark === 'removed' ? 0.75 : null,
  });
  if (n.node.kind === 'post' || n.node.kind === 'unit') {
    add(body, 'rect', { class: 'oo-accent', x: 0.6, y: 0.6, width: 5, height: NODE_HEIGHT - 1.2, fill: k.accent });
  }
}

function drawText(body: Element, n: LaidNode, note: string | null): void {
  const { kind } = n.node;
  const k = NODE_KIND_STYLES[kind];
  const x = kind === 'member' ? 20 : PAD_X;
  const width = NODE_WIDTH - x - (kind === 'member' ? 16 : PAD_X);
  // Drawn in the order the accessible name says them (name, holder, kind, figures; the badge and fold button follow),
  // so the words on the box are the start of its name (WCAG 2.5.3 label in name); where they sit is set by x and y.
  // With a note at the foot, the name keeps to two lines so the holder stays clear of it.
  const nameLines = wrapText(visible(n.node.name), note === null ? NAME_LINES : 2, (s) => textWidth(s, NAME_SIZE, true) <= width);
  const name = add(body, 'text', {
    class: 'oo-name', 'font-size': NAME_SIZE, 'font-weight': 'bold', fill: '#1a1a1a',
    'text-decoration': n.mark === 'removed' ? 'line-through' : null,
  });
  nameLines.forEach((line, i) => add(name, 'tspan', { x, y: 33 + i * NAME_LINE }, line));
  const holder = holderText(n);
  const [line] = holder ? wrapText(holder.text, 1, (s) => textWidth(s, HOLDER_SIZE) <= width) : [];
  // Cut short on the box: the whole text shows on hover (the accessible name has it already).
  if (nameLines.some((l) => l.endsWith('…')) || line?.endsWith('…')) add(body, 'title', {}, boxTitle(n.node.name, holder?.text ?? null));
  if (holder !== null) {
    add(body, 'text', {
      class: 'oo-holder', x, y: 33 + nameLines.length * NAME_LINE + (note === null ? 6 : 2), 'font-size': HOLDER_SIZE,
      'font-style': holder.vacant ? 'italic' : null, fill: holder.vacant ? '#8a5a00' : '#444',
    }, line ?? '');
  }
  add(body, 'text', { class: 'oo-tag', x, y: 17, 'font-size': SMALL_SIZE, 'letter-spacing': 0.8, fill: k.accent }, k.tag);
  if (note !== null) {
    const [foot] = wrapText(note, 1, (s) => textWidth(s, SMALL_SIZE) <= width);
    add(body, 'text', { class: 'oo-people', x, y: NODE_HEIGHT - 12, 'font-size': SMALL_SIZE, fill: '#3e4c59' }, foot ?? '');
  }
}

/** The box's holder line, by the one rule the paper uses too (src/words holderLabel). */
function holderText(n: LaidNode): { text: string; vacant: boolean } | null {
  const text = holderLabel(n.node);
  return text === null ? null : { text: visible(text), vacant: n.node.holder == null || n.node.holder.trim() === '' };
}

function drawBadge(body: Element, n: LaidNode): void {
  if (n.mark === 'unchanged') return;
  const m = MARK_STYLES[n.mark];
  const w = textWidth(m.badge, SMALL_SIZE, true) + m.badge.length * 0.6 + 14;
  const badge = add(body, 'g', { class: 'oo-badge', transform: `translate(${NODE_WIDTH - w - 6},-9)` });
  add(badge, 'rect', { width: w, height: 16, rx: 8, fill: m.colour });
  add(badge, 'text', {
    x: w / 2, y: 11.5, 'text-anchor': 'middle', 'font-size': SMALL_SIZE, 'font-weight': 'bold', 'letter-spacing': 0.6, fill: '#fff',
  }, m.badge);
}

/** The fold button under a box with reports: "+N" while folded, "−" while open. Clicking it folds or unfolds. */
function drawButton(el: Element, n: LaidNode): void {
  if (n.reports === 0) return;
  const b = add(el, 'g', { class: 'oo-button', transform: `translate(${NODE_WIDTH / 2},${NODE_HEIGHT})`, cursor: 'pointer', 'font-family': FONT_FAMILY });
  const label = n.folded ? `+${n.reports}` : '−';
  const w = Math.max(24, textWidth(label, BUTTON_SIZE, true) + 12);
  add(b, 'rect', { x: -w / 2, y: -12, width: w, height: 24, rx: 12, fill: '#fff', stroke: '#52606d', 'stroke-width': 1.2 });
  add(b, 'text', { 'text-anchor': 'middle', y: 4, 'font-size': n.folded ? BUTTON_SIZE : 14, 'font-weight': 'bold', fill: '#1f2933' }, label);
}
