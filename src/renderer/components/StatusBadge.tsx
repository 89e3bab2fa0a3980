/** A status that does not rely on colour alone: an icon shape and words beside the colour. */
import type { Status } from '../../shared/domain';

export const STATUS_TEXT: Record<Status, { icon: string; label: string }> = {
  green: { icon: '✓', label: 'On track' },
  amber: { icon: '!', label: 'At risk' },
  red: { icon: '✕', label: 'Off track' },
  none: { icon: '–', label: 'No data' },
};

interface Props {
  status: Status;
  /** The formula behind the status, shown as a tooltip. */
  explanation?: string;
  size?: 'small' | 'large';
}

export function StatusBadge({ status, explanation, size = 'small' }: Props) {
  const t = STATUS_TEXT[status];
  return (
    <span className={`status status-${status} status-${size}`} title={explanation}>
      <span className="status-icon" aria-hidden="true">
        {t.icon}
      </span>
      <span className="status-label">{t.label}</span>
    </span>
  );
}
