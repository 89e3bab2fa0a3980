/**
 * Typing notes into a column, fast: Enter adds the note and empties the field, which keeps the focus for the next;
 * Shift+Enter breaks the line; Escape goes back to the column's notes, as Up does from the empty field. A refused note comes back into the field
 * with the reason beside it.
 */
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  id: string;
  add(text: string): Promise<string | null>;
  leave(): void;
  /** Up from the empty field: to the column's last note. */
  up(): void;
}

export const ColumnEntry = forwardRef<HTMLTextAreaElement, Props>(function ColumnEntry(
  { title, id, add, leave, up },
  ref,
) {
  const { t } = useTranslation('review');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(): Promise<void> {
    const text = value.trim();
    if (!text) return;
    setValue('');
    setError(null);
    const problem = await add(text);
    if (problem) {
      setValue((now) => (now.trim() ? now : text));
      setError(problem);
    }
  }
  return (
    <div className="column-entry">
      <textarea
        ref={ref}
        id={id}
        rows={2}
        value={value}
        maxLength={500}
        aria-label={t('board.newNote', { title })}
        placeholder={t('board.notePlaceholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void submit();
          } else if (e.key === 'ArrowUp' && value === '') {
            e.preventDefault();
            up();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            leave();
          }
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="form-error column-entry-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
});
