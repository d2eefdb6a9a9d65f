import { useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { selectNotices } from '../store/selectors.ts';
import type { Notice } from '../store/index.ts';
import { andMore, showMore } from '../words/lists.ts';
import { NOTICE_ACTIONS } from '../words/notices.ts';
import { Words } from './words/Words.tsx';

/** Details drawn at first, and added per "Show more": 200,000 errors in an imported file must not freeze the page. */
export const DETAILS_PAGE = 100;

function Details({ details }: { details: readonly string[] }) {
  const [limit, setLimit] = useState(DETAILS_PAGE);
  if (details.length === 0) return null;
  const rest = details.length - limit;
  return (
    <>
      <ul>
        {details.slice(0, limit).map((d, i) => (
          <li key={i}>
            <Words text={d} />
          </li>
        ))}
        {rest > 0 && <li className="notice-more">{andMore(rest, 'detail', 'details')}</li>}
      </ul>
      {rest > 0 && (
        <button type="button" className="small" onClick={() => setLimit(limit + DETAILS_PAGE)}>
          {showMore(Math.min(rest, DETAILS_PAGE))}
        </button>
      )}
    </>
  );
}

/** Messages for the user, as text; errors and refusals are announced. The newest few only (the store keeps them), each dismissable, and all at once. */
export function Notices() {
  const store = useAppStoreApi();
  const notices = useAppStore(selectNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.length > 1 ? (
        <div className="notices-bar">
          <button type="button" className="small" onClick={() => store.getState().dismissAllNotices()}>
            {NOTICE_ACTIONS.dismissAll}
          </button>
        </div>
      ) : null}
      {notices.map((n: Notice) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'info' ? 'status' : 'alert'}>
          <p>
            <Words text={n.text} />
          </p>
          <Details details={n.details} />
          <button type="button" className="small notice-dismiss" aria-label={NOTICE_ACTIONS.dismissLabel(n.text)} onClick={() => store.getState().dismissNotice(n.id)}>
            {NOTICE_ACTIONS.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
