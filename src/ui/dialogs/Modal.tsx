import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Words } from '../words/Words.tsx';

interface ModalProps {
  /** Made by src/words (user text in it isolated). */
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A modal dialog in the page: focus moves into it and is kept there (Tab wraps), Escape closes it, focus returns on close. */
export function Modal({ title, onClose, children, className }: ModalProps) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Focus starts on the element marked data-autofocus, else on the first that can take it.
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className={className ? `modal ${className}` : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
            return;
          }
          if (e.key !== 'Tab' || !box.current) return;
          const all = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
          const first = all[0];
          const last = all.at(-1);
          if (!first || !last) return;
          if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last.focus();
          } else if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first.focus();
          }
        }}
      >
        <h2 id={titleId}>
          <Words text={title} />
        </h2>
        {children}
      </div>
    </div>
  );
}
