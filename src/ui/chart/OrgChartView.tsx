import { useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { Ref } from 'react';
import { createOrgChart } from '../../chart/index.ts';
import type { ChangeMark, OrgChartController, ViewTransform } from '../../chart/index.ts';
import type { NodeId, Structure } from '../../model/types.ts';
import type { LinkMark } from '../../words/chart.ts';
import { ZoomControls } from './ZoomControls.tsx';

export interface OrgChartHandle {
  fit(): void;
  expandAll(): void;
  collapseAll(): void;
  zoomIn(): void;
  zoomOut(): void;
  resetView(): void;
  getCollapsed(): Set<NodeId>;
}

export interface OrgChartViewProps {
  structure: Structure;
  marks: ReadonlyMap<NodeId, ChangeMark>;
  /** Links added or removed against the other pane, by linkKey. */
  linkMarks?: ReadonlyMap<string, LinkMark>;
  selectedId: NodeId | null;
  /** Centre this node (expanding its line); a new `seq` repeats the request for the same id. */
  centerRequest?: { id: NodeId; seq: number } | null;
  editable: boolean;
  canDrop(node: NodeId, target: NodeId): string | null;
  onDrop(node: NodeId, target: NodeId): void;
  onRefused?(reason: string): void;
  onSelect(id: NodeId): void;
  /** Pan and zoom to show; with onTransform, lets two panes move together ("Sync"). */
  transform?: ViewTransform | null;
  onTransform?(t: ViewTransform): void;
  label?: string;
  /** A short line at the foot of each box (rolled-up FTE and cost), or null. */
  boxNote?: ((id: NodeId) => string | null) | undefined;
  ref?: Ref<OrgChartHandle>;
}

type Callbacks = Pick<OrgChartViewProps, 'canDrop' | 'onDrop' | 'onRefused' | 'onSelect' | 'onTransform'>;

/** One chart in a div, with its zoom buttons: created on mount, destroyed on unmount, fed by props. */
export function OrgChartView(props: OrgChartViewProps) {
  const { structure, marks, linkMarks, selectedId, centerRequest, editable, transform, label, boxNote, ref } = props;
  const host = useRef<HTMLDivElement>(null);
  const controller = useRef<OrgChartController | null>(null);
  const latest = useRef<Callbacks>(props);

  useLayoutEffect(() => {
    latest.current = props;
  });

  useLayoutEffect(() => {
    if (!host.current) return undefined;
    const chart = createOrgChart(host.current, {
      onSelect: (id) => latest.current.onSelect(id),
      canDrop: (node, target) => latest.current.canDrop(node, target),
      onDrop: (node, target) => latest.current.onDrop(node, target),
      onRefused: (reason) => latest.current.onRefused?.(reason),
      onZoom: (t) => latest.current.onTransform?.(t),
    });
    controller.current = chart;
    return () => {
      chart.destroy();
      controller.current = null;
    };
  }, []);

  const chartLabel = label ?? structure.title;
  useLayoutEffect(() => {
    controller.current?.update({ structure, marks, linkMarks, selectedId, editable, label: chartLabel, boxNote });
  }, [structure, marks, linkMarks, selectedId, editable, chartLabel, boxNote]);

  const centerId = centerRequest?.id;
  const centerSeq = centerRequest?.seq;
  useEffect(() => {
    if (centerId !== undefined) controller.current?.center(centerId);
  }, [centerId, centerSeq]);

  useEffect(() => {
    if (transform) controller.current?.setTransform(transform);
  }, [transform]);

  useImperativeHandle(ref, () => ({
    fit: () => controller.current?.fit(),
    expandAll: () => controller.current?.expandAll(),
    collapseAll: () => controller.current?.collapseAll(),
    zoomIn: () => controller.current?.zoomIn(),
    zoomOut: () => controller.current?.zoomOut(),
    resetView: () => controller.current?.resetView(),
    getCollapsed: () => controller.current?.getCollapsed() ?? new Set<NodeId>(),
  }), []);

  return (
    <div className="org-chart-frame" style={{ position: 'relative', flex: 1, minHeight: 320, display: 'flex' }}>
      <div
        ref={host}
        className="org-chart-view"
        role="group"
        aria-label={chartLabel}
        style={{ position: 'relative', width: '100%', minHeight: 320, overflow: 'hidden', flex: 1 }}
      />
      <ZoomControls
        onZoomIn={() => controller.current?.zoomIn()}
        onZoomOut={() => controller.current?.zoomOut()}
        onReset={() => controller.current?.resetView()}
        onFit={() => controller.current?.fit()}
      />
    </div>
  );
}
