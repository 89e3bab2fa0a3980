/**
 * File ▸ Import Values from Spreadsheet…: a wizard over import.read, import.preview and import.apply. The user picks a
 * file and a sheet, checks how its columns are read, settles every name that is not a KPI's exactly, and sees each
 * cell's verdict before anything is written. Every choice asks the core for a fresh preview; nothing is written until
 * Apply, which goes through the document store (one write, one undo step).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api';
import type {
  ImportMapping,
  ImportPreview,
  ImportRequest,
  ImportResult,
  NameDecision,
  SpreadsheetFile,
} from '../../../shared/sheets';
import { useDocumentStore } from '../../stores/document-store';
import { runHistory, shortcutCommand } from '../../edit-commands';
import { Modal } from '../Modal';
import { detectMapping } from '../../../shared/import/detect';
import { applyPlan, resultSentence } from './import-wizard';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportNamesStep } from './ImportNamesStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import '../../styles/import.css';

type Step = 'file' | 'mapping' | 'names' | 'preview' | 'done';

/** The steps; their words are the catalogue's grid:import.steps.<id> and <id>Heading. */
const STEPS: { id: Exclude<Step, 'done'> }[] = [{ id: 'file' }, { id: 'mapping' }, { id: 'names' }, { id: 'preview' }];

export function ImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('grid');
  const tree = useDocumentStore((s) => s.tree);
  const scorecardId = tree?.scorecard.id ?? null;
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<SpreadsheetFile | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  /** The user's mapping; undefined lets the core detect it (the preview says what it found). */
  const [mapping, setMapping] = useState<ImportMapping | undefined>(undefined);
  const [decisions, setDecisions] = useState<NameDecision[]>([]);
  const [createIn, setCreateIn] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  const sheet = file?.sheets[sheetIndex] ?? null;
  const creates = decisions.some((d) => d.action === 'create');
  const objectives = tree?.objectives ?? [];
  const createTarget = createIn ?? objectives[0]?.id ?? null;

  const request = useMemo((): ImportRequest | null => {
    if (!sheet || scorecardId === null) return null;
    return {
      scorecardId,
      sheet,
      // Names the undo step: "Import 17 values from “sales.xlsx”".
      fileName: file?.fileName ?? sheet.name,
      ...(mapping ? { mapping } : {}),
      ...(decisions.length > 0 ? { decisions } : {}),
      ...(creates && createTarget !== null ? { createIn: createTarget } : {}),
    };
  }, [sheet, file?.fileName, scorecardId, mapping, decisions, creates, createTarget]);

  // Every change of sheet, mapping or decision asks again; a late answer to an older question is dropped.
  useEffect(() => {
    if (!request) return;
    let live = true;
    setPreviewing(true);
    call('import.preview', request)
      .then((p) => {
        if (!live) return;
        setPreview(p);
        setPreviewError(null);
      })
      .catch((err: unknown) => live && setPreviewError(errorMessage(err)))
      .finally(() => live && setPreviewing(false));
    return () => {
      live = false;
    };
  }, [request]);

  // A new step is announced by moving focus to its heading, so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  function chooseFile(read: SpreadsheetFile): void {
    setFile(read);
    // The first sheet a layout is found in, as `quadrant import-values` chooses (workbooks often start with a cover
    // sheet or, like Quadrant's own export, a formatted table); else the first that holds anything.
    const kpiNames = (useDocumentStore.getState().tree?.kpis ?? []).map((k) => k.name);
    const laidOut = read.sheets.findIndex((s) => detectMapping(s, kpiNames).mapping !== null);
    const first = read.sheets.findIndex((s) =>
      s.rows.some((r) => r.some((c) => c !== null && c.v !== null && c.v !== '')),
    );
    chooseSheet(Math.max(0, laidOut >= 0 ? laidOut : first));
  }

  function chooseSheet(index: number): void {
    setSheetIndex(index);
    setMapping(undefined);
    setDecisions([]);
    setPreview(null);
    setPreviewError(null);
    setSkipInvalid(false);
  }

  function decide(decision: NameDecision | { name: string; action: null }): void {
    setDecisions((all) => {
      const rest = all.filter((d) => d.name !== decision.name);
      return decision.action === null ? rest : [...rest, decision];
    });
  }

  async function apply(): Promise<void> {
    if (!request) return;
    setApplying(true);
    setApplyError(null);
    try {
      const done = await useDocumentStore
        .getState()
        .run('import.apply', { ...request, ...(preview && preview.counts.invalid > 0 ? { skipInvalid } : {}) });
      setResult(done);
      setStep('done');
    } catch (err) {
      setApplyError(errorMessage(err));
    } finally {
      setApplying(false);
    }
  }

  function undoImport(): void {
    onClose();
    // The dialog is gone from the store by now: the document's undo takes the import back as one step.
    void runHistory('undo');
  }

  // After an import, Ctrl/Cmd+Z takes it back here too: the page's own undo keys rest while a dialog is open.
  const undoRef = useRef(undoImport);
  undoRef.current = undoImport;
  useEffect(() => {
    if (step !== 'done') return;
    const onKey = (e: KeyboardEvent) => {
      if (shortcutCommand(e) !== 'undo' || e.defaultPrevented) return;
      e.preventDefault();
      undoRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const plan = preview ? applyPlan(preview, decisions, skipInvalid) : null;
  const ready = preview !== null && preview.problems.length === 0;
  const reachable = (id: Step) => id === 'file' || (id === 'mapping' ? preview !== null : ready);
  const at = STEPS.findIndex((s) => s.id === step);
  const next = STEPS[at + 1];
  const back = at > 0 ? STEPS[at - 1] : undefined;
  const stepLabel = step === 'done' ? t('import.imported') : t(`import.steps.${STEPS[at]!.id}Heading`);
  const status = applying ? t('import.importing') : previewing ? t('import.checking') : null;

  return (
    <Modal title={t('import.title')} onClose={onClose} size="large">
      <div className="dialog-body import-wizard">
        {step === 'done' ? null : (
          <nav aria-label={t('import.stepsNav')}>
            <ol className="import-steps">
              {STEPS.map((s, i) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="quiet small"
                    aria-current={s.id === step ? 'step' : undefined}
                    disabled={!reachable(s.id)}
                    onClick={() => setStep(s.id)}
                  >
                    <span className="import-step-number" aria-hidden="true">
                      {i + 1}
                    </span>
                    {t(`import.steps.${s.id}`)}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <h3 ref={headingRef} tabIndex={-1} className="import-step-heading">
          {stepLabel}
        </h3>
        {scorecardId === null ? (
          <p role="alert" className="form-error">
            {t('import.noScorecard')}
          </p>
        ) : step === 'file' ? (
          <ImportFileStep file={file} sheetIndex={sheetIndex} onRead={chooseFile} onSheet={chooseSheet} />
        ) : step === 'mapping' && preview && sheet ? (
          <ImportMappingStep
            sheet={sheet}
            preview={preview}
            fy={tree?.scorecard.fiscalYearStartMonth ?? 1}
            onMapping={setMapping}
          />
        ) : step === 'names' && preview && tree ? (
          <ImportNamesStep
            preview={preview}
            tree={tree}
            decisions={decisions}
            createIn={createTarget}
            onDecide={decide}
            onCreateIn={setCreateIn}
          />
        ) : step === 'preview' && preview && tree ? (
          <ImportPreviewStep preview={preview} tree={tree} skipInvalid={skipInvalid} onSkipInvalid={setSkipInvalid} />
        ) : step === 'done' && result ? (
          <div className="import-done" role="status">
            <p>
              <span className="import-done-mark" aria-hidden="true">
                ✓{' '}
              </span>
              {resultSentence(result)}
            </p>
            <p className="field-hint">{t('import.undoHint')}</p>
          </div>
        ) : null}
        {previewError && step !== 'done' ? (
          <div className="form-error" role="alert">
            <span aria-hidden="true">✕ </span>
            {previewError}
          </div>
        ) : null}
        {applyError ? (
          <div className="form-error" role="alert">
            <span aria-hidden="true">✕ </span>
            {t('import.failed', { reason: applyError })}
          </div>
        ) : null}
      </div>
      <div className="dialog-footer import-footer">
        {step === 'done' ? (
          <>
            <button type="button" onClick={undoImport}>
              {t('import.undo')}
            </button>
            <span className="spacer" />
            <button type="button" className="primary" onClick={onClose}>
              {t('import.close')}
            </button>
          </>
        ) : (
          <>
            {back ? (
              <button type="button" onClick={() => setStep(back.id)}>
                {t('import.back')}
              </button>
            ) : null}
            <p className="import-status" role="status" aria-live="polite">
              {status ?? (step === 'preview' && plan?.blocked ? plan.blocked : '')}
            </p>
            <button type="button" onClick={onClose}>
              {t('import.cancel')}
            </button>
            {next ? (
              <button
                type="button"
                className="primary"
                disabled={!reachable(next.id) || (step === 'file' && !preview)}
                onClick={() => setStep(next.id)}
              >
                {t('import.next')}
              </button>
            ) : (
              <button
                type="button"
                className="primary"
                disabled={!plan || plan.blocked !== null || applying || previewing}
                onClick={() => void apply()}
              >
                {plan?.label ?? t('import.import')}
              </button>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
