import type { OrgChartViewProps } from '../../src/ui/chart/OrgChartView.tsx';

/** The last props each pane's chart received, by side, for tests that stand in for the chart. */
export const chartProps = new Map<'left' | 'right', OrgChartViewProps>();

/** A stand-in for OrgChartView: each node a button carrying the chart's data attributes; clicking selects it. */
export function MockOrgChartView(props: OrgChartViewProps) {
  const side = props.label?.endsWith('(left pane)') ? 'left' : 'right';
  chartProps.set(side, props);
  return (
    <div>
      {props.structure.nodes.map((n) => (
        <button
          key={n.id}
          type="button"
          data-node-id={n.id}
          data-change={props.marks.get(n.id) ?? 'unchanged'}
          aria-pressed={props.selectedId === n.id}
          onClick={() => props.onSelect(n.id)}
        >
          {n.name}
        </button>
      ))}
    </div>
  );
}
