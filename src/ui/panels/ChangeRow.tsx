import type { ReactNode } from 'react';
import type { NodeId } from '../../model/types.ts';

/** One row of a change list; clicking it selects and centres the node in both panes. */
export function ChangeRow({ node, onPick, children }: { node: NodeId | null; onPick: (id: NodeId) => void; children: ReactNode }) {
  return (
    <li>
      {node === null ? (
        <span className="change-row">{children}</span>
      ) : (
        <button type="button" className="change-row" data-node-id={node} onClick={() => onPick(node)}>
          {children}
        </button>
      )}
    </li>
  );
}
