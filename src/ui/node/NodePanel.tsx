import { own } from '../../model/own.ts';
import type { OrgNode, Structure } from '../../model/types.ts';
import { useAppStore } from '../../store/index.ts';
import { selectCurrency, selectSelected, selectWorkspace } from '../../store/selectors.ts';
import { StaffingDetails } from '../people/StaffingDetails.tsx';
import { ACCOUNTABILITY_SECTION, DETAILS, LINKS_SECTION, NODE_ACTIONS, holderDetail } from '../../words/details.ts';
import { FIELD_LABEL } from '../../words/fields.ts';
import { namesIn, userText } from '../../words/index.ts';
import { LINK_KIND_LABEL, NODE_KIND_LABEL } from '../../words/kinds.ts';
import { Words } from '../words/Words.tsx';
import { selectEditTarget } from './editTarget.ts';
import { EditorDialogs, useEditor, type Editor, type PlainEditor } from './NodeActions.tsx';

function Links({ s, node, open }: { s: Structure; node: OrgNode; open: (e: Editor) => void }) {
  const links = (s.links ?? []).filter((l) => l.from === node.id || l.to === node.id);
  const names = namesIn(s);
  return (
    <section aria-label={LINKS_SECTION.region}>
      <h3>{LINKS_SECTION.heading(links.length)}</h3>
      {links.length === 0 ? <p className="none">{LINKS_SECTION.none}</p> : null}
      <ul className="detail-list">
        {links.map((l) => {
          const out = l.from === node.id;
          const other = names.node(out ? l.to : l.from);
          return (
            <li key={`${l.kind}/${l.from}/${l.to}`}>
              <span>
                <span className={`link-kind link-${l.kind}`}>{LINK_KIND_LABEL[l.kind]}</span> <Words text={LINKS_SECTION.other(out, other)} />
              </span>
              <button type="button" className="small" aria-label={LINKS_SECTION.removeLabel(l.kind, out, other)} onClick={() => open({ kind: 'unlink', link: l })}>
                {LINKS_SECTION.remove}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => open({ kind: 'link' })}>
        {LINKS_SECTION.add}
      </button>
    </section>
  );
}

function Accountability({ s, node, open }: { s: Structure; node: OrgNode; open: (e: Editor) => void }) {
  const mine = (s.functions ?? []).filter((f) => own(s.accountable, f.id) === node.id);
  const names = namesIn(s);
  return (
    <section aria-label={ACCOUNTABILITY_SECTION.region}>
      <h3>{ACCOUNTABILITY_SECTION.heading(mine.length)}</h3>
      {mine.length === 0 ? <p className="none">{ACCOUNTABILITY_SECTION.none}</p> : null}
      <ul className="detail-list">
        {mine.map((f) => {
          const fnName = names.function(f.id);
          return (
            <li key={f.id}>
              <span>
                <Words text={fnName} />
                {f.statutory ? <span className="tag">{ACCOUNTABILITY_SECTION.statutory}</span> : null}
              </span>
              <button type="button" className="small" aria-label={ACCOUNTABILITY_SECTION.clearLabel(fnName)} onClick={() => open({ kind: 'clear', fn: f.id, fnName })}>
                {ACCOUNTABILITY_SECTION.clear}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => open({ kind: 'assign' })} disabled={(s.functions ?? []).length === mine.length}>
        {ACCOUNTABILITY_SECTION.assign}
      </button>
    </section>
  );
}

/**
 * The selected node in the pane last used: its details, links and accountabilities, and every editor for it
 * (add post or unit under it, edit details, move, merge, remove, links, accountability), each a dialog.
 */
export function NodePanel() {
  const selected = useAppStore(selectSelected);
  const structure = useAppStore(selectEditTarget);
  const isBaseline = useAppStore((s) => structure?.id === selectWorkspace(s).baseline.id);
  const [editor, setEditor] = useEditor();
  const currency = useAppStore(selectCurrency);
  const node = selected && structure ? structure.nodes.find((n) => n.id === selected) : undefined;
  if (!structure || !node) {
    return (
      <section className="panel node-panel" aria-labelledby="node-heading">
        <h2 id="node-heading">{DETAILS.heading}</h2>
        <p className="none">{DETAILS.nothingSelected}</p>
      </section>
    );
  }
  const reports = structure.nodes.filter((n) => n.manager === node.id).length;
  const holder = holderDetail(node);
  const names = namesIn(structure);
  const name = names.node(node.id);
  const open = (e: Editor) => setEditor(e);
  const action = (kind: PlainEditor, label: string, danger = false) => (
    <button type="button" className={danger ? 'danger' : undefined} onClick={() => open({ kind })}>
      {label}
    </button>
  );
  return (
    <section className="panel node-panel" aria-labelledby="node-heading">
      <h2 id="node-heading">
        <Words text={DETAILS.headingFor(name)} />
      </h2>
      <p className="panel-sub">
        <Words text={DETAILS.inStructure(structure.title, isBaseline)} />
      </p>
      <dl className="details">
        <dt>{FIELD_LABEL.kind}</dt>
        <dd>{NODE_KIND_LABEL[node.kind]}</dd>
        {holder === null ? null : (
          <>
            <dt>{FIELD_LABEL.holder}</dt>
            <dd>
              <Words text={holder} />
            </dd>
          </>
        )}
        <dt>{FIELD_LABEL.manager}</dt>
        <dd>
          <Words text={names.manager(node.manager ?? null)} />
        </dd>
        <dt>{FIELD_LABEL.reports}</dt>
        <dd>{reports}</dd>
        {node.note ? (
          <>
            <dt>{FIELD_LABEL.note}</dt>
            <dd>
              <Words text={userText(node.note)} />
            </dd>
          </>
        ) : null}
      </dl>
      <StaffingDetails structure={structure} node={node} currency={currency} />
      <div className="node-actions" role="group" aria-label={NODE_ACTIONS.group(name)}>
        {action('add-post', NODE_ACTIONS.addPost)}
        {action('add-unit', NODE_ACTIONS.addUnit)}
        {action('edit', NODE_ACTIONS.edit)}
        {action('move', NODE_ACTIONS.move)}
        {action('merge', NODE_ACTIONS.merge)}
        {action('remove', NODE_ACTIONS.remove, true)}
      </div>
      <Links s={structure} node={node} open={open} />
      <Accountability s={structure} node={node} open={open} />
      <EditorDialogs structure={structure} node={node.id} editor={editor} close={() => setEditor(null)} />
    </section>
  );
}
