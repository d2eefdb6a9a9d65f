import type { NodeId, Structure } from '../../model/types.ts';
import { choiceLabel, MOVE_DIALOG } from '../../words/editors.ts';
import { explainMove, namesIn } from '../../words/index.ts';

export interface ManagerChoice {
  /** '' stands for no manager (top level). */
  value: string;
  label: string;
  refused: string | null;
}

/** Every possible new manager of `node`, by name, each with the reason it is refused (or null). */
export function managerChoices(s: Structure, node: NodeId): ManagerChoice[] {
  const current = s.nodes.find((n) => n.id === node)?.manager ?? null;
  const reason = (to: NodeId | null) => (to === current ? MOVE_DIALOG.current : explainMove(s, node, to));
  const names = namesIn(s);
  const nodes = s.nodes.filter((n) => n.id !== node).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return [
    { value: '', label: MOVE_DIALOG.noManager, refused: reason(null) },
    ...nodes.map((n) => ({ value: n.id, label: choiceLabel(names, n), refused: reason(n.id) })),
  ];
}
