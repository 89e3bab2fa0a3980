/**
 * One ECharts chart: SVG renderer (so charts stay vector in the PDF), resized with its container, disposed on
 * unmount, described for screen readers, and exportable as PNG or SVG from a context menu (right-click,
 * Shift+F10 / the ContextMenu key, or the visible "⋯" button).
 * Options come from the pure builders in src/shared/charts; colours follow the theme through `useChartTheme()`.
 */
import { init, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
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
  const hostRef = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const [menu, setMenu] = useState<MenuAnchor | null>(null);
  const theme = useChartTheme();
  const summaryId = useId();

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const chart = init(host, null, { renderer: 'svg' });
    chartRef.current = chart;
    // Resize on the next frame: resizing inside the observer callback can loop ("ResizeObserver loop").
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!chart.isDisposed()) chart.resize();
      });
    });
    observer.observe(host);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

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
    <div className={`chart${className ? ` ${className}` : ''}`} style={{ height }}>
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
        aria-label={`Export ${ariaLabel}`}
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
          label={`Export ${ariaLabel}`}
          onClose={() => setMenu(null)}
          items={[
            { label: 'Export PNG', run: () => void exportAs('png') },
            { label: 'Export SVG', run: () => void exportAs('svg') },
          ]}
        />
      ) : null}
    </div>
  );
}

function fileBase(label: string): string {
  const slug = label
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
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
