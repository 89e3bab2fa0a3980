/**
 * A modal <dialog>: the rest of the page is inert while it is open, Tab stays inside, Escape
 * closes, and focus goes back to whatever opened it.
 */
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../stores/ui-store';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  size?: 'small' | 'medium' | 'large';
  /** Extra text read with the title (for example what a form is about). */
  subtitle?: string;
}

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.offsetParent !== null || el === document.activeElement,
  );
}

export function Modal({ title, onClose, children, size = 'medium', subtitle }: ModalProps) {
  const { t } = useTranslation(['app', 'common']);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const subtitleId = useId();
  const onCloseRef = useRef(onClose);
  /** Set while the effect closes the element itself, so the native close event is not taken for the user's. */
  const closingItself = useRef(false);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = useUiStore.getState().returnFocus;
    closingItself.current = false;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      focusables(dialog.querySelector('.dialog-body') ?? dialog)[0];
    first?.focus();
    return () => {
      closingItself.current = true;
      if (dialog.open) dialog.close();
      const afterClose = document.activeElement;
      requestAnimationFrame(() => {
        // Reopened (React remounts effects in development) or another dialog took over: leave focus alone.
        if (document.querySelector('dialog[open]')) return;
        // Focus moved on before this frame came (a busy machine draws late; a keypress closed a panel and gave its
        // button focus): taking it back now would throw the person off where they are.
        const active = document.activeElement;
        if (active !== afterClose && active !== null && active !== document.body) return;
        if (opener?.isConnected) opener.focus();
        else document.querySelector<HTMLElement>('#main-heading')?.focus();
      });
    };
  }, []);

  function onKeyDown(e: React.KeyboardEvent<HTMLDialogElement>): void {
    if (e.key !== 'Tab' || !ref.current) return;
    const items = focusables(ref.current);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className={`modal modal-${size}`}
      aria-labelledby={titleId}
      aria-describedby={subtitle ? subtitleId : undefined}
      aria-modal="true"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onCloseRef.current();
      }}
      onClose={() => {
        if (!closingItself.current) onCloseRef.current();
      }}
    >
      <header className="dialog-header">
        <div>
          <h2 id={titleId}>{title}</h2>
          {subtitle ? (
            <p className="dialog-subtitle" id={subtitleId}>
              {subtitle}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('common:close')}
          title={t('modal.closeEsc')}
          onClick={() => onCloseRef.current()}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      {children}
    </dialog>
  );
}
