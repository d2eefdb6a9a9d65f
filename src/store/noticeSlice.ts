import type { NoticeSlice, Slice } from './types.ts';

/** The most notices on screen at once: the newest few; older ones go as new ones come (they pile over the charts otherwise). */
export const MAX_NOTICES = 3;

export const createNoticeSlice: Slice<NoticeSlice> = (set) => {
  let seq = 0;
  return {
    notices: [],
    notify: (tone, text, details = []) => {
      seq += 1;
      const id = seq;
      set((s) => {
        // A repeat of a notice replaces it (with its new details), and comes last as the newest.
        s.notices = s.notices.filter((n) => n.text !== text);
        s.notices.push({ id, tone, text, details });
        if (s.notices.length > MAX_NOTICES) s.notices.splice(0, s.notices.length - MAX_NOTICES);
      });
    },
    dismissNotice: (id) =>
      set((s) => {
        s.notices = s.notices.filter((n) => n.id !== id);
      }),
    dismissAllNotices: () =>
      set((s) => {
        s.notices = [];
      }),
  };
};
