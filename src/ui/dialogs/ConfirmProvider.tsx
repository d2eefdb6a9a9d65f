import { useCallback, useState, type ReactNode } from 'react';
import { ConfirmContext, type ConfirmRequest } from './confirmContext.ts';
import { CONFIRM } from '../../words/editors.ts';
import { Words } from '../words/Words.tsx';
import { Modal } from './Modal.tsx';

interface Pending extends ConfirmRequest {
  resolve: (ok: boolean) => void;
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (req: ConfirmRequest) =>
      new Promise<boolean>((resolve) => {
        setPending((old) => {
          old?.resolve(false);
          return { ...req, resolve };
        });
      }),
    [],
  );
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  return (
    <ConfirmContext value={confirm}>
      {children}
      {pending ? (
        <Modal title={pending.title} onClose={() => answer(false)}>
          <p>
            <Words text={pending.body} />
          </p>
          <div className="modal-actions">
            <button type="button" className="primary" data-autofocus onClick={() => answer(true)}>
              {pending.confirmLabel}
            </button>
            <button type="button" onClick={() => answer(false)}>
              {pending.cancelLabel ?? CONFIRM.cancel}
            </button>
          </div>
        </Modal>
      ) : null}
    </ConfirmContext>
  );
}
