import type { Step, StepOp } from '../../model/types.ts';
import type { Draft } from '../draft.ts';

/** One op's rules: `check` says why the step would fail (or null); `apply` assumes it passed. */
export interface Handler<S extends Step = Step> {
  check(draft: Draft, step: S): string | null;
  apply(draft: Draft, step: S): void;
}

export type HandlerTable = { [K in StepOp]: Handler<Extract<Step, { op: K }>> };

export const noNode = (id: unknown): string => (typeof id === 'string' ? `no node "${id}"` : `node id must be a string, not ${JSON.stringify(id) ?? 'nothing'}`);

/** The reason a node reference fails, or null when the node exists. */
export const missingNode = (draft: Draft, id: unknown): string | null => (typeof id === 'string' && draft.has(id) ? null : noNode(id));

export const loopReason = (chain: readonly string[]): string => `would make line management loop: ${chain.join(' → ')}`;
