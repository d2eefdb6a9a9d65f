import type { NodeId, Structure } from '../../model/types.ts';
import type { ChangeMark } from '../../diff/index.ts';
import type { CenterRequest } from '../../store/types.ts';

/** What a pane hands its chart. */
export interface PaneChartProps {
  structure: Structure;
  marks: ReadonlyMap<NodeId, ChangeMark>;
  editable: boolean;
  selected: NodeId | null;
  centerRequest: CenterRequest | null;
  onSelect: (id: NodeId) => void;
  onMove: (node: NodeId, to: NodeId) => void;
  onRefused: (reason: string) => void;
}
