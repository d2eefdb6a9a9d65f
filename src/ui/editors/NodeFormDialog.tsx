import { useId, useState } from 'react';
import { NODE_KINDS, type AddStep, type NodeId, type NodeKind, type OrgNode, type Structure, type UpdateStep } from '../../model/types.ts';
import { suggestNodeId } from '../../options/index.ts';
import { explainStep } from '../../words/index.ts';
import { StepDialog, withWhy } from './StepDialog.tsx';

interface Fields {
  name: string;
  id: string;
  /** Whether the id was typed by the officer (else it follows the name). */
  idTyped: boolean;
  holder: string;
  vacant: boolean;
  kind: NodeKind;
  note: string;
}

type NodeFormProps = { structure: Structure; onSubmit: (step: AddStep | UpdateStep) => void; onClose: () => void } & (
  | { mode: 'add'; manager: NodeId; kind: NodeKind }
  | { mode: 'edit'; node: OrgNode }
);

/** The `add` step the fields describe: a node under `manager`; holder absent when blank and not vacant. */
function addStep(f: Fields, manager: NodeId, why: string): AddStep {
  const node: OrgNode = { id: f.id, kind: f.kind, name: f.name.trim(), manager };
  if (f.vacant) node.holder = null;
  else if (f.holder.trim()) node.holder = f.holder.trim();
  if (f.note.trim()) node.note = f.note.trim();
  return withWhy<AddStep>({ op: 'add', node }, why);
}

/** The one `update` step setting what changed, or null when nothing did. Blanking a recorded holder makes the post vacant. */
function updateStep(f: Fields, node: OrgNode, why: string): UpdateStep | null {
  const set: UpdateStep['set'] = {};
  if (f.name.trim() !== node.name) set.name = f.name.trim();
  const holder = f.vacant ? null : f.holder.trim() || (node.holder === undefined ? undefined : null);
  if (holder !== undefined && holder !== node.holder) set.holder = holder;
  if (f.kind !== node.kind) set.kind = f.kind;
  if (f.note.trim() !== (node.note ?? '')) set.note = f.note.trim();
  return Object.keys(set).length === 0 ? null : withWhy<UpdateStep>({ op: 'update', node: node.id, set }, why);
}

/** Add post / Add unit under a node, or Edit details of a node: one `add` or `update` step, checked live by the core. */
export function NodeFormDialog(props: NodeFormProps) {
  const { structure, onSubmit, onClose } = props;
  const ids = { name: useId(), id: useId(), holder: useId(), vacant: useId(), kind: useId(), note: useId() };
  const [why, setWhy] = useState('');
  const [f, setF] = useState<Fields>(() =>
    props.mode === 'add'
      ? { name: '', id: '', idTyped: false, holder: '', vacant: false, kind: props.kind, note: '' }
      : { name: props.node.name, id: props.node.id, idTyped: true, holder: props.node.holder ?? '', vacant: props.node.holder === null, kind: props.node.kind, note: props.node.note ?? '' },
  );
  const change = (patch: Partial<Fields>) =>
    setF((old) => {
      const next = { ...old, ...patch };
      if (props.mode === 'add' && !next.idTyped) next.id = next.name.trim() ? suggestNodeId(structure, next.name) : '';
      return next;
    });
  const managerName = props.mode === 'add' ? (structure.nodes.find((n) => n.id === props.manager)?.name ?? props.manager) : '';
  const step = props.mode === 'add' ? addStep(f, props.manager, why) : updateStep(f, props.node, why);
  const refusal = step && f.name.trim() ? explainStep(structure, step) : null;
  const blocked = !f.name.trim() ? 'Give a name.' : step === null ? 'Nothing changed yet.' : null;
  const title = props.mode === 'add' ? `Add ${props.kind === 'unit' ? 'unit' : 'post'} under ${managerName}` : `Edit details of ${props.node.name}`;
  return (
    <StepDialog
      title={title}
      submitLabel={props.mode === 'add' ? 'Add' : 'Save details'}
      refusal={refusal}
      blocked={blocked}
      why={why}
      onWhy={setWhy}
      onSubmit={() => step && onSubmit(step)}
      onClose={onClose}
    >
      <p className="panel-sub">In {structure.title}.</p>
      <label htmlFor={ids.name}>Name</label>
      <input id={ids.name} value={f.name} onChange={(e) => change({ name: e.target.value })} data-autofocus />
      {props.mode === 'add' ? (
        <>
          <label htmlFor={ids.id}>Identifier</label>
          <input id={ids.id} value={f.id} onChange={(e) => change({ id: e.target.value, idTyped: true })} aria-describedby={`${ids.id}-hint`} />
          <span id={`${ids.id}-hint`} className="hint">
            Lower-case letters, digits and “-”; made from the name unless you change it.
          </span>
        </>
      ) : null}
      <label htmlFor={ids.holder}>Holder</label>
      <input id={ids.holder} value={f.vacant ? '' : f.holder} disabled={f.vacant} onChange={(e) => change({ holder: e.target.value })} />
      <span className="checkbox">
        <input id={ids.vacant} type="checkbox" checked={f.vacant} onChange={(e) => change({ vacant: e.target.checked })} />
        <label htmlFor={ids.vacant}>Vacant</label>
      </span>
      <label htmlFor={ids.kind}>Kind</label>
      <select id={ids.kind} value={f.kind} onChange={(e) => change({ kind: e.target.value as NodeKind })}>
        {NODE_KINDS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      <label htmlFor={ids.note}>Note</label>
      <textarea id={ids.note} rows={2} value={f.note} onChange={(e) => change({ note: e.target.value })} />
    </StepDialog>
  );
}
