import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { selectNotices } from '../store/selectors.ts';

/** Messages for the user, as text; errors and refusals are announced. */
export function Notices() {
  const store = useAppStoreApi();
  const notices = useAppStore(selectNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'info' ? 'status' : 'alert'}>
          <p>{n.text}</p>
          {n.details.length > 0 ? (
            <ul>
              {n.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="small" aria-label={`Dismiss: ${n.text}`} onClick={() => store.getState().dismissNotice(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
