import { OrgChart } from 'd3-org-chart';
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomTransform as D3ZoomTransform } from 'd3-zoom';
import type { NodeId, Structure } from '../model/types.ts';
import { connectionDefs, connectionPath, markerId } from './connections.ts';
import type { ChartConnection, ChartDatum } from './data.ts';
import { ancestorsOf, defaultCollapsed, drawnParents, toChartData } from './data.ts';
import { createNodeDrag } from './drag.ts';
import { drawNode, NODE_HEIGHT, NODE_WIDTH } from './drawNode.ts';
import type { HNode } from './drawNode.ts';
import type { ChangeMark } from './styles.ts';
import { LINE_COLOUR, LINK_STYLES } from './styles.ts';
import { skipForeignObjects } from './noForeignObjects.ts';

export interface OrgChartInput {
  structure: Structure;
  marks: ReadonlyMap<NodeId, ChangeMark>;
  selectedId: NodeId | null;
  editable: boolean;
}

export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface OrgChartCallbacks {
  onSelect(id: NodeId): void;
  canDrop(node: NodeId, target: NodeId): string | null;
  onDrop(node: NodeId, target: NodeId): void;
  onRefused?(reason: string): void;
  onZoom?(t: ViewTransform): void;
}

export interface OrgChartController {
  update(input: OrgChartInput): void;
  destroy(): void;
  fit(): void;
  expandAll(): void;
  collapseAll(): void;
  center(id: NodeId): void;
  getCollapsed(): Set<NodeId>;
  getTransform(): ViewTransform;
  setTransform(t: ViewTransform): void;
}

const DURATION = 250;
const ANIMATE_UP_TO = 300;
const DEFAULT_HEIGHT = 560;
const DEFAULT_WIDTH = 800;
let instances = 0;

export function createOrgChart(el: HTMLElement, callbacks: OrgChartCallbacks): OrgChartController {
  instances += 1;
  const prefix = `oo-chart-${instances}`;
  let input: OrgChartInput | null = null;
  let collapsed = new Set<NodeId>();
  let applyingTransform = false;
  /** Until the user pans or zooms, a change of size re-fits the chart. */
  let userMoved = false;
  let destroyed = false;

  const chart = new OrgChart<ChartDatum>();
  skipForeignObjects();
  const state = () => chart.getChartState();
  const visibleNodes = (): HNode[] => state().root?.descendants() ?? [];
  const drawContext = () => ({ selectedId: input?.selectedId ?? null });
  const nodeDrag = createNodeDrag({
    enabled: () => !destroyed && (input?.editable ?? false),
    view: () => ({ ...plain(state().lastTransform), width: state().svgWidth }),
    visibleNodes,
    canDrop: (n, t) => callbacks.canDrop(n, t),
    onDrop: (n, t) => callbacks.onDrop(n, t),
    onRefused: (reason) => callbacks.onRefused?.(reason),
  });

  const host = sizedHost(el, () => state().svgWidth);
  chart
    .container(host)
    .svgWidth(DEFAULT_WIDTH)
    .svgHeight(DEFAULT_HEIGHT)
    .nodeId((d: ChartDatum) => d.id)
    .parentNodeId((d: ChartDatum) => d.parentId)
    .nodeWidth((d: HNode) => (d.data.synthetic ? 1 : NODE_WIDTH))
    .nodeHeight((d: HNode) => (d.data.synthetic ? 1 : NODE_HEIGHT))
    .childrenMargin(() => 60)
    .siblingsMargin(() => 24)
    .neighbourMargin(() => 40)
    .compactMarginBetween(() => 30)
    .compactMarginPair(() => 60)
    .minPagingVisibleNodes(() => 1_000_000)
    .setActiveNodeCentered(false)
    .duration(DURATION)
    .nodeContent(() => '')
    .buttonContent(() => '')
    .defs(() => connectionDefs(prefix))
    .linkGroupArc((p: { source: { x: number; y: number }; target: { x: number; y: number } }) => connectionPath(p.source, p.target))
    .createZoom(() =>
      zoom<SVGSVGElement, unknown>().extent(() => [[0, 0], [state().svgWidth, state().svgHeight]]))
    .onZoom((event: { transform: D3ZoomTransform; sourceEvent: unknown }) => {
      if (event.sourceEvent) userMoved = true;
      if (!applyingTransform && !destroyed) callbacks.onZoom?.(plain(event.transform));
    })
    .onNodeClick((d: HNode) => {
      if (!d.data.synthetic) callbacks.onSelect(d.data.id);
    })
    .onExpandOrCollapse(() => {
      collapsed = new Set(visibleAndHidden().filter((n) => !n.data.synthetic && (n._children?.length ?? 0) > 0).map((n) => n.data.id));
    })
    .nodeUpdate(function (this: SVGGElement, d: HNode) {
      drawNode(this, d, drawContext());
    })
    .nodeExit(function (this: SVGGElement) {
      this.removeAttribute('data-node-id');
      this.removeAttribute('data-change');
      this.setAttribute('pointer-events', 'none');
    })
    .linkUpdate(function (this: SVGPathElement, d: HNode) {
      select(this).attr('stroke', LINE_COLOUR).attr('stroke-width', 1.5)
        .attr('display', d.parent?.data.synthetic ? 'none' : null);
    })
    .connectionsUpdate(function (this: SVGPathElement, c: ChartConnection) {
      const s = LINK_STYLES[c.kind];
      select(this).attr('stroke', s.colour).attr('stroke-width', s.width).attr('stroke-dasharray', s.dash)
        .attr('stroke-linecap', 'round').attr('fill', 'none').attr('pointer-events', 'none')
        .attr('data-link-kind', c.kind).attr('marker-start', null)
        .attr('marker-end', `url(#${markerId(prefix, c.kind)})`);
    });

  const visibleAndHidden = (): HNode[] => state().allNodes ?? [];

  function render(): void {
    if (!input || destroyed) return;
    const { data, connections } = toChartData(input.structure, input.marks, collapsed);
    const shown = data.filter((d) => d._expanded).length;
    const animate = state().firstDraw === false && shown <= ANIMATE_UP_TO;
    chart.duration(animate ? DURATION : 0).data(data).connections(connections).render();
    if (state().firstDraw === false) state().centerG?.attr('transform', null);
    connectionsBelowNodes();
    listenOnce();
  }

  let listening = false;
  /** Drag and keyboard selection handled once on the group of nodes rather than on each node. */
  function listenOnce(): void {
    const wrapper = state().nodesWrapper;
    if (listening || !wrapper) return;
    listening = true;
    (wrapper as unknown as Selection<SVGGElement, unknown, null, undefined>).call(nodeDrag);
    // Capture, so Enter selects rather than reaching d3-org-chart's own handler, which would fold the node.
    wrapper.node()?.addEventListener('keydown', (event) => {
      const id = (event.target as Element).closest('g.node[data-node-id]')?.getAttribute('data-node-id');
      if (!id || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      event.stopPropagation();
      callbacks.onSelect(id);
    }, { capture: true });
  }

  /** Non-line links pass under the boxes, so they never cross a name. */
  function connectionsBelowNodes(): void {
    const nodesWrapper = state().nodesWrapper?.node();
    const connections = nodesWrapper?.parentNode?.querySelector(':scope > g.connections-wrapper');
    if (nodesWrapper && connections && connections.nextSibling !== nodesWrapper) nodesWrapper.before(connections);
  }

  function restyle(): void {
    const ctx = drawContext();
    state().nodesWrapper?.selectAll<SVGGElement, HNode>('g.node').each(function (d) {
      if (this.hasAttribute('data-node-id') || d.data.synthetic) drawNode(this, d, ctx);
    });
  }

  function fitTo(nodes: HNode[], animate: boolean, rescale: boolean): void {
    const st = state();
    const shown = nodes.filter((n) => !n.data.synthetic);
    if (!st.svg || !st.zoomBehavior || shown.length === 0) return;
    const x0 = Math.min(...shown.map((n) => n.x - n.width / 2)) - 30;
    const x1 = Math.max(...shown.map((n) => n.x + n.width / 2)) + 30;
    const y0 = Math.min(...shown.map((n) => n.y)) - 30;
    const y1 = Math.max(...shown.map((n) => n.y + n.height)) + 40;
    const w = st.svgWidth;
    const h = st.svgHeight;
    const k = rescale ? Math.min(1, 0.95 / Math.max((x1 - x0) / w, (y1 - y0) / h)) : st.lastTransform.k;
    // A whole chart that leaves room below sits at the top of the pane, as org charts are read; a single node is centred.
    const top = rescale && (y1 - y0) * k < h;
    const t = top
      ? zoomIdentity.translate(w / 2, 8).scale(k).translate(-(x0 + x1) / 2, -y0)
      : zoomIdentity.translate(w / 2, h / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    if (animate && nodes.length <= ANIMATE_UP_TO) st.svg.transition().duration(DURATION).call(st.zoomBehavior.transform, t);
    else st.svg.interrupt().call(st.zoomBehavior.transform, t);
  }

  const resize = typeof ResizeObserver === 'function'
    ? new ResizeObserver((entries) => {
      const st = state();
      const box = entries[entries.length - 1]?.contentRect;
      if (!st.svg || destroyed || !box) return;
      const w = box.width > 0 ? box.width : st.svgWidth;
      const h = box.height > 0 ? box.height : st.svgHeight;
      if (w === st.svgWidth && h === st.svgHeight) return;
      st.svgWidth = w;
      st.svgHeight = h;
      st.svg.attr('width', w).attr('height', h);
      if (!userMoved) fitTo(visibleNodes(), false, true);
    })
    : null;
  resize?.observe(el);

  return {
    update(next) {
      if (destroyed) return;
      const prev = input;
      input = next;
      const fresh = !prev || prev.structure.id !== next.structure.id;
      if (fresh) {
        collapsed = defaultCollapsed(next.structure, next.marks);
        userMoved = false;
      }
      if (fresh || prev.structure !== next.structure || !sameMarks(prev.marks, next.marks)) {
        render();
        if (fresh) fitTo(visibleNodes(), false, true);
      } else if (prev.selectedId !== next.selectedId) {
        restyle();
      }
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resize?.disconnect();
      select(el).selectAll('*').interrupt();
      state().svg?.interrupt();
      chart.clear();
      state().svg?.remove();
      host.remove();
    },
    fit() {
      userMoved = false;
      fitTo(visibleNodes(), true, true);
    },
    expandAll() {
      collapsed = new Set();
      render();
    },
    collapseAll() {
      if (!input) return;
      const parents = drawnParents(input.structure);
      collapsed = new Set([...parents.values()].filter((p) => parents.has(p)));
      render();
      fitTo(visibleNodes(), true, true);
    },
    center(id) {
      if (!input || destroyed) return;
      const line = ancestorsOf(drawnParents(input.structure), id);
      if (line.some((a) => collapsed.has(a))) {
        for (const a of line) collapsed.delete(a);
        render();
      }
      const node = visibleNodes().find((n) => n.data.id === id);
      if (node) fitTo([node], true, false);
    },
    getCollapsed: () => new Set(collapsed),
    getTransform: () => plain(state().lastTransform),
    setTransform(t) {
      const st = state();
      if (!st.svg || !st.zoomBehavior || destroyed) return;
      const cur = st.lastTransform;
      if (Math.abs(cur.x - t.x) < 0.5 && Math.abs(cur.y - t.y) < 0.5 && Math.abs(cur.k - t.k) < 1e-4) return;
      applyingTransform = true;
      try {
        st.svg.interrupt().call(st.zoomBehavior.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
      } finally {
        applyingTransform = false;
      }
    },
  };
}


/**
 * The element d3-org-chart draws into. The chart reads its container's getBoundingClientRect on every render, which
 * forces a layout of the page mid-update (of the other pane's fresh chart, too); here the answer is the width the
 * ResizeObserver last reported, so a render never waits for layout.
 */
function sizedHost(el: HTMLElement, width: () => number): HTMLDivElement {
  const host = document.createElement('div');
  host.className = 'org-chart-host';
  host.style.cssText = 'position:absolute;inset:0;';
  host.getBoundingClientRect = () => new DOMRect(0, 0, width(), 0);
  el.appendChild(host);
  return host;
}

function plain(t: { x: number; y: number; k: number }): ViewTransform {
  return { x: t.x, y: t.y, k: t.k };
}

function sameMarks(a: ReadonlyMap<NodeId, ChangeMark>, b: ReadonlyMap<NodeId, ChangeMark>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
