import { useState } from 'react';
import type { NodeId, Step, Structure } from '../../model/types.ts';
import { removalPlan } from '../../options/index.ts';
import { explainSteps, removalPlanText, removalRefusalText } from '../../words/editing.ts';
import { REMOVE_DIALOG } from '../../words/editors.ts';
import { namesIn } from '../../words/index.ts';
import { Words } from '../words/Words.tsx';
import { StepDialog } from './StepDialog.tsx';

interface RemoveDialogProps {
  structure: Structure;
  node: NodeId;
  onSubmit: (steps: Step[]) => void;
  onClose: () => void;
}

/**
 * Remove a node. When it manages others, the dialog says so and offers to move its reports to its own manager
 * first, each as a `move` step the officer then sees in the Steps panel; a top-level node with reports is refused,
 * saying why.
 */
export function RemoveDialog({ structure, node, onSubmit, onClose }: RemoveDialogProps) {
  const [why, setWhy] = useState('');
  const plan = removalPlan(structure, node, why.trim() || undefined);
  const name = namesIn(structure).node(node);
  const refusal = plan.ok ? explainSteps(structure, plan.steps) : removalRefusalText(structure, plan.refusal);
  return (
    <StepDialog
      title={REMOVE_DIALOG.title(name)}
      submitLabel={REMOVE_DIALOG.submit(plan.ok ? plan.reports.length : 0)}
      refusal={refusal}
      why={why}
      onWhy={setWhy}
      onSubmit={() => plan.ok && onSubmit(plan.steps)}
      onClose={onClose}
    >
      <p className="panel-sub">
        <Words text={REMOVE_DIALOG.intro(structure.title)} />
      </p>
      {plan.ok ? (
        <p>
          <Words text={removalPlanText(structure, node, plan)} />
        </p>
      ) : null}
    </StepDialog>
  );
}
