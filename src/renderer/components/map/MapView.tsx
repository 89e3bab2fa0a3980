/**
 * The strategy map view: tools (zoom, fit, hints, present, export), the legend with the themes to focus on, the
 * map, its context menu and hints. Presenter mode shows the map alone, full screen, a theme at a time.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../shared/periods';
import { mapHints } from '../../../shared/strategy-map/hints';
import { errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { MapCanvas } from './MapCanvas';
import { MapContextMenu } from './MapContextMenu';
import { MapHints } from './MapHints';
import { MapCheckLegend } from './MapCheckLegend';
import { MapLegend } from './MapLegend';
import { MapToolbar } from './MapToolbar';
import { exportPng, exportSvg, type ExportInput } from './map-export';
import { fitViewport, useMapStore, zoomAround } from './map-store';
import { layoutOf, useMapModel } from './use-map-model';
import { useStrategyCheck } from './use-strategy-check';
import '../../styles/map.css';

const CAPTION_SPACE = 88;
const MIN_HEIGHT = 420;

export function MapView() {
  const { t, i18n } = useTranslation('map');
  const model = useMapModel();
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const fitted = useMapStore((s) => s.fitted);
  const themeId = useMapStore((s) => s.themeId);
  const hintsOpen = useMapStore((s) => s.hintsOpen);
  const linkFrom = useMapStore((s) => s.linkFrom);
  const presenting = useMapStore((s) => s.presenting);
  const showCheck = useMapStore((s) => s.showCheck);
  const check = useStrategyCheck(showCheck);
  const root = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  const announce = useCallback((m: string) => setMessage(m), []);
  const mapW = model?.layout.width ?? 0;
  const mapH = model?.layout.height ?? 0;

  /** Fits the map into the canvas, of the given size or as measured now. */
  const fit = useCallback(
    (size?: { width: number; height: number }) => {
      const rect = size ?? canvas.current?.getBoundingClientRect();
      if (!rect || !rect.width || !rect.height) return;
      const presenting = useMapStore.getState().presenting;
      // In presenter mode the caption floats over the top of the screen: keep the map below it.
      const top = presenting ? CAPTION_SPACE : 0;
      const v = fitViewport(mapW, mapH, rect.width, rect.height - top, 16, presenting ? 2.4 : 1.6);
      useMapStore.getState().setViewport({ ...v, y: v.y + top }, true);
    },
    [mapW, mapH],
  );

  // The map fills the window below the tools, so all of it is in view without scrolling the page, and until the
  // user zooms or pans it stays fitted. Everything is measured at once: each read after a change lays out again.
  const linking = linkFrom !== null;
  useLayoutEffect(() => {
    const apply = () => {
      const el = body.current;
      const c = canvas.current;
      const main = el?.closest('.main');
      if (!el || !c || !main) return;
      if (useMapStore.getState().presenting) {
        el.style.height = '';
        if (useMapStore.getState().fitted) fit();
        return;
      }
      const mainRect = main.getBoundingClientRect();
      const bodyRect = el.getBoundingClientRect();
      const canvasRect = c.getBoundingClientRect();
      const bottom = mainRect.bottom - parseFloat(getComputedStyle(main).paddingBottom);
      const height = Math.max(MIN_HEIGHT, bottom - (bodyRect.top + main.scrollTop));
      el.style.height = `${height}px`;
      const size = { width: canvasRect.width, height: canvasRect.height + height - bodyRect.height };
      if (useMapStore.getState().fitted) fit(size);
    };
    apply();
    window.addEventListener('resize', apply);
    return () => window.removeEventListener('resize', apply);
  }, [presenting, linking, fitted, fit]);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      if (useMapStore.getState().fitted) fit();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fit]);

  const leavePresenter = useCallback(() => {
    useMapStore.getState().setPresenting(false);
    useMapStore.getState().setViewport(useMapStore.getState().viewport, true);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && useMapStore.getState().presenting) leavePresenter();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leavePresenter]);
  // Leaving the view ends link mode and menus; the zoom is kept for coming back.
  useEffect(
    () => () => {
      const s = useMapStore.getState();
      s.setLinkFrom(null);
      s.closeMenu();
      s.setAdding(null);
      if (s.presenting) s.setPresenting(false);
    },
    [],
  );

  // Another scorecard, or an undo, can take away the theme in focus or the objective a link starts from.
  useEffect(() => {
    const s = useMapStore.getState();
    if (s.themeId !== null && !tree?.themes.some((th) => th.id === s.themeId)) s.setTheme(null);
    if (s.linkFrom !== null && !tree?.objectives.some((o) => o.id === s.linkFrom)) s.setLinkFrom(null);
  }, [tree]);

  // The hints' words are made in the current language: a language change makes them again.
  const language = i18n.language;
  const hints = useMemo(() => (tree && language ? mapHints(tree) : []), [tree, language]);
  if (!model || !tree) return null;
  const themes = model.themeList;
  const fy = tree.scorecard.fiscalYearStartMonth;
  const periodText = period ? periodLabel(period, fy) : '';

  async function present(): Promise<void> {
    const s = useMapStore.getState();
    s.setPresenting(true);
    s.setViewport(s.viewport, true);
    // The keys that step through the themes go to the map: focus it now, while the Present button (about to be
    // hidden) still has focus, not after the full-screen request settles, which can take a while and lets the
    // first arrow key fall to the page.
    canvas.current?.focus();
    try {
      await root.current?.requestFullscreen();
    } catch {
      // Full screen can be refused (a kiosk, a test browser): the map then fills the window instead.
    }
  }

  function stepTheme(delta: 1 | -1): void {
    const ids = [null, ...themes.map((th) => th.id)];
    const at = ids.indexOf(useMapStore.getState().themeId);
    const next = ids[(at + delta + ids.length) % ids.length]!;
    useMapStore.getState().setTheme(next);
    const theme = themes.find((th) => th.id === next);
    announce(theme ? t('view.themeAnnounce', { theme: theme.name }) : t('view.allThemes'));
  }

  function zoom(factor: number): void {
    const rect = canvas.current!.getBoundingClientRect();
    const s = useMapStore.getState();
    s.setViewport(zoomAround(s.viewport, factor, rect.width / 2, rect.height / 2));
  }

  // The export draws the map as it is kept, without the chips of contributions from below.
  const exportInput = (): ExportInput => ({
    layout: layoutOf(tree),
    scores: model.scores,
    themes,
    title: tree.scorecard.name,
    subtitle: periodText ? t('view.subtitlePeriod', { period: periodText }) : t('view.subtitle'),
    highlightThemeId: themeId,
    titles: new Map(tree.objectives.map((o) => [o.id, o.title])),
  });
  async function savePng(): Promise<void> {
    try {
      await exportPng(exportInput());
    } catch (err) {
      useUiStore.getState().showNotice(t('view.exportFailed', { error: errorMessage(err) }));
    }
  }

  if (tree.perspectives.length === 0) {
    return (
      <div className="empty-card map-empty">
        <h2>{t('view.emptyTitle')}</h2>
        <p>{t('view.emptyText')}</p>
        <button
          type="button"
          className="primary"
          onClick={(e) => useUiStore.getState().openDialog({ kind: 'perspective' }, e.currentTarget)}
        >
          {t('view.addPerspective')}
        </button>
      </div>
    );
  }

  const current = themes.find((th) => th.id === themeId) ?? null;
  const source = linkFrom === null ? null : model.objectives.get(linkFrom);
  return (
    <section className={`map-view${presenting ? ' presenting' : ''}`} ref={root} aria-labelledby="map-heading">
      <h2 id="map-heading" className="visually-hidden">
        {t('view.heading')}
      </h2>
      <MapToolbar
        hintCount={hints.length}
        zoom={zoom}
        fit={() => fit()}
        present={() => void present()}
        exportSvg={() => exportSvg(exportInput())}
        exportPng={() => void savePng()}
      />
      <MapLegend
        themes={themes}
        themeId={themeId}
        check={
          showCheck ? (
            <MapCheckLegend state={check} granularity={tree.scorecard.granularity} fiscalYearStartMonth={fy} />
          ) : null
        }
      />
      {source ? (
        <p className="map-mode" role="note">
          {t('view.linking', { title: source.title })}
        </p>
      ) : null}
      <div className="map-body" ref={body}>
        <MapCanvas
          model={model}
          checks={showCheck ? check.check : null}
          canvas={canvas}
          label={
            periodText
              ? t('view.canvasLabelPeriod', { scorecard: tree.scorecard.name, period: periodText })
              : t('view.canvasLabel', { scorecard: tree.scorecard.name })
          }
          announce={announce}
          fit={() => fit()}
          stepTheme={stepTheme}
          leavePresenter={leavePresenter}
        />
        {hintsOpen && !presenting ? <MapHints hints={hints} /> : null}
      </div>
      <p className="map-help" id="map-help">
        {t('view.help')}
      </p>
      {presenting ? (
        <div className="map-caption">
          {current ? (
            <span className="map-theme-swatch large" style={{ borderColor: current.colour }} aria-hidden="true" />
          ) : null}
          <span className="map-caption-title">{current ? current.name : tree.scorecard.name}</span>
          <span className="map-caption-hint">
            {current
              ? t('view.captionTheme', { index: themes.indexOf(current) + 1, count: themes.length })
              : t('view.captionAll')}
          </span>
        </div>
      ) : null}
      <MapContextMenu model={model} fit={() => fit()} announce={announce} />
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </section>
  );
}
