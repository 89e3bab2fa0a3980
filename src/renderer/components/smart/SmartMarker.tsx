/**
 * A quiet SMART hint beside an objective or a KPI: the five letters, the unmet ones marked, as a disclosure button
 * whose panel lists the reasons. Nothing at all when every letter is met. Advice, so no alarm colours: the marked
 * letters are underlined and in the text colour, the met ones dimmed.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SMART_LETTERS, smartWord, type SmartItem } from '../../../shared/smart';
import '../../styles/smart.css';

export function SmartMarker({ item }: { item: SmartItem | undefined }) {
  const { t } = useTranslation('engine');
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  if (!item || item.hints.length === 0) return null;
  const words = item.unmet.map(smartWord).join(', ');
  const count = item.hints.length;
  return (
    <span
      className="smart-marker"
      // The card around it selects its objective on a click; reading the hints is not choosing the objective.
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        type="button"
        ref={button}
        className="smart-toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        title={item.hints
          .map((h) => t('smart.marker.line', { word: smartWord(h.letter), message: h.message }))
          .join('\n')}
        onClick={() => setOpen((v) => !v)}
      >
        {/* The letters are for the eye; a screen reader hears the unmet ones in words (the name is this text). */}
        {SMART_LETTERS.map((l, i) => (
          <span key={l} aria-hidden="true">
            {i > 0 ? <span className="smart-dot">·</span> : null}
            <span className={item.unmet.includes(l) ? 'smart-letter unmet' : 'smart-letter'}>{l}</span>
          </span>
        ))}
        <span className="visually-hidden">{t('smart.marker.label', { count, name: item.name, words })}</span>
      </button>
      {open ? (
        <div id={id} className="smart-popover" role="group" aria-label={t('smart.marker.group', { name: item.name })}>
          <ul>
            {item.hints.map((h, i) => (
              <li key={i}>
                <strong>{t('smart.marker.word', { word: smartWord(h.letter) })}</strong> {h.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </span>
  );
}
