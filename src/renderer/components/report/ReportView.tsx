/**
 * The Report view: what goes into the PDF (scorecards, sections, page, cover) for the period chosen in the header,
 * and the export with its progress. The choices are remembered in the document when a report is exported.
 */
import { useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { call, errorMessage, isElectron } from '../../api';
import { periodLabel } from '../../../shared/periods';
import { currentLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n';
import {
  DEFAULT_REPORT_SETTINGS,
  REPORT_SECTIONS,
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
  const { t } = useTranslation('report');
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

  if (!settings || !tree || !period) return <p className="loading">{t('view.loading')}</p>;
  const set = (patch: Partial<ReportSettings>) => setSettings({ ...settings, ...patch });
  const chosen = settings.scorecardIds.length > 0 ? settings.scorecardIds : [tree.scorecard.id];
  const problem =
    chosen.length === 0
      ? t('view.chooseScorecard')
      : settings.sections.length === 0
        ? t('view.chooseSection')
        : null;
  // A report without a language of its own is written in the interface's.
  const language: Language = settings.language ?? currentLanguage();
  const label = periodLabel(period, tree.scorecard.fiscalYearStartMonth);

  function exportPdf() {
    if (problem || !period) return;
    const { openAfterExport: _o, ...rest } = settings!;
    void exporter.run({ ...settings!, scorecardIds: chosen }, { ...rest, scorecardIds: chosen, period, language });
  }

  return (
    <section className="report-view" aria-labelledby={`${id}-h`}>
      <header className="report-view-header">
        <h2 id={`${id}-h`}>{t('view.title')}</h2>
        <p className="muted">
          <Trans t={t} i18nKey="view.intro" values={{ period: label }} components={{ strong: <strong /> }} />
        </p>
        <p className="muted report-view-sheet">
          {t('view.sheetIntro')}{' '}
          <button type="button" onClick={(e) => openDialog({ kind: 'exportSheet' }, e.currentTarget)}>
            {t('view.sheetButton')}
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
              <legend>{t('view.scorecards')}</legend>
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
              <legend>{t('view.sections')}</legend>
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
                    {t(`sections.${s}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="fieldset">
              <legend>{t('view.page')}</legend>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${id}-size`}>{t('view.paperSize')}</label>
                  <select
                    id={`${id}-size`}
                    value={settings.pageSize}
                    onChange={(e) => set({ pageSize: e.target.value as PageSize })}
                  >
                    {/* i18n-ignore: the paper's ISO name, the same in every language */}
                    <option value="A4">A4</option>
                    {/* i18n-ignore: the value is a key of the options, not words */}
                    <option value="Letter">{t('view.letter')}</option>
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-orientation`}>{t('view.orientation')}</label>
                  <select
                    id={`${id}-orientation`}
                    value={settings.orientation}
                    onChange={(e) => set({ orientation: e.target.value as Orientation })}
                  >
                    <option value="portrait">{t('view.portrait')}</option>
                    <option value="landscape">{t('view.landscape')}</option>
                  </select>
                </div>
              </div>
              <div className="field">
                <label htmlFor={`${id}-language`}>{t('view.language')}</label>
                <select
                  id={`${id}-language`}
                  value={language}
                  aria-describedby={`${id}-language-hint`}
                  onChange={(e) => set({ language: e.target.value as Language })}
                >
                  {LANGUAGES.map((l) => (
                    <option key={l} value={l} lang={l}>
                      {LANGUAGE_NAMES[l]}
                    </option>
                  ))}
                </select>
                <p className="field-hint" id={`${id}-language-hint`}>
                  {t('view.languageHint')}
                </p>
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
              {t('view.openAfter')}
            </label>
          ) : null}
          {readOnly ? <p className="muted">{t('view.readOnly')}</p> : null}
          {problem ? (
            <p className="field-error">
              <span aria-hidden="true">✕ </span>
              {problem}
            </p>
          ) : null}
          <DeckExportButton scorecardId={tree.scorecard.id} period={period} cover={settings.cover} />
          <button type="submit" className="primary" disabled={exporter.busy || problem !== null}>
            {exporter.busy ? t('view.exporting') : isElectron() ? t('view.exportPdfDialog') : t('view.exportPdf')}
          </button>
        </div>
        <ExportProgress state={exporter.state} />
      </form>
    </section>
  );
}
