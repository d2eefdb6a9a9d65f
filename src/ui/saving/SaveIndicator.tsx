import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { HELD_FILE_TITLE, notSavedHelp, notSavedLabel, SAVE_ACTIONS, SAVED, SAVED_STATE } from '../../words/saving.ts';
import { downloadBlob, fileStem } from '../download.ts';

function downloadWorkspace(text: string, title: string, suffix = ''): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), `${fileStem(title)}${suffix}.json`);
}

/** "Saved" or "Not saved: …", always in the header, with the choices the officer has when work is not saved. */
export function SaveIndicator() {
  const store = useAppStoreApi();
  const save = useAppStore((s) => s.save);
  const held = useAppStore((s) => s.held);
  if (save.kind === 'saved') {
    return (
      <div className="save-indicator saved" role="status" aria-live="polite" aria-label={SAVED_STATE}>
        <span>{SAVED}</span>
      </div>
    );
  }
  const { reason } = save;
  const download = () => {
    const s = store.getState();
    downloadWorkspace(s.exportWorkspace(), s.workspace.title);
  };
  return (
    <div className="save-indicator not-saved" role="status" aria-live="polite" aria-label={SAVED_STATE}>
      <span title={notSavedHelp(reason)}>{notSavedLabel(reason)}</span>
      {reason.kind === 'newer' ? (
        <>
          <button type="button" className="small" onClick={() => store.getState().keepMine()}>
            {SAVE_ACTIONS.keepMine}
          </button>
          <button type="button" className="small" onClick={() => store.getState().takeTheirs()}>
            {SAVE_ACTIONS.takeTheirs}
          </button>
        </>
      ) : null}
      {reason.kind === 'held' ? (
        <>
          {held !== null ? (
            <button type="button" className="small" onClick={() => downloadWorkspace(held, HELD_FILE_TITLE)}>
              {SAVE_ACTIONS.downloadHeld}
            </button>
          ) : null}
          <button type="button" className="small" onClick={() => store.getState().replaceHeld()}>
            {SAVE_ACTIONS.replaceHeld}
          </button>
        </>
      ) : null}
      <button type="button" className="small" onClick={download}>
        {SAVE_ACTIONS.download}
      </button>
    </div>
  );
}
