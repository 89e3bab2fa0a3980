/**
 * One ECharts chart: SVG renderer (so charts stay vector in the PDF), drawn once it comes into view, resized with
 * its container, disposed on unmount, described for screen readers, and exportable as PNG or SVG from a context menu (right-click,
 * Shift+F10 / the ContextMenu key, or the visible "⋯" button).
 * Options come from the pure builders in src/shared/charts; colours follow the theme through `useChartTheme()`.
 * Words and numbers in the options are the builders' (the catalogue and format.ts). ECharts' own locale is not
 * registered: its texts are those of the toolbox, data zoom and time axes, which no chart here uses, and the aria
 * description it writes sits inside the figure (role="img"), which is read by its own translated label instead.
 */
import { init, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { registerChartModules } from '../../shared/charts/echarts-modules';
import { chartTheme, type ChartTheme } from '../../shared/charts/palette';
import { effectiveTheme, useUiStore } from '../stores/ui-store';
import { ChartMenu, type MenuAnchor } from './ChartMenu';
import '../styles/charts.css';

registerChartModules();

interface Props {
  option: EChartsCoreOption;
  /** What the chart shows, in a few words; also the accessible name. */
  ariaLabel: string;
  height: number | string;
  /** The downloaded file's name without extension; defaults to the label. */
  onExportName?: string;
  /** The chart's numbers as text, read by screen readers (visually hidden). */
  summary?: ReactNode;
  className?: string;
}

/** The chart colours of the current light or dark theme. */
export function useChartTheme(): ChartTheme {
  return chartTheme(useUiStore((s) => effectiveTheme(s)));
}

export function EChart({ option, ariaLabel, height, onExportName, summary, className }: Props) {
  const { t } = useTranslation('panels');
  const wrapperRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const drawRef = useRef<(force: boolean) => void>(() => {});
  const optionRef = useRef(option);
  const [menu, setMenu] = useState<MenuAnchor | null>(null);
  const theme = useChartTheme();
  const summaryId = useId();
  optionRef.current = option;

  useEffect(() => {
    const host = hostRef.current;
    const wrapper = wrapperRef.current;
    if (!host || !wrapper) return;
    let visible = false;
    let size: { width: number; height: number } | null = null;
    let drawn: EChartsCoreOption | null = null;
    let shape = '';
    const mark = (state: 'true' | 'false' | 'deferred'): void => {
      wrapper.dataset.drawn = state;
    };
    /**
     * Charts are drawn when they come into view, at the size the observers report: reading a size from the DOM
     * while other charts are being added would lay the page out again for each one.
     */
    const draw = (force: boolean): void => {
      const next = optionRef.current;
      if (next === drawn) return mark('true');
      if (!size || (!visible && !force)) return mark(size ? 'deferred' : 'false');
      let chart = chartRef.current;
      if (!chart) {
        chart = init(host, null, { renderer: 'svg', width: size.width, height: size.height });
        chartRef.current = chart;
      }
      // Same structure: merge, so the SVG elements are updated in place rather than made again.
      const nextShape = shapeOf(next);
      chart.setOption(next, { notMerge: nextShape !== shape });
      shape = nextShape;
      drawn = next;
      mark('true');
    };
    drawRef.current = draw;
    mark('false');
    const resize = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      if (box.width === 0 || box.height === 0) return;
      const changed = !size || size.width !== box.width || size.height !== box.height;
      size = { width: box.width, height: box.height };
      if (changed && chartRef.current) chartRef.current.resize(size);
      draw(false);
    });
    const view = new IntersectionObserver(
      (entries) => {
        visible = entries[entries.length - 1]!.isIntersecting;
        draw(false);
      },
      { rootMargin: '200px 0px' },
    );
    resize.observe(host);
    view.observe(host);
    return () => {
      resize.disconnect();
      view.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
      drawRef.current = () => {};
    };
  }, []);

  useEffect(() => drawRef.current(false), [option]);

  const fileName = onExportName ?? fileBase(ariaLabel);

  const openFromKeyboard = (): void => {
    const r = (buttonRef.current ?? figureRef.current)?.getBoundingClientRect();
    if (r) setMenu({ x: r.right, y: r.bottom, alignRight: true, returnFocus: document.activeElement as HTMLElement });
  };

  const onContextMenu = (e: MouseEvent): void => {
    e.preventDefault();
    setMenu({ x: e.clientX, y: e.clientY, alignRight: false, returnFocus: figureRef.current });
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      e.preventDefault();
      openFromKeyboard();
    }
  };

  const exportAs = async (kind: 'png' | 'svg'): Promise<void> => {
    drawRef.current(true);
    const chart = chartRef.current;
    if (!chart) return;
    const svg = chart.renderToSVGString();
    if (kind === 'svg') {
      download(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`);
      return;
    }
    const png = await rasterise(svg, chart.getWidth(), chart.getHeight(), 2, theme.background);
    download(png, `${fileName}.png`);
  };

  return (
    <div ref={wrapperRef} className={`chart${className ? ` ${className}` : ''}`} style={{ height }}>
      <div
        ref={figureRef}
        className="chart-figure"
        role="img"
        aria-label={ariaLabel}
        aria-describedby={summary ? summaryId : undefined}
        tabIndex={0}
        onContextMenu={onContextMenu}
        onKeyDown={onKeyDown}
      >
        <div ref={hostRef} className="chart-host" />
      </div>
      {summary ? (
        <div id={summaryId} className="visually-hidden">
          {summary}
        </div>
      ) : null}
      <button
        ref={buttonRef}
        type="button"
        className="icon-button chart-menu-button"
        aria-label={t('chart.export', { chart: ariaLabel })}
        aria-haspopup="menu"
        aria-expanded={menu !== null}
        onClick={openFromKeyboard}
        onKeyDown={onKeyDown}
      >
        ⋯
      </button>
      {menu ? (
        <ChartMenu
          anchor={menu}
          label={t('chart.export', { chart: ariaLabel })}
          onClose={() => setMenu(null)}
          items={[
            { label: t('chart.exportPng'), run: () => void exportAs('png') },
            { label: t('chart.exportSvg'), run: () => void exportAs('svg') },
          ]}
        />
      ) : null}
    </div>
  );
}

/** What decides whether an option can be merged into the drawn one: its series types and component counts. */
function shapeOf(option: EChartsCoreOption): string {
  const count = (v: unknown) => (Array.isArray(v) ? v.length : v ? 1 : 0);
  const series = Array.isArray(option.series) ? option.series : [option.series];
  const types = series.map((s) => (s && typeof s === 'object' ? String((s as { type?: unknown }).type) : ''));
  const parts = ['grid', 'xAxis', 'yAxis', 'radar', 'visualMap', 'legend', 'title', 'markLine'].map(
    (k) => `${k}:${count(option[k])}`,
  );
  return `${types.join(',')}|${parts.join(',')}`;
}

function fileBase(label: string): string {
  // Accents dropped rather than the letters: "Évolution du chiffre" → "evolution-du-chiffre".
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60) || 'chart';
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Draws the SVG onto a canvas at `scale`× over a solid background (PNG viewers show transparency as black). */
async function rasterise(svg: string, width: number, height: number, scale: number, background: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    // i18n-ignore: a developer's message; the export fails quietly, nothing is shown
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      // i18n-ignore: a developer's message; the export fails quietly, nothing is shown
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
