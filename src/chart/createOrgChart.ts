import { OrgChart } from 'd3-org-chart';
import { select } from 'd3-selection';
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
import { createMeasure } from './text.ts';

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

const FONT = 'Arial, Helvetica, sans-serif';
const DURATION = 250;
const ANIMATE_UP_TO = 300;
let instances = 0;

export function createOrgChart(el: HTMLElement, callbacks: OrgChartCallbacks): OrgChartController {
  instances += 1;
  const prefix = `oo-chart-${instances}`;
  const measure = createMeasure(FONT);
  let input: OrgChartInput | null = null;
  let collapsed = new Set<NodeId>();
  let applyingTransform = false;
  let destroyed = false;

  const chart = new OrgChart<ChartDatum>();
  const state = () => chart.getChartState();
  const visibleNodes = (): HNode[] => state().root?.descendants() ?? [];
  const drawContext = () => ({ selectedId: input?.selectedId ?? null, measure });
  const nodeDrag = createNodeDrag({
    enabled: () => !destroyed && (input?.editable ?? false),
    scale: () => state().lastTransform.k || 1,
    visibleNodes,
    canDrop: (n, t) => callbacks.canDrop(n, t),
    onDrop: (n, t) => callbacks.onDrop(n, t),
    onRefused: (reason) => callbacks.onRefused?.(reason),
  });

  chart
    .container(el)
    .svgHeight(heightOf(el))
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
    .onZoom((event: { transform: D3ZoomTransform }) => {
      if (!applyingTransform && !destroyed) callbacks.onZoom?.(plain(event.transform));
    })
    .onNodeClick((d: HNode) => {
      if (!d.data.synthetic) callbacks.onSelect(d.data.id);
    })
    .onExpandOrCollapse(() => {
      collapsed = new Set(visibleAndHidden().filter((n) => !n.data.synthetic && (n._children?.length ?? 0) > 0).map((n) => n.data.id));
    })
    .nodeEnter(function (this: SVGGElement, d: HNode) {
      if (d.data.synthetic) return;
      select<SVGGElement, HNode>(this)
        .call(nodeDrag)
        .on('keydown.node', null)
        .on('keydown.oo', (event: KeyboardEvent) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          callbacks.onSelect(d.data.id);
        });
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
    chart.duration(shown > ANIMATE_UP_TO ? 0 : DURATION).data(data).connections(connections).render();
    if (state().firstDraw === false) state().centerG?.attr('transform', null);
    connectionsBelowNodes();
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
    const t = zoomIdentity.translate(w / 2, h / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    if (animate && nodes.length <= ANIMATE_UP_TO) st.svg.transition().duration(DURATION).call(st.zoomBehavior.transform, t);
    else st.svg.interrupt().call(st.zoomBehavior.transform, t);
  }

  const resize = typeof ResizeObserver === 'function'
    ? new ResizeObserver(() => {
      const st = state();
      if (!st.svg || destroyed) return;
      st.svgWidth = el.clientWidth || st.svgWidth;
      st.svgHeight = heightOf(el);
      st.svg.attr('width', st.svgWidth).attr('height', st.svgHeight);
    })
    : null;
  resize?.observe(el);

  return {
    update(next) {
      if (destroyed) return;
      const prev = input;
      input = next;
      const fresh = !prev || prev.structure.id !== next.structure.id;
      if (fresh) collapsed = defaultCollapsed(next.structure, next.marks);
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
    },
    fit() {
      fitTo(visibleNodes(), true, true);
    },
    expandAll() {
      collapsed = new Set();
      render();
    },
    collapseAll() {
      if (!input) return;
      const parents = drawnParents(input.structure);
      collapsed = new Set([...parents.values()].filter((p) => p !== undefined && parents.has(p)));
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

function heightOf(el: HTMLElement): number {
  return el.clientHeight > 0 ? el.clientHeight : 560;
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
