/** A perspective: its rollup, its objectives, and the controls to order and edit it. */
import type { Frequency, Kpi, Objective, Perspective, Scorecard, Theme } from '../../shared/domain';
import type { Evaluation } from '../../shared/evaluation';
import { formatNumber, formatPercent } from '../../shared/format';
import { useUiStore } from '../stores/ui-store';
import { reportedText } from '../view-format';
import { ObjectiveCard } from './ObjectiveCard';
import { StatusBadge } from './StatusBadge';

interface Props {
  perspective: Perspective;
  index: number;
  count: number;
  objectives: Objective[];
  kpisByObjective: Map<number, Kpi[]>;
  themes: Theme[];
  scorecard: Scorecard;
  evaluation: Evaluation | null;
  period: string;
  viewKind: Frequency;
  onMove(perspectiveId: number, delta: -1 | 1): void;
}

export function PerspectiveSection(p: Props) {
  const openDialog = useUiStore((s) => s.openDialog);
  const { perspective } = p;
  const score = p.evaluation?.perspectives.find((s) => s.perspectiveId === perspective.id);
  const headingId = `perspective-${perspective.id}`;
  const total = score?.total ?? p.objectives.length;
  return (
    <section className="perspective" aria-labelledby={headingId}>
      <header className="perspective-header">
        <div className="perspective-title">
          <h2 id={headingId} tabIndex={-1}>
            {perspective.name}
          </h2>
          {perspective.description ? <p className="meta">{perspective.description}</p> : null}
        </div>
        <div className="perspective-score">
          <StatusBadge status={score?.status ?? 'none'} explanation={score?.formula.text} />
          <span className="score" title={score?.formula.text}>
            <span className="visually-hidden">Score </span>
            {formatPercent(score?.score ?? null)}
          </span>
          <span className="reported">
            {reportedText(score?.reported ?? 0, total, total === 1 ? 'objective' : 'objectives')}
          </span>
          {perspective.weight !== 1 ? (
            <span className="reported">Weight {formatNumber(perspective.weight)}</span>
          ) : null}
        </div>
        <div className="card-actions">
          <button
            type="button"
            className="small quiet icon-text"
            aria-label={`Move ${perspective.name} up`}
            title="Move up"
            disabled={p.index === 0}
            onClick={() => p.onMove(perspective.id, -1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="small quiet icon-text"
            aria-label={`Move ${perspective.name} down`}
            title="Move down"
            disabled={p.index === p.count - 1}
            onClick={() => p.onMove(perspective.id, 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="small quiet"
            aria-label={`Add objective to ${perspective.name}`}
            onClick={(e) => openDialog({ kind: 'objective', perspectiveId: perspective.id }, e.currentTarget)}
          >
            + Objective
          </button>
          <button
            type="button"
            className="small quiet"
            aria-label={`Notes on ${perspective.name}`}
            onClick={(e) =>
              openDialog(
                {
                  kind: 'notes',
                  entityType: 'perspective',
                  entityId: perspective.id,
                  title: perspective.name,
                  period: p.period,
                },
                e.currentTarget,
              )
            }
          >
            Notes
          </button>
          <button
            type="button"
            className="small quiet"
            aria-label={`Edit perspective ${perspective.name}`}
            onClick={(e) => openDialog({ kind: 'perspective', perspective }, e.currentTarget)}
          >
            Edit
          </button>
        </div>
      </header>
      {p.objectives.length === 0 ? (
        <p className="empty-note">No objectives yet. What must go well here?</p>
      ) : (
        <div className="objectives">
          {p.objectives.map((o) => (
            <ObjectiveCard
              key={o.id}
              objective={o}
              kpis={p.kpisByObjective.get(o.id) ?? []}
              theme={p.themes.find((t) => t.id === o.themeId)}
              scorecard={p.scorecard}
              evaluation={p.evaluation}
              period={p.period}
              viewKind={p.viewKind}
            />
          ))}
        </div>
      )}
    </section>
  );
}
