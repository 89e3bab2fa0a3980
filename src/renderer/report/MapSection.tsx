/**
 * The strategy map, drawn by the same code as the Map view (src/shared/strategy-map/svg.ts) and inserted as SVG
 * elements, so it prints as vectors, scaled to fit one page.
 */
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportScorecard } from '../../shared/report';
import { strategyMapSvg } from '../../shared/strategy-map/svg';

export function MapSection({ sc, landscape }: { sc: ReportScorecard; landscape: boolean }) {
  const { t } = useTranslation('report');
  const box = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement>(null);
  const id = `map-${sc.tree.scorecard.id}`;
  useLayoutEffect(() => {
    const text = strategyMapSvg(sc.tree, sc.evaluation, { theme: 'light', legend: true });
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    // i18n-ignore: a fault of the program, for the log and the bug report
    if (svg.nodeName !== 'svg') throw new Error(`The strategy map could not be drawn: ${svg.textContent ?? ''}`);
    // The map keeps its proportions and shrinks to the page: the viewBox stays, the fixed size goes.
    const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 1 1').split(/\s+/).map(Number);
    // Much wider than tall: in a portrait report the map takes a landscape page, or its text would be tiny.
    section.current?.classList.toggle('wide-page', !landscape && (w ?? 1) / (h ?? 1) > 1.4);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t('map.label', { scorecard: sc.tree.scorecard.name, period: sc.periodLabel }));
    box.current?.replaceChildren(document.importNode(svg, true));
  }, [sc, landscape, t]);
  return (
    <section ref={section} className="report-section map-section" aria-labelledby={id}>
      <h1 id={id}>{t('map.title')}</h1>
      <p className="section-lede">{t('map.lede', { scorecard: sc.tree.scorecard.name, period: sc.periodLabel })}</p>
      {sc.tree.objectives.length === 0 ? (
        <p className="empty-line">{t('map.empty')}</p>
      ) : (
        <div ref={box} className="map-figure" data-chart="" />
      )}
    </section>
  );
}
