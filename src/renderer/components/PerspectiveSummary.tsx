/** The four (or so) perspectives side by side: the balanced scorecard at one glance, each a jump link. */
import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../shared/domain';
import type { Evaluation } from '../../shared/evaluation';
import { formatPercent } from '../../shared/format';
import { STATUS_TEXT } from './StatusBadge';

interface Props {
  perspectives: Perspective[];
  evaluation: Evaluation | null;
}

function jump(e: React.MouseEvent<HTMLAnchorElement>, id: number): void {
  const heading = document.getElementById(`perspective-${id}`);
  if (!heading) return;
  e.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

export function PerspectiveSummary({ perspectives, evaluation }: Props) {
  const { t } = useTranslation(['app', 'common']);
  if (perspectives.length === 0) return null;
  return (
    <nav className="summary" aria-label={t('summary.label')}>
      <ul>
        {perspectives.map((p) => {
          const score = evaluation?.perspectives.find((s) => s.perspectiveId === p.id);
          const status = score?.status ?? 'none';
          const text = STATUS_TEXT[status];
          return (
            <li key={p.id}>
              <a
                href={`#perspective-${p.id}`}
                className={`summary-tile tile-${status}`}
                onClick={(e) => jump(e, p.id)}
                title={score?.formula.text}
              >
                <span className="tile-row">
                  <span className="tile-name">{p.name}</span>
                  <span className="tile-score">{formatPercent(score?.score ?? null)}</span>
                </span>
                <span className="tile-row">
                  <span className={`tile-status status-${status}`}>
                    <span className="status-icon" aria-hidden="true">
                      {text.icon}
                    </span>
                    {text.label}
                  </span>
                  <span className="tile-reported">
                    {t('summary.reported', { reported: score?.reported ?? 0, total: score?.total ?? 0 })}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
