import { useId, useState } from 'react';
import { NODE_KINDS, type AddStep, type NodeId, type NodeKind, type OrgNode, type Pay, type Structure, type UpdateStep } from '../../model/types.ts';
import { readTypedFigure } from '../../io/typedFigure.ts';
import { suggestNodeId } from '../../options/index.ts';
import { explainStep } from '../../words/editing.ts';
import { NODE_FORM, STEP_DIALOG } from '../../words/editors.ts';
import { FIELD_HINT, FIELD_LABEL } from '../../words/fields.ts';
import { namesIn, userText, VACANT } from '../../words/index.ts';
import { NODE_KIND_LABEL } from '../../words/kinds.ts';
import { Words } from '../words/Words.tsx';
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
  grade: string;
  /** FTE and pay as typed; parsed by `people`. */
  fte: string;
  payMin: string;
  payMax: string;
}

/** The people fields as typed: blank is absent; a figure that cannot be read is a problem, named beside its field. */
interface People {
  grade?: string;
  fte?: number;
  pay?: Pay;
  /** Per field, what is wrong with what was typed (none: every figure read). */
  problems: Partial<Record<'fte' | 'payMin' | 'payMax', string>>;
}

function people(f: Fields): People {
  const out: People = { problems: {} };
  if (f.grade.trim()) out.grade = f.grade.trim();
  const read = (key: 'fte' | 'payMin' | 'payMax'): number | undefined => {
    const r = readTypedFigure(f[key]);
    if (r.kind === 'number') return r.value;
    if (r.kind !== 'blank') out.problems[key] = NODE_FORM.figureProblem(key === 'fte' ? 'fte' : 'pay', f[key], r.kind);
    return undefined;
  };
  const fte = read('fte');
  if (fte !== undefined) out.fte = fte;
  const min = read('payMin');
  const max = read('payMax');
  if (min !== undefined || max !== undefined) out.pay = { min: min ?? max!, max: max ?? min! };
  return out;
}

const firstProblem = (p: People): string | null => p.problems.fte ?? p.problems.payMin ?? p.problems.payMax ?? null;

const samePay = (a: Pay | undefined, b: Pay | undefined) => a?.min === b?.min && a?.max === b?.max;
const text = (n: number | undefined) => (n === undefined ? '' : String(n));

type NodeFormProps = {
  structure: Structure;
  onSubmit: (step: AddStep | UpdateStep) => void;
  onClose: () => void;
  /** When editing a step already made: the values it gives (the node added, or the node as updated) and its reason. */
  initial?: { node: OrgNode; why?: string };
} & ({ mode: 'add'; manager: NodeId; kind: NodeKind } | { mode: 'edit'; node: OrgNode });

const fieldsOf = (n: OrgNode): Fields => ({
  name: n.name,
  id: n.id,
  idTyped: true,
  holder: n.holder ?? '',
  vacant: n.holder === null,
  kind: n.kind,
  note: n.note ?? '',
  grade: n.grade ?? '',
  fte: text(n.fte),
  payMin: text(n.pay?.min),
  payMax: text(n.pay?.max),
});

/** The `add` step the fields describe: a node under `manager`; holder absent when blank and not vacant. */
function addStep(f: Fields, manager: NodeId, why: string): AddStep {
  const node: OrgNode = { id: f.id, kind: f.kind, name: f.name.trim(), manager };
  if (f.vacant) node.holder = null;
  else if (f.holder.trim()) node.holder = f.holder.trim();
  if (f.note.trim()) node.note = f.note.trim();
  const p = people(f);
  if (p.grade !== undefined) node.grade = p.grade;
  if (p.fte !== undefined) node.fte = p.fte;
  if (p.pay !== undefined) node.pay = p.pay;
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
  // people.md: null removes grade, fte or pay.
  const p = people(f);
  if (p.grade !== node.grade) set.grade = p.grade ?? null;
  if (p.fte !== node.fte) set.fte = p.fte ?? null;
  if (!samePay(p.pay, node.pay)) set.pay = p.pay ?? null;
  return Object.keys(set).length === 0 ? null : withWhy<UpdateStep>({ op: 'update', node: node.id, set }, why);
}

/** Add post / Add unit under a node, or Edit details of a node: one `add` or `update` step, checked live by the core. */
export function NodeFormDialog(props: NodeFormProps) {
  const { structure, onSubmit, onClose } = props;
  const ids = { name: useId(), id: useId(), holder: useId(), vacant: useId(), kind: useId(), note: useId(), grade: useId(), fte: useId(), payMin: useId(), payMax: useId() };
  const [why, setWhy] = useState(props.initial?.why ?? '');
  const [f, setF] = useState<Fields>(() =>
    props.initial
      ? fieldsOf(props.initial.node)
      : props.mode === 'add'
        ? { name: '', id: '', idTyped: false, holder: '', vacant: false, kind: props.kind, note: '', grade: '', fte: '', payMin: '', payMax: '' }
        : fieldsOf(props.node),
  );
  const change = (patch: Partial<Fields>) =>
    setF((old) => {
      const next = { ...old, ...patch };
      if (props.mode === 'add' && !next.idTyped) next.id = next.name.trim() ? suggestNodeId(structure, next.name) : '';
      return next;
    });
  const names = namesIn(structure);
  const step = props.mode === 'add' ? addStep(f, props.manager, why) : updateStep(f, props.node, why);
  const typed = people(f);
  const problem = firstProblem(typed);
  const refusal = step && f.name.trim() && problem === null ? explainStep(structure, step) : null;
  const blocked = !f.name.trim() ? NODE_FORM.noName : problem !== null ? NODE_FORM.figuresToFix : step === null ? NODE_FORM.nothingChanged : null;
  /** A figure field with what is wrong with it said beside it (and read with it by a screen reader). */
  const figureField = (key: 'fte' | 'payMin' | 'payMax', placeholder?: string) => {
    const said = typed.problems[key];
    return (
      <>
        <label htmlFor={ids[key]}>{FIELD_LABEL[key]}</label>
        <input
          id={ids[key]}
          inputMode="decimal"
          value={f[key]}
          onChange={(e) => change({ [key]: e.target.value })}
          placeholder={placeholder}
          aria-invalid={said ? true : undefined}
          aria-describedby={said ? `${ids[key]}-problem` : undefined}
        />
        {said ? (
          <span id={`${ids[key]}-problem`} className="field-problem">
            <Words text={said} />
          </span>
        ) : null}
      </>
    );
  };
  // A step being edited may add a node the structure lacks, so its name is taken as written.
  const title = props.initial
    ? NODE_FORM.stepTitle(props.mode === 'add' ? 'add' : 'update', userText(props.initial.node.name))
    : props.mode === 'add'
      ? NODE_FORM.addTitle(props.kind, names.node(props.manager))
      : NODE_FORM.editTitle(names.node(props.node.id));
  return (
    <StepDialog
      title={title}
      submitLabel={props.initial ? NODE_FORM.submitStep : props.mode === 'add' ? NODE_FORM.submitAdd : NODE_FORM.submitEdit}
      refusal={refusal}
      blocked={blocked}
      why={why}
      onWhy={setWhy}
      onSubmit={() => step && onSubmit(step)}
      onClose={onClose}
    >
      <p className="panel-sub">
        <Words text={STEP_DIALOG.inStructure(structure.title)} />
      </p>
      <label htmlFor={ids.name}>{FIELD_LABEL.name}</label>
      <input id={ids.name} value={f.name} onChange={(e) => change({ name: e.target.value })} data-autofocus />
      {props.mode === 'add' ? (
        <>
          <label htmlFor={ids.id}>{FIELD_LABEL.id}</label>
          <input id={ids.id} value={f.id} onChange={(e) => change({ id: e.target.value, idTyped: true })} aria-describedby={`${ids.id}-hint`} />
          <span id={`${ids.id}-hint`} className="hint">
            {FIELD_HINT.id}
          </span>
        </>
      ) : null}
      <label htmlFor={ids.holder}>{FIELD_LABEL.holder}</label>
      <input id={ids.holder} value={f.vacant ? '' : f.holder} disabled={f.vacant} onChange={(e) => change({ holder: e.target.value })} />
      <span className="checkbox">
        <input id={ids.vacant} type="checkbox" checked={f.vacant} onChange={(e) => change({ vacant: e.target.checked })} />
        <label htmlFor={ids.vacant}>{VACANT}</label>
      </span>
      <label htmlFor={ids.kind}>{FIELD_LABEL.kind}</label>
      <select id={ids.kind} value={f.kind} onChange={(e) => change({ kind: e.target.value as NodeKind })}>
        {NODE_KINDS.map((k) => (
          <option key={k} value={k}>
            {NODE_KIND_LABEL[k]}
          </option>
        ))}
      </select>
      <label htmlFor={ids.note}>{FIELD_LABEL.note}</label>
      <textarea id={ids.note} rows={2} value={f.note} onChange={(e) => change({ note: e.target.value })} />
      <fieldset className="people-fields">
        <legend>{NODE_FORM.staffing}</legend>
        <label htmlFor={ids.grade}>{FIELD_LABEL.grade}</label>
        <input id={ids.grade} value={f.grade} onChange={(e) => change({ grade: e.target.value })} placeholder={FIELD_HINT.grade} />
        {figureField('fte', FIELD_HINT.fte)}
        {figureField('payMin')}
        {figureField('payMax')}
      </fieldset>
    </StepDialog>
  );
}
