import { drag } from 'd3-drag';
import type { D3DragEvent, DragBehavior } from 'd3-drag';
import { select } from 'd3-selection';
import type { HNode } from './drawNode.ts';
import { NODE_WIDTH } from './drawNode.ts';
import { nodeAt } from './hitTest.ts';
import { ACCEPT_COLOUR, REFUSED_COLOUR } from './styles.ts';

export interface DragHandlers {
  enabled(): boolean;
  visibleNodes(): HNode[];
  canDrop(node: string, target: string): string | null;
  onDrop(node: string, target: string): void;
  onRefused(reason: string): void;
}

interface Gesture {
  node: HNode;
  el: SVGGElement;
  x0: number;
  y0: number;
  ghost: SVGGElement | null;
  target: HNode | null;
  reason: string | null;
}

type Ev = D3DragEvent<SVGGElement, HNode, { x: number; y: number }>;
const START_DISTANCE = 4;

/** Drag a node onto another: the target is the node under the pointer; refusals show while dragging; one onDrop on release. */
export function createNodeDrag(h: DragHandlers): DragBehavior<SVGGElement, HNode, { x: number; y: number }> {
  let gesture: Gesture | null = null;

  return drag<SVGGElement, HNode, { x: number; y: number }>()
    .filter((event: MouseEvent) => h.enabled() && !event.button && !(event.target as Element | null)?.closest?.('.node-button-g'))
    .clickDistance(START_DISTANCE)
    .subject((event: Ev) => ({ x: event.x, y: event.y }))
    .on('start', function (event: Ev, d) {
      gesture = { node: d, el: this, x0: event.x, y0: event.y, ghost: null, target: null, reason: null };
    })
    .on('drag', (event: Ev) => {
      const g = gesture;
      if (!g) return;
      if (!g.ghost && Math.hypot(event.x - g.x0, event.y - g.y0) < START_DISTANCE) return;
      if (!g.ghost) g.ghost = makeGhost(g.el);
      const dx = event.x - g.x0;
      const dy = event.y - g.y0;
      select(g.ghost).attr('transform', `translate(${g.node.x - g.node.width / 2 + dx},${g.node.y + dy})`);
      const target = nodeAt(h.visibleNodes(), event.x, event.y, g.node.data.id);
      if (target?.data.id === g.target?.data.id) {
        moveHint(g);
        return;
      }
      clearTarget(g);
      g.target = target;
      g.reason = target ? h.canDrop(g.node.data.id, target.data.id) : null;
      markTarget(g);
      moveHint(g);
      if (g.reason !== null) h.onRefused(g.reason);
    })
    .on('end', () => {
      const g = gesture;
      gesture = null;
      if (!g?.ghost) return;
      g.ghost.remove();
      clearTarget(g);
      if (!g.target) return;
      if (g.reason === null) h.onDrop(g.node.data.id, g.target.data.id);
      else h.onRefused(g.reason);
    });
}

function makeGhost(el: SVGGElement): SVGGElement {
  const ghost = el.cloneNode(true) as SVGGElement;
  ghost.removeAttribute('data-node-id');
  ghost.removeAttribute('data-change');
  ghost.removeAttribute('tabindex');
  ghost.setAttribute('class', 'oo-ghost');
  ghost.querySelector('g.oo-body')?.setAttribute('opacity', '0.6');
  ghost.setAttribute('pointer-events', 'none');
  el.parentNode?.appendChild(ghost);
  return ghost;
}

function markTarget(g: Gesture): void {
  if (!g.target || !g.ghost) return;
  const el = g.ghost.parentNode?.querySelector<SVGGElement>(`g.node[data-node-id="${CSS.escape(g.target.data.id)}"]`);
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

/** A caption under the ghost: the refusal reason, or what the drop will do. */
function moveHint(g: Gesture): void {
  if (!g.ghost) return;
  const ghost = select(g.ghost);
  ghost.selectAll('.oo-hint').remove();
  if (!g.target) return;
  const ok = g.reason === null;
  const text = ok ? `Move under ${g.target.data.name}` : `Cannot move: ${g.reason ?? ''}`;
  const hint = ghost.append('g').attr('class', 'oo-hint').attr('transform', `translate(0,${g.node.height + 10})`);
  const width = Math.max(NODE_WIDTH, Math.min(520, text.length * 6.6 + 16));
  hint.append('rect').attr('width', width).attr('height', 22).attr('rx', 4)
    .attr('fill', ok ? ACCEPT_COLOUR : REFUSED_COLOUR);
  hint.append('text').attr('x', 8).attr('y', 15).attr('font-family', 'Arial, Helvetica, sans-serif')
    .attr('font-size', 11.5).attr('font-weight', 'bold').attr('fill', '#fff').text(text);
}
