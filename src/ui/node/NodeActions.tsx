import { useState } from 'react';
import type { Link, NodeId, Step, Structure } from '../../model/types.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { MoveToDialog } from '../dialogs/MoveToDialog.tsx';
import { AssignDialog } from '../editors/AssignDialog.tsx';
import { ConfirmStepDialog } from '../editors/ConfirmStepDialog.tsx';
import { LinkDialog } from '../editors/LinkDialog.tsx';
import { MergeDialog } from '../editors/MergeDialog.tsx';
import { NodeFormDialog } from '../editors/NodeFormDialog.tsx';
import { RemoveDialog } from '../editors/RemoveDialog.tsx';
import { useMoveInStructure } from '../panes/useMoveInStructure.ts';
import { useStepsInStructure } from '../panes/useStepsInStructure.ts';
import { namesIn, stepLine } from '../../words/index.ts';
import { unlinkConfirmText } from '../../words/editing.ts';
import { CLEAR_CONFIRM, REMOVE_DIALOG, UNLINK_CONFIRM } from '../../words/editors.ts';
import { selectEditTargetId } from './editTarget.ts';

/** Which editor is open on the selected node. */
export type PlainEditor = 'add-post' | 'add-unit' | 'edit' | 'move' | 'merge' | 'remove' | 'link' | 'assign';
export type Editor =
  | { kind: PlainEditor }
  | { kind: 'unlink'; link: Link }
  /** `fnName` as Names words it. */
  | { kind: 'clear'; fn: string; fnName: string };

interface EditorDialogsProps {
  structure: Structure;
  node: NodeId;
  editor: Editor | null;
  close: () => void;
}

/** The open editor's dialog; on submit its steps go to the structure shown (a new option when it is the baseline). */
export function EditorDialogs({ structure, node, editor, close }: EditorDialogsProps) {
  const store = useAppStoreApi();
  const apply = useStepsInStructure();
  const move = useMoveInStructure();
  if (!editor) return null;
  const target = () => selectEditTargetId(store.getState());
  const names = namesIn(structure);
  const submit = (steps: Step[], what = stepLine(steps.at(-1)!, names)) => {
    close();
    void apply(target(), steps, what);
  };
  const found = structure.nodes.find((n) => n.id === node);
  if (!found) return null;
  switch (editor.kind) {
    case 'add-post':
    case 'add-unit':
      return <NodeFormDialog mode="add" structure={structure} manager={node} kind={editor.kind === 'add-post' ? 'post' : 'unit'} onSubmit={(s) => submit([s])} onClose={close} />;
    case 'edit':
      return <NodeFormDialog mode="edit" structure={structure} node={found} onSubmit={(s) => submit([s])} onClose={close} />;
    case 'move':
      return (
        <MoveToDialog
          structure={structure}
          node={node}
          onClose={close}
          onMove={(to, why) => {
            close();
            void move(target(), node, to, why || undefined);
          }}
        />
      );
    case 'merge':
      return <MergeDialog structure={structure} node={node} onSubmit={(s) => submit([s])} onClose={close} />;
    case 'remove':
      return <RemoveDialog structure={structure} node={node} onSubmit={(steps) => submit(steps, REMOVE_DIALOG.what(names.node(node)))} onClose={close} />;
    case 'link':
      return <LinkDialog structure={structure} node={node} onSubmit={(s) => submit([s])} onClose={close} />;
    case 'assign':
      return <AssignDialog structure={structure} node={node} onSubmit={(s) => submit([s])} onClose={close} />;
    case 'unlink': {
      const { kind, from, to } = editor.link;
      return (
        <ConfirmStepDialog
          structure={structure}
          title={UNLINK_CONFIRM.title}
          body={unlinkConfirmText(names, kind, from, to)}
          submitLabel={UNLINK_CONFIRM.submit}
          step={{ op: 'unlink', kind, from, to }}
          onSubmit={(s) => submit([s])}
          onClose={close}
        />
      );
    }
    case 'clear':
      return (
        <ConfirmStepDialog
          structure={structure}
          title={CLEAR_CONFIRM.title}
          body={CLEAR_CONFIRM.body(editor.fnName)}
          submitLabel={CLEAR_CONFIRM.submit}
          step={{ op: 'assign', function: editor.fn, to: null }}
          onSubmit={(s) => submit([s])}
          onClose={close}
        />
      );
  }
}

/** State for one editor at a time. */
export function useEditor(): [Editor | null, (e: Editor | null) => void] {
  return useState<Editor | null>(null);
}
