/**
 * A menu of the in-app menu bar (browser mode): a button that opens a list of menu items, operated by pointer or
 * keyboard (Down opens, arrows move, Home/End, Enter or Space chooses, Escape closes back onto the button).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItemSpec {
  label: string;
  disabled: boolean;
  /** Shown beside the label and announced as aria-keyshortcuts ("Control+Z"). */
  shortcut?: { shown: string; aria: string };
  run(button: HTMLButtonElement | null): void;
}

export function DropdownMenu({ label, items }: { label: string; items: readonly MenuItemSpec[] }) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    // Every item disabled: focus must still land inside, or arrows and Escape would not reach the menu.
    if (!menuRef.current?.contains(document.activeElement))
      menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function choose(item: MenuItemSpec): void {
    if (item.disabled) return;
    setOpen(false);
    buttonRef.current?.focus();
    item.run(buttonRef.current);
  }

  function onMenuKey(e: KeyboardEvent): void {
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
        {label}
      </button>
      {open ? (
        <ul className="menu-list" role="menu" id={menuId} aria-label={label} ref={menuRef} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li
              key={item.label}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              aria-keyshortcuts={item.shortcut?.aria}
              onClick={() => choose(item)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose(item);
                }
              }}
            >
              <span className="menu-item-label">{item.label}</span>
              {item.shortcut ? (
                <span className="menu-shortcut" aria-hidden="true">
                  {item.shortcut.shown}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
