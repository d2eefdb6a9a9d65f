import { useEffect, useId, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { VERSIONS, versionLine } from '../../words/versions.ts';
import { Modal } from '../dialogs/Modal.tsx';
import { downloadBlob, fileStem } from '../download.ts';

function VersionsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const versions = useAppStore((s) => s.versions);
  const [name, setName] = useState('');
  const nameId = useId();
  useEffect(() => {
    void store.getState().refreshVersions();
  }, [store]);
  return (
    <Modal title={VERSIONS.title} onClose={onClose} className="versions-dialog">
      <p className="hint">{VERSIONS.intro}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await store.getState().saveVersion(name)) setName('');
        }}
      >
        <label htmlFor={nameId}>{VERSIONS.nameLabel}</label>
        <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} data-autofocus />
        <button type="submit">{VERSIONS.save}</button>
      </form>
      {versions.length === 0 ? (
        <p>{VERSIONS.none}</p>
      ) : (
        <ul className="detail-list versions" aria-label={VERSIONS.listLabel}>
          {versions.map((v) => (
            <li key={v.id} aria-label={v.name}>
              <span>{versionLine(v.name, v.savedAt)}</span>
              <span className="step-tools">
                <button
                  type="button"
                  className="small"
                  onClick={async () => {
                    if (await store.getState().restoreVersion(v.id)) onClose();
                  }}
                >
                  {VERSIONS.restore}
                </button>
                <button
                  type="button"
                  className="small"
                  onClick={async () => {
                    const text = await store.getState().versionText(v.id);
                    if (text !== null) downloadBlob(new Blob([text], { type: 'application/json' }), `${fileStem(`${v.title} ${v.name}`)}.json`);
                  }}
                >
                  {VERSIONS.export}
                </button>
                <button type="button" className="small danger" onClick={() => void store.getState().deleteVersion(v.id)}>
                  {VERSIONS.remove}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {VERSIONS.close}
        </button>
      </div>
    </Modal>
  );
}

/** "Versions…": save the workspace as a named version, go back to one, export one. */
export function VersionsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {VERSIONS.button}
      </button>
      {open ? <VersionsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
