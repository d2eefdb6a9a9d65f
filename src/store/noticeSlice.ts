import type { NoticeSlice, Slice } from './types.ts';

const MAX_NOTICES = 6;

export const createNoticeSlice: Slice<NoticeSlice> = (set) => {
  let seq = 0;
  return {
    notices: [],
    notify: (tone, text, details = []) => {
      seq += 1;
      const id = seq;
      set((s) => {
        s.notices = s.notices.filter((n) => !(n.text === text && n.details.join('\n') === details.join('\n')));
        s.notices.push({ id, tone, text, details });
        if (s.notices.length > MAX_NOTICES) s.notices.shift();
      });
    },
    dismissNotice: (id) =>
      set((s) => {
        s.notices = s.notices.filter((n) => n.id !== id);
      }),
  };
};
