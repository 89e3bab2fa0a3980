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
  /** A choice among several (View ▸ Language): a radio item, checked when it is the current one. */
  checked?: boolean;
  /** Consecutive items of one group are shown together under its name (a menu's section, announced as a group). */
  group?: string;
  run(button: HTMLButtonElement | null): void;
}

const ITEM = '[role="menuitem"], [role="menuitemradio"]';

/** Items in order, consecutive items of the same group gathered into one section. */
function sections(items: readonly MenuItemSpec[]): { group?: string; items: MenuItemSpec[] }[] {
  const out: { group?: string; items: MenuItemSpec[] }[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.group === item.group) last.items.push(item);
    else out.push({ group: item.group, items: [item] });
  }
  return out;
}

export function DropdownMenu({ label, items }: { label: string; items: readonly MenuItemSpec[] }) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    const enabled = [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])].find(
      (el) => el.getAttribute('aria-disabled') !== 'true',
    );
    enabled?.focus();
    // Every item disabled: focus must still land inside, or arrows and Escape would not reach the menu.
    if (!menuRef.current?.contains(document.activeElement))
      menuRef.current?.querySelector<HTMLElement>(ITEM)?.focus();
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
    const elements = [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])];
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
          {sections(items).map((section, i) =>
            section.group === undefined ? (
              section.items.map((item) => <Item key={item.label} item={item} choose={choose} />)
            ) : (
              <li key={`group-${i}`} role="none" className="menu-group">
                <span className="menu-group-label" aria-hidden="true">
                  {section.group}
                </span>
                <ul role="group" aria-label={section.group}>
                  {section.items.map((item) => (
                    <Item key={item.label} item={item} choose={choose} />
                  ))}
                </ul>
              </li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}

function Item({ item, choose }: { item: MenuItemSpec; choose(item: MenuItemSpec): void }) {
  const radio = item.checked !== undefined;
  return (
    <li
      role={radio ? 'menuitemradio' : 'menuitem'}
      aria-checked={radio ? item.checked : undefined}
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
      <span className="menu-item-label">
        {radio ? (
          <span className="menu-check" aria-hidden="true">
            {item.checked ? '●' : ''}
          </span>
        ) : null}
        {item.label}
      </span>
      {item.shortcut ? (
        <span className="menu-shortcut" aria-hidden="true">
          {item.shortcut.shown}
        </span>
      ) : null}
    </li>
  );
}
