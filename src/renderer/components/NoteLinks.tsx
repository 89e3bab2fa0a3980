/**
 * Web addresses in a note's text. The text itself stays plain text; beside it each address gets an "Open link"
 * button. In Electron the main process shows the address in a native dialog and hands it to the system browser
 * only if the user confirms (and only http/https); in browser mode the page asks here and opens a new tab.
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { call, errorMessage, isElectron } from '../api';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/** The http(s) addresses in a text, without the punctuation that ends a sentence around them. */
export function linksIn(text: string): string[] {
  const found = (text.match(URL_IN_TEXT) ?? []).map((u) => u.replace(/[.,;:!?)\]}]+$/, ''));
  return [...new Set(found)].filter((u) => {
    try {
      const url = new URL(u);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
    } catch {
      return false;
    }
  });
}

function LinkButton({ url }: { url: string }) {
  const { t } = useTranslation(['app', 'common']);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open(): Promise<void> {
    setError(null);
    if (!isElectron()) return setAsking(true);
    try {
      await call('shell.openExternal', { url });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  if (asking) {
    return (
      <span className="note-link" role="group" aria-label={t('noteLinks.ask')}>
        <span>
          <Trans
            t={t}
            i18nKey="noteLinks.openInTab"
            values={{ url }}
            components={{ url: <span className="note-link-url" /> }}
          />
        </span>
        <a
          className="button small"
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => setAsking(false)}
        >
          {t('noteLinks.open')}
        </a>
        <button type="button" className="small quiet" onClick={() => setAsking(false)}>
          {t('common:cancel')}
        </button>
      </span>
    );
  }
  return (
    <span className="note-link">
      <button
        type="button"
        className="small quiet"
        aria-label={t('noteLinks.openNamed', { url })}
        title={url}
        onClick={() => void open()}
      >
        <span aria-hidden="true">↗ </span>
        {t('noteLinks.openLink')}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

export function NoteLinks({ text }: { text: string }) {
  const links = linksIn(text);
  if (links.length === 0) return null;
  return (
    <p className="note-links">
      {links.map((url) => (
        <LinkButton key={url} url={url} />
      ))}
    </p>
  );
}
