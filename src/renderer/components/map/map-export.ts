/** Saves the map as an SVG file or a PNG at twice its size, drawn from the same SVG the PDF report embeds. */
import type { Theme } from '../../../shared/domain';
import { t } from '../../../shared/i18n';
import type { MapScore } from '../../../shared/strategy-map/input';
import { renderStrategyMapSvg } from '../../../shared/strategy-map/svg';
import type { MapLayout } from '../../../shared/strategy-map/types';

export interface ExportInput {
  layout: MapLayout;
  scores: { objectives: Map<number, MapScore>; perspectives: Map<number, MapScore> };
  themes: Theme[];
  title: string;
  subtitle: string;
  highlightThemeId: number | null;
  titles: Map<number, string>;
}

export function mapSvgText(input: ExportInput): string {
  return renderStrategyMapSvg(input.layout, {
    scores: input.scores,
    themes: input.themes,
    title: input.title,
    subtitle: input.subtitle,
    theme: 'light',
    highlightThemeId: input.highlightThemeId,
    titles: input.titles,
  });
}

/** A file name from the scorecard's name, without characters file systems refuse. */
export function exportFileName(title: string, extension: 'svg' | 'png'): string {
  const printable = [...title].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  const base =
    printable
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || t('map:export.untitled');
  return t('map:export.fileName', { name: base, extension });
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the download time to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportSvg(input: ExportInput): void {
  download(new Blob([mapSvgText(input)], { type: 'image/svg+xml' }), exportFileName(input.title, 'svg'));
}

export async function exportPng(input: ExportInput, scale = 2): Promise<void> {
  const svg = mapSvgText(input);
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  const width = Number(size?.[1] ?? input.layout.width);
  const height = Number(size?.[2] ?? input.layout.height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(t('map:export.notDrawn')));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(t('map:export.noCanvas'));
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(t('map:export.notEncoded'));
    download(blob, exportFileName(input.title, 'png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
