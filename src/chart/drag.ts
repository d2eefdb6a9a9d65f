import { drag } from 'd3-drag';
import type { D3DragEvent, DragBehavior } from 'd3-drag';
import { select } from 'd3-selection';
import type { LaidNode } from './layout.ts';
import { nodeOf } from './drawNode.ts';
import { nodeAt } from './hitTest.ts';
import { dropCaption } from '../words/index.ts';
import { textWidth } from '../export/text.ts';
import { FONT_FAMILY } from '../export/theme.ts';
import { wrapText } from './text.ts';
import { ACCEPT_COLOUR, REFUSED_COLOUR } from './styles.ts';

export interface DragHandlers {
  enabled(): boolean;
  /** Current pan, zoom and pane width, so the caption by the pointer stays readable and inside the pane. */
  view(): { x: number; y: number; k: number; width: number };
  /** The laid-out boxes (drawn or not: a drop target is under the pointer, so drawn). */
  nodes(): readonly LaidNode[];
  canDrop(node: string, target: string): string | null;
  onDrop(node: string, target: string): void;
  /** Called on release over a refused target; while moving, the refusal shows in the chart only, so the page stays still. */
  onRefused(reason: string): void;
}

interface Gesture {
  node: LaidNode;
  el: SVGGElement;
  x0: number;
  y0: number;
  ghost: SVGGElement | null;
  hint: SVGGElement | null;
  hintWidth: number;
  /** The drawn nodes, taken once when the drag starts: the layout cannot change until the drop. */
  nodes: readonly LaidNode[];
  pointer: { x: number; y: number };
  target: LaidNode | null;
  reason: string | null;
}

const START_DISTANCE = 4;
const GHOST_SCALE = 0.6;
const CAPTION_SIZE = 12.5;

type Subject = { x: number; y: number; el: SVGGElement; node: LaidNode };
type Ev = D3DragEvent<SVGGElement, unknown, Subject>;

const nodeElement = (target: EventTarget | null): SVGGElement | null =>
  target instanceof Element ? target.closest<SVGGElement>('g.node[data-node-id]') : null;

/**
 * Drag a node onto another, as one behaviour on the group that holds the nodes (not one per node): the target is the
 * node under the pointer; refusals show while dragging; one onDrop on release.
 */
export function createNodeDrag(h: DragHandlers): DragBehavior<SVGGElement, unknown, Subject> {
  let gesture: Gesture | null = null;

  return drag<SVGGElement, unknown, Subject>()
    .filter((event: MouseEvent) => h.enabled() && !event.button && nodeElement(event.target) !== null && !(event.target as Element).closest('.node-button-g'))
    .clickDistance(START_DISTANCE)
    .subject((event: Ev) => {
      const el = nodeElement((event.sourceEvent as Event).target);
      // The filter has already required a node under the pointer; d3-drag also accepts a null subject (no drag).
      const node = el ? nodeOf(el) : undefined;
      return (el && node ? { x: event.x, y: event.y, el, node } : null) as Subject;
    })
    .on('start', (event: Ev) => {
      const { el, node } = event.subject;
      gesture = { node, el, x0: event.x, y0: event.y, ghost: null, hint: null, hintWidth: 0, nodes: [], pointer: { x: event.x, y: event.y }, target: null, reason: null };
    })
    .on('drag', (event: Ev) => {
      const g = gesture;
      if (!g) return;
      if (!g.ghost && Math.hypot(event.x - g.x0, event.y - g.y0) < START_DISTANCE) return;
      if (!g.ghost) {
        g.ghost = makeGhost(g.el);
        g.hint = makeHint(g.el);
        g.nodes = h.nodes();
      }
      const view = h.view();
      const k = view.k || 1;
      select(g.ghost).attr('transform', `translate(${event.x + 12 / k},${event.y + 12 / k}) scale(${GHOST_SCALE})`);
      g.pointer = { x: event.x, y: event.y };
      placeHint(g, view);
      const target = nodeAt(g.nodes, event.x, event.y, g.node.id);
      if (target?.id === g.target?.id) return;
      clearTarget(g);
      g.target = target;
      g.reason = target ? h.canDrop(g.node.id, target.id) : null;
      markTarget(g);
      writeHint(g, view.width);
      placeHint(g, view);
    })
    .on('end', () => {
      const g = gesture;
      gesture = null;
      if (!g?.ghost) return;
      g.ghost.remove();
      g.hint?.remove();
      clearTarget(g);
      if (!g.target) return;
      if (g.reason === null) h.onDrop(g.node.id, g.target.id);
      else h.onRefused(g.reason);
    });
}

function makeGhost(el: SVGGElement): SVGGElement {
  const ghost = el.cloneNode(true) as SVGGElement;
  ghost.removeAttribute('data-node-id');
  ghost.removeAttribute('data-change');
  for (const name of ['tabindex', 'role', 'aria-label', 'aria-level', 'aria-setsize', 'aria-posinset', 'aria-expanded', 'aria-selected']) ghost.removeAttribute(name);
  ghost.setAttribute('aria-hidden', 'true');
  ghost.setAttribute('class', 'oo-ghost');
  ghost.querySelector('g.oo-body')?.setAttribute('opacity', '0.6');
  ghost.setAttribute('pointer-events', 'none');
  el.parentNode?.appendChild(ghost);
  return ghost;
}

function markTarget(g: Gesture): void {
  if (!g.target || !g.ghost) return;
  const el = g.ghost.parentNode?.querySelector<SVGGElement>(`g.node[data-node-id="${CSS.escape(g.target.id)}"]`);
  if (!el) return;
  const ok = g.reason === null;
  const t = select(el).attr('data-drop', ok ? 'ok' : 'refused');
  t.append('rect').attr('class', 'oo-drop').attr('x', -6).attr('y', -6)
    .attr('width', g.target.width + 12).attr('height', g.target.height + 12).attr('rx', 8)
    .attr('fill', ok ? 'rgba(46,125,50,0.08)' : 'rgba(198,40,40,0.10)')
    .attr('stroke', ok ? ACCEPT_COLOUR : REFUSED_COLOUR).attr('stroke-width', 4)
    .attr('pointer-events', 'none');
}

function clearTarget(g: Gesture): void {
  const parent = g.el.parentNode as Element | null;
  parent?.querySelectorAll('[data-drop]').forEach((el) => {
    el.removeAttribute('data-drop');
    el.querySelectorAll(':scope > rect.oo-drop').forEach((r) => r.remove());
  });
}

/** Beside the pointer, below the ghost, moved left when it would run past the pane's right edge. */
function placeHint(g: Gesture, view: { x: number; k: number; width: number }): void {
  if (!g.hint) return;
  const k = view.k || 1;
  const screenX = view.x + (g.pointer.x + 12 / k) * k;
  const shift = Math.max(0, screenX + g.hintWidth + 8 - view.width);
  const x = g.pointer.x + (12 - shift) / k;
  const y = g.pointer.y + 14 / k + g.node.height * GHOST_SCALE;
  select(g.hint).attr('transform', `translate(${x},${y}) scale(${1 / k})`);
}

function makeHint(el: SVGGElement): SVGGElement {
  const hint = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  hint.setAttribute('class', 'oo-hint');
  hint.setAttribute('pointer-events', 'none');
  el.parentNode?.appendChild(hint);
  return hint;
}

/** The caption beside the pointer: the refusal reason, or what the drop will do; constant screen size. */
function writeHint(g: Gesture, paneWidth: number): void {
  if (!g.hint) return;
  const hint = select(g.hint);
  hint.selectAll('*').remove();
  if (!g.target) return;
  const ok = g.reason === null;
  const text = ok ? dropCaption.allowed(g.target.node.name) : dropCaption.refused(g.reason ?? '');
  const maxWidth = Math.max(160, Math.min(460, paneWidth - 24));
  const captionWidth = (line: string) => textWidth(line, CAPTION_SIZE, true);
  const lines = wrapText(text, 3, (line) => captionWidth(line) <= maxWidth - 18);
  const width = Math.max(...lines.map(captionWidth)) + 18;
  g.hintWidth = width;
  hint.append('rect').attr('width', width).attr('height', 8 + lines.length * 16).attr('rx', 4)
    .attr('fill', ok ? ACCEPT_COLOUR : REFUSED_COLOUR);
  const caption = hint.append('text').attr('font-family', FONT_FAMILY)
    .attr('font-size', CAPTION_SIZE).attr('font-weight', 'bold').attr('fill', '#fff');
  lines.forEach((line, i) => caption.append('tspan').attr('x', 9).attr('y', 17 + i * 16).text(line));
}
