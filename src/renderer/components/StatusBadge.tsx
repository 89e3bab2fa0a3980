/** A status that does not rely on colour alone: an icon shape and words beside the colour. */
import { useTranslation } from 'react-i18next';
import type { Status } from '../../shared/domain';
import { t } from '../../shared/i18n';

/** The status's words in the current language (read when shown, so a language change re-labels it). */
export function statusLabel(status: Status): string {
  return t(`app:status.${status}`);
}

const ICONS: Record<Status, string> = { green: '✓', amber: '!', red: '✕', none: '–' };

/** Icon and words per status; `label` is looked up on each read, in the language shown now. */
export const STATUS_TEXT: Record<Status, { readonly icon: string; readonly label: string }> = {
  green: {
    icon: ICONS.green,
    get label() {
      return statusLabel('green');
    },
  },
  amber: {
    icon: ICONS.amber,
    get label() {
      return statusLabel('amber');
    },
  },
  red: {
    icon: ICONS.red,
    get label() {
      return statusLabel('red');
    },
  },
  none: {
    icon: ICONS.none,
    get label() {
      return statusLabel('none');
    },
  },
};

interface Props {
  status: Status;
  /** The formula behind the status, shown as a tooltip. */
  explanation?: string;
  size?: 'small' | 'large';
}

export function StatusBadge({ status, explanation, size = 'small' }: Props) {
  // Subscribes to the language: the badge re-renders with the new words when it changes.
  useTranslation(['app', 'common']);
  return (
    <span className={`status status-${status} status-${size}`} title={explanation}>
      <span className="status-icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      <span className="status-label">{statusLabel(status)}</span>
    </span>
  );
}
