import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import type { NodeId, Structure } from '../model/types.ts';
import type { LinkMark } from '../words/chart.ts';
import { nodeSpeech } from '../words/chart.ts';
import { namesIn } from '../words/names.ts';
import { ancestorsOf, defaultCollapsed, drawnParents } from './data.ts';
import { createNodeDrag } from './drag.ts';
import { createNodeElement, drawNode } from './drawNode.ts';
import type { DrawContext } from './drawNode.ts';
import { treeKey } from './keyboard.ts';
import { layoutTree } from './layout.ts';
import type { LaidNode, Layout } from './layout.ts';
import { drawConnections, drawEdges, drawOverview } from './drawLinks.ts';
import { inside, linkSpeech, overlaps, sameMarks } from './chartParts.ts';
import type { ChangeMark } from './styles.ts';
import { connectionDefs } from './connections.ts';
import type { ViewTransform } from './view.ts';
import { centreOn, COARSE_BELOW, firstChange, firstView, fitView, follow, MAX_SCALE, MIN_SCALE, visibleRegion, ZOOM_STEP, zoomBy } from './view.ts';

export type { ViewTransform };

export interface OrgChartInput {
  structure: Structure;
  marks: ReadonlyMap<NodeId, ChangeMark>;
  /** Links marked against the other pane, by linkKey: added (right pane) or removed (left pane). */
  linkMarks?: ReadonlyMap<string, LinkMark>;
  selectedId: NodeId | null;
  editable: boolean;
  /** The chart's accessible name (its role is tree). */
  label?: string;
  /** A short line at the foot of a box, e.g. rolled-up FTE and cost ("312 FTE · £9.8m–£12.1m"); null for none. */
  boxNote?: ((id: NodeId) => string | null) | undefined;
}

export interface OrgChartCallbacks {
  onSelect(id: NodeId): void;
  canDrop(node: NodeId, target: NodeId): string | null;
  onDrop(node: NodeId, target: NodeId): void;
  onRefused?(reason: string): void;
  /** Every pan and zoom except those given through setTransform (so "Sync" does not echo). */
  onZoom?(t: ViewTransform): void;
}

/** One chart in a pane: fed with update(), moved with the view methods; every length in CSS px, scales unitless. */
export interface OrgChartController {
  update(input: OrgChartInput): void;
  destroy(): void;
  /** The whole drawing in the pane (at most scale 1). */
  fit(): void;
  /** Back to the first view: readable scale, top levels centred. */
  resetView(): void;
  zoomIn(): void;
  zoomOut(): void;
  expandAll(): void;
  collapseAll(): void;
  /** Unfolds the node's line, centres it and makes it the box in the tab order. */
  center(id: NodeId): void;
  getCollapsed(): Set<NodeId>;
  getTransform(): ViewTransform;
  setTransform(t: ViewTransform): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const DEFAULT_WIDTH = 800;
const DEFAULT_HEIGHT = 560;
/** Drawn around the visible part, as a share of the pane on each side, so a small pan draws nothing new. */
const OVERDRAW = 0.5;
/** Above this many boxes in view at a coarse scale, they are drawn as outlines only (see drawOverview). */
const OVERVIEW_FROM = 1500;
let instances = 0;

/**
 * Draws a structure's line management as a tree of native SVG boxes in `el`, with typed links over it, and redraws
 * only what changed and what the pane shows (boxes outside the view are not in the DOM; the focused box always is).
 * No recursion: a 4,000-layer chain draws like a wide one.
 */
export function createOrgChart(el: HTMLElement, callbacks: OrgChartCallbacks): OrgChartController {
  instances += 1;
  const prefix = `oo-chart-${instances}`;
  let input: OrgChartInput | null = null;
  let layout: Layout | null = null;
  let collapsed = new Set<NodeId>();
  let transform: ViewTransform = { x: 0, y: 0, k: 1 };
  let width = el.clientWidth || DEFAULT_WIDTH;
  let height = el.clientHeight || DEFAULT_HEIGHT;
  let activeId: NodeId | null = null;
  let applying = false;
  /** The view a change of the pane's size keeps: the first view or the fit, until the user pans or zooms. */
  let kept: 'first' | 'fit' | 'user' = 'first';
  let destroyed = false;
  let drawnRegion: { x0: number; y0: number; x1: number; y1: number } | null = null;
  let drawnCoarse = false;
  let speechOf = new Map<NodeId, string[]>();

  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'org-chart');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.setAttribute('role', 'tree');
  svg.style.display = 'block';
  svg.style.cursor = 'grab';
  svg.appendChild(connectionDefs(prefix));
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = 'g.node{outline:none}g.node:focus-visible .oo-box{stroke:#1d4f91;stroke-width:4}g.node:focus-visible{outline:3px solid #1d4f91;outline-offset:6px}';
  svg.appendChild(style);
  const chartG = group(svg, 'chart');
  const linksG = group(chartG, 'links-wrapper');
  const connectionsG = group(chartG, 'connections-wrapper');
  const nodesG = group(chartG, 'nodes-wrapper');
  const overviewG = group(chartG, 'overview');
  const badgesG = group(chartG, 'link-badges');
  badgesG.setAttribute('pointer-events', 'none');
  // Connectors and links are said in words on the boxes (manager, link changes); the tree holds only tree items.
  for (const layer of [linksG, connectionsG, overviewG, badgesG]) layer.setAttribute('aria-hidden', 'true');
  // Chromium makes an SVG element with focus listeners focusable; the boxes are the tab stops, not their group.
  nodesG.setAttribute('tabindex', '-1');
  // A focusable element inside the tree must have a role the tree allows: the boxes' group is one.
  nodesG.setAttribute('role', 'group');
  el.appendChild(svg);
  const drawn = new Map<NodeId, SVGGElement>();
  const edgeEls = new Map<NodeId, SVGPathElement>();

  const svgSel = select(svg) as Selection<SVGSVGElement, unknown, null, undefined>;
  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_SCALE, MAX_SCALE])
    .extent(() => [[0, 0], [width, height]])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const t = event.transform;
      transform = { x: t.x, y: t.y, k: t.k };
      chartG.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
      if (event.sourceEvent) kept = 'user';
      drawWindow(false);
      if (!applying && !destroyed) callbacks.onZoom?.({ ...transform });
    });
  svgSel.call(zoomer).on('dblclick.zoom', null);

  const nodeDrag = createNodeDrag({
    enabled: () => !destroyed && (input?.editable ?? false),
    view: () => ({ ...transform, width }),
    nodes: () => layout?.nodes ?? [],
    canDrop: (n, t) => callbacks.canDrop(n, t),
    onDrop: (n, t) => callbacks.onDrop(n, t),
    onRefused: (reason) => callbacks.onRefused?.(reason),
  });
  (select(nodesG) as Selection<SVGGElement, unknown, null, undefined>).call(nodeDrag);

  const idOf = (target: EventTarget | null): NodeId | null =>
    target instanceof Element ? (target.closest('g.node[data-node-id]')?.getAttribute('data-node-id') ?? null) : null;

  nodesG.addEventListener('click', (event) => {
    const id = idOf(event.target);
    if (!id || destroyed) return;
    if ((event.target as Element).closest('.oo-button')) {
      toggle(id);
      return;
    }
    activeId = id;
    callbacks.onSelect(id);
  });
  nodesG.addEventListener('keydown', (event) => {
    const id = idOf(event.target);
    if (!id || !layout || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = treeKey(layout, id, event.key);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'select') callbacks.onSelect(id);
    else if (action.kind === 'focus') focusNode(action.id);
    else if (action.kind === 'fold' || action.kind === 'unfold') toggle(id);
  });
  nodesG.addEventListener('focusin', (event) => {
    const id = idOf(event.target);
    if (!id || id === activeId) return;
    const before = activeId;
    activeId = id;
    refreshTabIndex(before);
  });

  const drawContext = (): DrawContext => ({
    selectedId: input?.selectedId ?? null,
    activeId,
    coarse: transform.k < COARSE_BELOW,
    note: (id: NodeId) => input?.boxNote?.(id) ?? null,
    speech: (n: LaidNode) => {
      const manager = n.parent === null || !input ? null : namesIn(input.structure).node(n.parent);
      return nodeSpeech({ name: n.node.name, kind: n.node.kind, holder: n.node.holder, manager, mark: n.mark, reports: n.reports, linkChanges: speechOf.get(n.id), note: input?.boxNote?.(n.id) ?? null });
    },
  });

  function render(): void {
    if (!input || destroyed) return;
    layout = layoutTree(input.structure, input.marks, collapsed);
    speechOf = linkSpeech(input);
    if (activeId === null || !layout.byId.has(activeId)) {
      activeId = input.selectedId !== null && layout.byId.has(input.selectedId) ? input.selectedId : (layout.nodes[0]?.id ?? null);
    }
    drawWindow(true);
  }

  /** Draws the boxes, connectors and links in and around the visible part; nothing if that part is already drawn. */
  function drawWindow(force: boolean): void {
    if (!layout || !input || destroyed) return;
    const view = visibleRegion(transform, width, height);
    const coarse = transform.k < COARSE_BELOW;
    if (!force && drawnRegion && coarse === drawnCoarse && inside(view, drawnRegion)) return;
    const region = visibleRegion(transform, width, height, OVERDRAW);
    drawnRegion = region;
    drawnCoarse = coarse;
    const ctx = drawContext();
    const inRegion = layout.nodes.filter((n) => n.id === activeId || overlaps(region, n.x - n.width / 2, n.y, n.x + n.width / 2, n.y + n.height + 12));
    // Thousands of boxes at a scale where none can be read: one outline path per change mark instead of an element each.
    const overview = coarse && inRegion.length > OVERVIEW_FROM;
    drawOverview(overviewG, overview ? inRegion : []);
    const keep = new Set<NodeId>();
    for (const n of inRegion) {
      if (overview && n.id !== activeId) continue;
      keep.add(n.id);
      let g = drawn.get(n.id);
      if (!g) {
        g = createNodeElement();
        drawn.set(n.id, g);
        nodesG.appendChild(g);
      }
      drawNode(g, n, ctx);
    }
    for (const [id, g] of drawn) {
      if (keep.has(id)) continue;
      g.remove();
      drawn.delete(id);
    }
    drawEdges(linksG, edgeEls, layout, region);
    drawConnections({ links: connectionsG, badges: badgesG }, input.structure, layout, input.linkMarks, region, prefix);
  }

  /** The first view, with the highest change in sight. */
  const opening = (l: Layout): ViewTransform => firstView(l, width, height, firstChange(l));

  function refreshTabIndex(before: NodeId | null): void {
    if (before !== null) drawn.get(before)?.setAttribute('tabindex', '-1');
    if (activeId !== null) drawn.get(activeId)?.setAttribute('tabindex', '0');
  }

  function applyTransform(t: ViewTransform, echo: boolean): void {
    if (destroyed) return;
    applying = !echo;
    try {
      svgSel.call(zoomer.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    } finally {
      applying = false;
    }
  }

  /** Moves focus to a box, drawing it and bringing it into view first. */
  function focusNode(id: NodeId): void {
    const n = layout?.byId.get(id);
    if (!n) return;
    const before = activeId;
    activeId = id;
    const t = follow(transform, n, width, height);
    if (t !== transform) {
      kept = 'user';
      applyTransform(t, true);
    }
    drawWindow(true);
    refreshTabIndex(before);
    drawn.get(id)?.focus({ preventScroll: true });
  }

  /** Folds or unfolds a box, keeping it where it was on screen. */
  function toggle(id: NodeId): void {
    if (collapsed.has(id)) collapsed.delete(id);
    else collapsed.add(id);
    relayoutKeeping(id);
    drawn.get(id)?.focus({ preventScroll: true });
  }

  /** Lays out again with the given box (or the first root) kept at the same place on screen. */
  function relayoutKeeping(id: NodeId | null): void {
    const anchor = (id !== null ? layout?.byId.get(id) : undefined) ?? layout?.nodes[0];
    const before = anchor ? { x: anchor.x, y: anchor.y } : null;
    render();
    const after = anchor ? layout?.byId.get(anchor.id) : undefined;
    if (before && after && (before.x !== after.x || before.y !== after.y)) {
      applyTransform({ k: transform.k, x: transform.x - transform.k * (after.x - before.x), y: transform.y - transform.k * (after.y - before.y) }, true);
    }
  }

  const resize = typeof ResizeObserver === 'function'
    ? new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (destroyed || !box || box.width <= 0 || box.height <= 0) return;
      if (box.width === width && box.height === height) return;
      width = box.width;
      height = box.height;
      if (kept !== 'user' && layout) applyTransform(kept === 'fit' ? fitView(layout, width, height) : opening(layout), true);
      else drawWindow(true);
    })
    : null;
  resize?.observe(el);

  return {
    update(next) {
      if (destroyed) return;
      const prev = input;
      input = next;
      if (next.label !== undefined) svg.setAttribute('aria-label', next.label);
      const fresh = !prev || prev.structure.id !== next.structure.id;
      if (fresh) {
        collapsed = defaultCollapsed(next.structure, next.marks);
        kept = 'first';
        activeId = null;
        drawnRegion = null;
      }
      const marksChanged = !fresh && (!sameMarks(prev.marks, next.marks) || prev.linkMarks !== next.linkMarks);
      if (fresh || prev.structure !== next.structure) {
        render();
        if (fresh && layout) applyTransform(opening(layout), true);
      } else if (marksChanged && layout) {
        // Same boxes in the same places (the other pane changed): only the marks are new.
        for (const n of layout.nodes) n.mark = next.marks.get(n.id) ?? 'unchanged';
        speechOf = linkSpeech(next);
        drawWindow(true);
      } else if (prev.selectedId !== next.selectedId || prev.editable !== next.editable || prev.boxNote !== next.boxNote) {
        if (next.selectedId !== null && layout?.byId.has(next.selectedId)) activeId = next.selectedId;
        drawWindow(true);
      }
      // Marks that arrive after the first view (the other pane was resolved later) bring their changes into it.
      if (marksChanged && layout && kept === 'first' && prev.marks.size === 0) {
        applyTransform(opening(layout), true);
      }
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resize?.disconnect();
      svgSel.on('.zoom', null);
      svg.remove();
      drawn.clear();
      edgeEls.clear();
    },
    fit() {
      if (!layout) return;
      kept = 'fit';
      applyTransform(fitView(layout, width, height), true);
    },
    resetView() {
      if (!layout) return;
      kept = 'first';
      applyTransform(opening(layout), true);
    },
    zoomIn() {
      kept = 'user';
      applyTransform(zoomBy(transform, ZOOM_STEP, width, height), true);
    },
    zoomOut() {
      kept = 'user';
      applyTransform(zoomBy(transform, 1 / ZOOM_STEP, width, height), true);
    },
    expandAll() {
      collapsed = new Set();
      relayoutKeeping(activeId);
    },
    collapseAll() {
      if (!input) return;
      const parents = drawnParents(input.structure);
      collapsed = new Set([...parents.values()].filter((p) => parents.has(p)));
      render();
      if (layout) applyTransform(opening(layout), true);
    },
    center(id) {
      if (!input || destroyed) return;
      const line = ancestorsOf(drawnParents(input.structure), id);
      if (line.some((a) => collapsed.has(a))) {
        for (const a of line) collapsed.delete(a);
        render();
      }
      const n = layout?.byId.get(id);
      if (!n) return;
      const before = activeId;
      activeId = id;
      kept = 'user';
      applyTransform(centreOn(transform, n, width, height), true);
      drawWindow(true);
      refreshTabIndex(before);
    },
    getCollapsed: () => new Set(collapsed),
    getTransform: () => ({ ...transform }),
    setTransform(t) {
      const cur = transform;
      if (Math.abs(cur.x - t.x) < 0.5 && Math.abs(cur.y - t.y) < 0.5 && Math.abs(cur.k - t.k) < 1e-4) return;
      applyTransform(t, false);
    },
  };
}

function group(parent: Element, cls: string): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', cls);
  parent.appendChild(g);
  return g;
}
