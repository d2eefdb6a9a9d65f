import type { NodeId, Structure } from '../../model/types.ts';
import type { ChangeMark } from '../../diff/index.ts';
import type { CenterRequest } from '../../store/types.ts';
import type { LinkMark } from '../../words/chart.ts';

/** What a pane hands its chart. */
export interface PaneChartProps {
  structure: Structure;
  marks: ReadonlyMap<NodeId, ChangeMark>;
  /** Links added or removed against the other pane, by linkKey. */
  linkMarks: ReadonlyMap<string, LinkMark>;
  editable: boolean;
  selected: NodeId | null;
  centerRequest: CenterRequest | null;
  onSelect: (id: NodeId) => void;
  onMove: (node: NodeId, to: NodeId) => void;
  onRefused: (reason: string) => void;
  /** A short line at the foot of each box (rolled-up FTE and cost), or null. */
  boxNote?: ((id: NodeId) => string | null) | undefined;
}
