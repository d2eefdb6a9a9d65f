import { useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { Ref } from 'react';
import { createOrgChart } from '../../chart/index.ts';
import type { ChangeMark, OrgChartController, ViewTransform } from '../../chart/index.ts';
import type { NodeId, Structure } from '../../model/types.ts';

export interface OrgChartHandle {
  fit(): void;
  expandAll(): void;
  collapseAll(): void;
  getCollapsed(): Set<NodeId>;
}

export interface OrgChartViewProps {
  structure: Structure;
  marks: ReadonlyMap<NodeId, ChangeMark>;
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
  ref?: Ref<OrgChartHandle>;
}

type Callbacks = Pick<OrgChartViewProps, 'canDrop' | 'onDrop' | 'onRefused' | 'onSelect' | 'onTransform'>;

/** One d3-org-chart in a div: created on mount, destroyed on unmount, fed by props. */
export function OrgChartView(props: OrgChartViewProps) {
  const { structure, marks, selectedId, centerRequest, editable, transform, label, ref } = props;
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

  useLayoutEffect(() => {
    controller.current?.update({ structure, marks, selectedId, editable });
  }, [structure, marks, selectedId, editable]);

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
    getCollapsed: () => controller.current?.getCollapsed() ?? new Set<NodeId>(),
  }), []);

  return (
    <div
      ref={host}
      className="org-chart-view"
      role="group"
      aria-label={label ?? structure.title}
      style={{ position: 'relative', width: '100%', height: '100%', minHeight: 320, overflow: 'hidden' }}
    />
  );
}
