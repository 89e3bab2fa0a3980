/**
 * The Report view: what goes into the PDF (scorecards, sections, page, cover) for the period chosen in the header,
 * and the export with its progress. The choices are remembered in the document when a report is exported.
 */
import { useEffect, useId, useState } from 'react';
import { call, errorMessage, isElectron } from '../../api';
import { periodLabel } from '../../../shared/periods';
import {
  DEFAULT_REPORT_SETTINGS,
  REPORT_SECTIONS,
  SECTION_LABELS,
  type Orientation,
  type PageSize,
  type ReportSettings,
} from '../../../shared/report';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { CoverFields } from './CoverFields';
import { DeckExportButton } from './DeckExportButton';
import { ExportProgress } from './ExportProgress';
import { useReportExport } from './use-report-export';
import '../../styles/report-view.css';

function toggle<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...list, item] : list.filter((x) => x !== item);
  return order.filter((x) => next.includes(x));
}

export function ReportView() {
  const id = useId();
  const scorecards = useDocumentStore((s) => s.scorecards);
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const readOnly = useDocumentStore((s) => s.info?.readOnly ?? false);
  const [settings, setSettings] = useState<ReportSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const exporter = useReportExport();
  const openDialog = useUiStore((s) => s.openDialog);

  useEffect(() => {
    call('report.settings.get', {})
      .then(setSettings)
      .catch((err: unknown) => {
        setLoadError(errorMessage(err));
        setSettings(DEFAULT_REPORT_SETTINGS);
      });
  }, []);

  if (!settings || !tree || !period) return <p className="loading">Loading the report settings…</p>;
  const set = (patch: Partial<ReportSettings>) => setSettings({ ...settings, ...patch });
  const chosen = settings.scorecardIds.length > 0 ? settings.scorecardIds : [tree.scorecard.id];
  const problem =
    chosen.length === 0
      ? 'Choose at least one scorecard.'
      : settings.sections.length === 0
        ? 'Choose at least one section.'
        : null;
  const label = periodLabel(period, tree.scorecard.fiscalYearStartMonth);

  function exportPdf() {
    if (problem || !period) return;
    const { openAfterExport: _o, ...rest } = settings!;
    void exporter.run({ ...settings!, scorecardIds: chosen }, { ...rest, scorecardIds: chosen, period });
  }

  return (
    <section className="report-view" aria-labelledby={`${id}-h`}>
      <header className="report-view-header">
        <h2 id={`${id}-h`}>PDF report</h2>
        <p className="muted">
          A board-ready report of <strong>{label}</strong> (change the period in the bar above). Each section starts on
          a new page; tables repeat their header and never split a row.
        </p>
        <p className="muted report-view-sheet">
          The numbers themselves, to work on in a spreadsheet:{' '}
          <button type="button" onClick={(e) => openDialog({ kind: 'exportSheet' }, e.currentTarget)}>
            Export to spreadsheet…
          </button>
        </p>
      </header>
      {loadError ? (
        <p className="form-error" role="alert">
          <span aria-hidden="true">✕ </span>
          {loadError}
        </p>
      ) : null}
      <form
        className="report-form"
        onSubmit={(e) => {
          e.preventDefault();
          exportPdf();
        }}
      >
        <div className="report-columns">
          <div className="report-column">
            <fieldset className="fieldset">
              <legend>Scorecards</legend>
              <div className="checkbox-list report-scorecards">
                {scorecards.map((s) => (
                  <label key={s.id} className="field-checkbox">
                    <input
                      type="checkbox"
                      checked={chosen.includes(s.id)}
                      onChange={(e) =>
                        set({
                          scorecardIds: toggle(
                            chosen,
                            s.id,
                            e.target.checked,
                            scorecards.map((x) => x.id),
                          ),
                        })
                      }
                    />
                    <span>{s.name}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="fieldset">
              <legend>Sections</legend>
              <div className="checkbox-list report-sections">
                {REPORT_SECTIONS.map((s) => (
                  <label key={s} className="field-checkbox">
                    <input
                      type="checkbox"
                      checked={settings.sections.includes(s)}
                      onChange={(e) =>
                        set({ sections: toggle(settings.sections, s, e.target.checked, REPORT_SECTIONS) })
                      }
                    />
                    {SECTION_LABELS[s]}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="fieldset">
              <legend>Page</legend>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${id}-size`}>Paper size</label>
                  <select
                    id={`${id}-size`}
                    value={settings.pageSize}
                    onChange={(e) => set({ pageSize: e.target.value as PageSize })}
                  >
                    <option value="A4">A4</option>
                    <option value="Letter">US Letter</option>
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-orientation`}>Orientation</label>
                  <select
                    id={`${id}-orientation`}
                    value={settings.orientation}
                    onChange={(e) => set({ orientation: e.target.value as Orientation })}
                  >
                    <option value="portrait">Portrait</option>
                    <option value="landscape">Landscape</option>
                  </select>
                </div>
              </div>
            </fieldset>
          </div>
          <div className="report-column">
            <CoverFields
              cover={settings.cover}
              placeholderCompany={tree.scorecard.name}
              onChange={(cover) => set({ cover })}
            />
          </div>
        </div>
        <div className="report-actions">
          {isElectron() ? (
            <label className="field-checkbox">
              <input
                type="checkbox"
                checked={settings.openAfterExport}
                onChange={(e) => set({ openAfterExport: e.target.checked })}
              />
              Open the PDF after export
            </label>
          ) : null}
          {readOnly ? <p className="muted">Read-only document: these choices will not be remembered.</p> : null}
          {problem ? (
            <p className="field-error">
              <span aria-hidden="true">✕ </span>
              {problem}
            </p>
          ) : null}
          <DeckExportButton scorecardId={tree.scorecard.id} period={period} cover={settings.cover} />
          <button type="submit" className="primary" disabled={exporter.busy || problem !== null}>
            {exporter.busy ? 'Exporting…' : isElectron() ? 'Export PDF…' : 'Export PDF'}
          </button>
        </div>
        <ExportProgress state={exporter.state} />
      </form>
    </section>
  );
}
