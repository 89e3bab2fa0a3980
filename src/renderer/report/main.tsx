/**
 * The print view: a page that draws the report from ReportData and nothing else (no backend calls). The host
 * (Electron's hidden window, or Chromium driven by playwright-core) loads report.html, calls
 * window.quadrantReport.render(data) and prints once the returned promise resolves: every chart drawn, every
 * font loaded.
 */
import { createRoot, type Root } from 'react-dom/client';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import type { ReportData, ReportReady } from '../../shared/report';
import { ReportDocument } from './ReportDocument';
import './report.css';
import './report-sections.css';
import './report-tables.css';

declare global {
  interface Window {
    quadrantReport?: { render(data: ReportData): Promise<ReportReady> };
  }
}

let current: Root | null = null;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function render(data: ReportData): Promise<ReportReady> {
  const host = document.getElementById('report');
  if (!host) return Promise.reject(new Error('report.html has no #report element'));
  document.title = `${data.cover.title} — ${data.documentName}`;
  return new Promise<ReportReady>((resolve, reject) => {
    // A print view kept loaded prints one report after another: each starts from an empty page.
    current?.unmount();
    const root = createRoot(host, { onUncaughtError: (error) => reject(error) });
    current = root;
    const onRendered = () => {
      void (async () => {
        await document.fonts.ready;
        await nextFrame();
        await nextFrame();
        resolve({ sections: data.options.sections, charts: document.querySelectorAll('[data-chart] svg').length });
      })();
    };
    root.render(<ReportDocument data={data} onRendered={onRendered} />);
  });
}

window.quadrantReport = { render };
