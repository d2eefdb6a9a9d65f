import { createContext, useContext } from 'react';
import { CONFIRM } from '../../words/editors.ts';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel?: string;
}

export type Confirm = (req: ConfirmRequest) => Promise<boolean>;

export const ConfirmContext = createContext<Confirm | null>(null);

/** Asks the user in an in-page dialog (not window.confirm); resolves true when they confirm. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error(CONFIRM.noProvider);
  return confirm;
}
