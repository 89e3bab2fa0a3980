/**
 * The print view: a page that draws the report from ReportData, or a review's minutes from MinutesData, and
 * nothing else (no backend calls). The host (Electron's hidden window, or Chromium driven by playwright-core) loads
 * report.html, calls window.quadrantReport.render(data) (or renderMinutes) and prints once the returned promise
 * resolves: every chart drawn, every font loaded.
 */
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import type { MinutesData } from '../../shared/contract-review';
import type { MinutesReady } from '../../shared/minutes';
import type { ReportData, ReportReady } from '../../shared/report';
import { i18n, loadLanguage, loadLaterWords, setLocale } from '../../shared/i18n';
import { languageOf } from '../../shared/i18n/languages';
import { MinutesDocument } from './MinutesDocument';
import { ReportDocument } from './ReportDocument';
import './report.css';
import './report-sections.css';
import './report-tables.css';
import './minutes.css';

declare global {
  interface Window {
    quadrantReport?: {
      render(data: ReportData): Promise<ReportReady>;
      renderMinutes(data: MinutesData): Promise<MinutesReady>;
    };
  }
}

let current: Root | null = null;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Draws one document from an empty page and resolves once it is in the DOM with its fonts loaded. */
function draw<R>(title: string, content: (onRendered: () => void) => ReactNode, ready: () => R): Promise<R> {
  const host = document.getElementById('report');
  // i18n-ignore: a fault of the build, for the log and the bug report
  if (!host) return Promise.reject(new Error('report.html has no #report element'));
  document.title = title;
  return new Promise<R>((resolve, reject) => {
    // A print view kept loaded prints one document after another: each starts from an empty page.
    current?.unmount();
    const root = createRoot(host, { onUncaughtError: (error) => reject(error) });
    current = root;
    const onRendered = () => {
      void (async () => {
        await document.fonts.ready;
        await nextFrame();
        await nextFrame();
        resolve(ready());
      })();
    };
    root.render(<I18nextProvider i18n={i18n}>{content(onRendered)}</I18nextProvider>);
  });
}

/** The page takes the locale the data was made in, so its own words, numbers and dates agree with the data's. */
async function applyLocale(locale: string | undefined): Promise<void> {
  const target = locale ?? 'en-US';
  // The report's own words are not among the first screen's: the print view loads every part.
  await Promise.all([loadLaterWords(), loadLanguage(languageOf(target))]);
  setLocale(target);
  document.documentElement.lang = target;
}

async function render(data: ReportData): Promise<ReportReady> {
  await applyLocale(data.locale);
  return draw(
    `${data.cover.title} — ${data.documentName}`,
    (onRendered) => <ReportDocument data={data} onRendered={onRendered} />,
    () => ({ sections: data.options.sections, charts: document.querySelectorAll('[data-chart] svg').length }),
  );
}

async function renderMinutes(data: MinutesData): Promise<MinutesReady> {
  await applyLocale((data as { locale?: string }).locale);
  return draw(
    `${data.review.title} — ${data.documentName}`,
    (onRendered) => <MinutesDocument data={data} onRendered={onRendered} />,
    () => ({
      items: document.querySelectorAll('.agenda-item').length,
      owners: document.querySelectorAll('.owner-group').length,
      actions: document.querySelectorAll('.actions-table tbody tr').length,
    }),
  );
}

window.quadrantReport = { render, renderMinutes };
