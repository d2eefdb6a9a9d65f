import { useId, useMemo, useState } from 'react';
import { type LinkKind, type NodeId, type OrgNode, type Step, type Structure, type UpdateSet } from '../../model/types.ts';
import { explainStep } from '../../words/editing.ts';
import { LinkKindSelect } from '../editors/LinkKindSelect.tsx';
import { NodePicker, pickedValue, type PickerChoice } from '../dialogs/NodePicker.tsx';
import { NodeFormDialog } from '../editors/NodeFormDialog.tsx';
import { StepDialog, withWhy } from '../editors/StepDialog.tsx';
import { STEP_EDIT as W } from '../../words/stepsPanel.ts';
import { choiceLabel } from '../../words/editors.ts';
import { namesIn } from '../../words/index.ts';

interface StepEditDialogProps {
  /** The structure the step applies to: the option's base with the steps before it applied. */
  before: Structure;
  step: Step;
  /** 0-based. */
  index: number;
  onSubmit: (step: Step) => void;
  onClose: () => void;
}

type Targeted = Extract<Step, { op: 'move' | 'merge' | 'assign' }>;

/**
 * The step with another target: a move's new manager, a merge's absorbing node, an assign's accountable node ('' is
 * none). A switch on op kept in the UI: the form's one picker fills a different field per op, and '' (none) is not a
 * node the handlers' `renamed` could point to.
 */
function retarget(step: Targeted, value: string): Step {
  switch (step.op) {
    case 'move':
      return { ...step, to: value === '' ? null : value };
    case 'merge':
      return { ...step, into: value };
    case 'assign':
      return { ...step, to: value === '' ? null : value };
  }
}

const currentTarget = (step: Targeted): string => (step.op === 'merge' ? step.into : (step.to ?? ''));

/** Every target the step could have, each with the core's reason when it would fail on `before`. */
function targetChoices(before: Structure, step: Targeted): PickerChoice[] {
  const names = namesIn(before);
  const nodes = before.nodes
    .filter((n) => n.id !== (step.op === 'move' ? step.node : ''))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((n) => ({ value: n.id, label: choiceLabel(names, n), refused: explainStep(before, retarget(step, n.id)) }));
  if (step.op === 'merge') return nodes;
  const none = step.op === 'move' ? W.noManager : W.noOne;
  return [{ value: '', label: none, refused: explainStep(before, retarget(step, '')) }, ...nodes];
}

function TargetedStep({ before, step, index, onSubmit, onClose }: StepEditDialogProps & { step: Targeted }) {
  const [why, setWhy] = useState(step.why ?? '');
  const choices = useMemo(() => targetChoices(before, step), [before, step]);
  const [value, setValue] = useState(() => pickedValue(choices, '', currentTarget(step)));
  const next = value === undefined ? null : withWhy(stripWhy(retarget(step, value)), why);
  const submit = () => next && onSubmit(next);
  return (
    <StepDialog
      title={W.title(index + 1, step.op)}
      submitLabel={W.save}
      refusal={next ? explainStep(before, next) : null}
      blocked={next ? null : W.noTarget}
      why={why}
      onWhy={setWhy}
      onSubmit={submit}
      onClose={onClose}
    >
      <NodePicker label={W.target[step.op]} filterLabel={W.filter} choices={choices} value={value} onChange={setValue} onEnter={submit} autoFocus />
    </StepDialog>
  );
}

const stripWhy = (step: Step): Step => {
  const { why: _why, ...rest } = step;
  return rest as Step;
};

function LinkStepForm({ before, step, index, onSubmit, onClose }: StepEditDialogProps & { step: Extract<Step, { op: 'link' | 'unlink' }> }) {
  const kindId = useId();
  const noteId = useId();
  const [why, setWhy] = useState(step.why ?? '');
  const [kind, setKind] = useState<LinkKind>(step.kind);
  const [note, setNote] = useState(step.op === 'link' ? (step.note ?? '') : '');
  const { from, to } = step;
  const bare: Step = step.op === 'unlink' ? { op: 'unlink', kind, from, to } : note.trim() ? { op: 'link', kind, from, to, note: note.trim() } : { op: 'link', kind, from, to };
  const next = withWhy(bare, why);
  return (
    <StepDialog title={W.title(index + 1, step.op)} submitLabel={W.save} refusal={explainStep(before, next)} why={why} onWhy={setWhy} onSubmit={() => onSubmit(next)} onClose={onClose}>
      <label htmlFor={kindId}>{W.linkKind}</label>
      <LinkKindSelect id={kindId} value={kind} onChange={setKind} />
      {step.op === 'link' ? (
        <>
          <label htmlFor={noteId}>{W.linkNote}</label>
          <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
        </>
      ) : null}
    </StepDialog>
  );
}

function WhyOnly({ before, step, index, onSubmit, onClose }: StepEditDialogProps) {
  const [why, setWhy] = useState(step.why ?? '');
  const next = withWhy(stripWhy(step), why);
  return <StepDialog title={W.title(index + 1, step.op)} submitLabel={W.save} refusal={explainStep(before, next)} why={why} onWhy={setWhy} onSubmit={() => onSubmit(next)} onClose={onClose} />;
}

/** What an `update` step sets that the form does not show (unit, role, ref), kept when the step is edited. */
function setNotOnForm(set: UpdateSet): UpdateSet {
  const out: UpdateSet = {};
  if (set.unit !== undefined) out.unit = set.unit;
  if (set.role !== undefined) out.role = set.role;
  if (set.ref !== undefined) out.ref = set.ref;
  return out;
}

/** A node's fields the form does not show (where it came from), kept when an `add` step is edited. */
function notOnForm(n: OrgNode): Partial<OrgNode> {
  const out: Partial<OrgNode> = {};
  if (n.source !== undefined) out.source = n.source;
  if (n.ref !== undefined) out.ref = n.ref;
  if (n.unit !== undefined) out.unit = n.unit;
  if (n.role !== undefined) out.role = n.role;
  return out;
}

/**
 * Edits one step of an option: its fields (a node added or updated, a move's, merge's or assignment's target,
 * a link's kind and note) and its reason, each checked by the core against the structure just before the step.
 */
export function StepEditDialog(props: StepEditDialogProps) {
  const { before, step, onSubmit, onClose } = props;
  // This switch stays in the UI: which form edits a step is a matter of screens, not of the op's rules. Everything
  // the core knows about an op (check, apply, wording, what it touches, needs and refers to) is its handler's, in
  // src/options/steps/<op>.ts; this form hands the edited step back to it to check.
  switch (step.op) {
    case 'move':
    case 'merge':
    case 'assign':
      return <TargetedStep {...props} step={step} />;
    case 'link':
    case 'unlink':
      return <LinkStepForm {...props} step={step} />;
    case 'add': {
      const manager: NodeId | null = step.node.manager ?? null;
      if (manager === null) return <WhyOnly {...props} />;
      return <NodeFormDialog mode="add" structure={before} manager={manager} kind={step.node.kind} initial={{ node: step.node, ...(step.why ? { why: step.why } : {}) }} onSubmit={(s) => onSubmit(s.op === 'add' ? { ...s, node: { ...s.node, ...notOnForm(step.node) } } : s)} onClose={onClose} />;
    }
    case 'update': {
      const node = before.nodes.find((n) => n.id === step.node);
      // unit, role and ref (an update derived from a later return) are not on the form: kept as the step sets them,
      // and a step that sets nothing else is edited for its reason only.
      const kept = setNotOnForm(step.set);
      if (!node || Object.keys(kept).length === Object.keys(step.set).length) return <WhyOnly {...props} />;
      const after: OrgNode = { ...node };
      for (const [k, v] of Object.entries(step.set)) {
        if (v === null && k !== 'holder') delete (after as unknown as Record<string, unknown>)[k];
        else (after as unknown as Record<string, unknown>)[k] = v;
      }
      return <NodeFormDialog mode="edit" structure={before} node={node} initial={{ node: after, ...(step.why ? { why: step.why } : {}) }} onSubmit={(s) => onSubmit(s.op === 'update' ? { ...s, set: { ...kept, ...s.set } } : s)} onClose={onClose} />;
    }
    case 'remove':
      return <WhyOnly {...props} />;
  }
}
