/**
 * The in-app menu bar of browser mode. In Electron the native menu owns the file operations, so
 * only the theme switch remains here.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage, isElectron } from '../api';
import { useDocumentStore } from '../stores/document-store';
import { effectiveTheme, useUiStore, type FileAction } from '../stores/ui-store';

interface Item {
  label: string;
  disabled: boolean;
  run(): void;
}

function FileMenu() {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const hasDocument = useDocumentStore((s) => s.info !== null);
  const closeDocument = useDocumentStore((s) => s.closeDocument);
  const openDialog = useUiStore((s) => s.openDialog);
  const showNotice = useUiStore((s) => s.showNotice);

  const file = (action: FileAction) => () => openDialog({ kind: 'file', action }, buttonRef.current);
  const items: Item[] = [
    { label: 'New…', disabled: false, run: file('new') },
    { label: 'Open…', disabled: false, run: file('open') },
    { label: 'Save As…', disabled: !hasDocument, run: file('saveAs') },
    {
      label: 'Close',
      disabled: !hasDocument,
      run: () =>
        void closeDocument().catch((err: unknown) => showNotice(`Could not close the document: ${errorMessage(err)}`)),
    },
  ];

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function choose(item: Item): void {
    if (item.disabled) return;
    setOpen(false);
    buttonRef.current?.focus();
    item.run();
  }

  function onMenuKey(e: React.KeyboardEvent): void {
    const elements = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = elements.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => elements[(i + elements.length) % elements.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(elements.length - 1);
    else if (e.key === 'Escape') {
      setOpen(false);
      buttonRef.current?.focus();
    } else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  }

  return (
    <div className="menu">
      <button
        type="button"
        ref={buttonRef}
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        File
      </button>
      {open ? (
        <ul className="menu-list" role="menu" id={menuId} aria-label="File" ref={menuRef} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li
              key={item.label}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              onClick={() => choose(item)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose(item);
                }
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ThemeToggle() {
  const dark = useUiStore((s) => effectiveTheme(s) === 'dark');
  const toggle = useUiStore((s) => s.toggleTheme);
  return (
    <button
      type="button"
      className="theme-toggle quiet"
      aria-pressed={dark}
      onClick={toggle}
      title="Switch between light and dark"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}

export function MenuBar() {
  const electron = isElectron();
  const name = useDocumentStore((s) => s.info?.name);
  return (
    <nav className="menubar" aria-label="Application">
      <span className="brand" aria-hidden="true">
        <span className="brand-mark" /> Quadrant
      </span>
      {electron ? null : <FileMenu />}
      {name ? <span className="doc-name">{name}</span> : null}
      <span className="spacer" />
      <ThemeToggle />
    </nav>
  );
}
