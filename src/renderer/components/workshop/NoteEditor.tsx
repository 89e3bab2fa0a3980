/** Editing a note's text (or a group's heading) in place: Enter saves, Shift+Enter breaks the line, Escape cancels. */
import { useEffect, useRef, useState } from 'react';

export function NoteEditor({
  text,
  label,
  onDone,
}: {
  text: string;
  label: string;
  onDone(text: string | null): void;
}) {
  const [value, setValue] = useState(text);
  const ref = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  function finish(save: boolean): void {
    if (finished.current) return;
    finished.current = true;
    const trimmed = value.trim();
    onDone(save && trimmed && trimmed !== text ? trimmed : null);
  }
  return (
    <textarea
      ref={ref}
      className="note-editor"
      aria-label={label}
      value={value}
      rows={Math.min(6, Math.max(2, value.split('\n').length))}
      maxLength={500}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
    />
  );
}
