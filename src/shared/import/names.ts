/**
 * Sheet names to KPIs: the exact name, then the same name written differently (case, spaces, punctuation,
 * accents), then close matches. A close match is only offered, never taken: "Revenue" and "Revenue (net)" may be
 * different KPIs, and importing into the wrong one is worse than asking.
 */
import type { NameMatchKind } from '../sheets';

export interface KpiName {
  id: number;
  name: string;
}

export interface NameMatch {
  match: NameMatchKind;
  kpiId: number | null;
  candidates: { kpiId: number; name: string; score: number }[];
}

/** Lower case, accents off, anything but letters and digits a single space. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** 0–1: the better of spelling closeness and shared words, so both "Revnue" and "Net revenue" find "Revenue". */
export function similarity(a: string, b: string): number {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  const spelling = 1 - editDistance(na, nb) / Math.max(na.length, nb.length);
  const ta = new Set(na.split(' '));
  const tb = new Set(nb.split(' '));
  // A word counts as shared when it is spelt nearly the same ("revnue" and "revenue").
  let shared = 0;
  for (const t of ta) {
    let best = 0;
    for (const u of tb) best = Math.max(best, t === u ? 1 : 1 - editDistance(t, u) / Math.max(t.length, u.length));
    if (best >= 0.75) shared += best;
  }
  const words = (2 * shared) / (ta.size + tb.size);
  return Math.round(Math.max(spelling, words) * 100) / 100;
}

/** Below this a KPI is not worth offering. */
export const CLOSE_ENOUGH = 0.5;
const MAX_CANDIDATES = 5;

export function matchName(name: string, kpis: readonly KpiName[]): NameMatch {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  const exact = kpis.filter((k) => k.name.replace(/\s+/g, ' ').trim() === trimmed);
  if (exact.length === 1) return { match: 'exact', kpiId: exact[0]!.id, candidates: [] };
  const norm = normalizeName(trimmed);
  const same = exact.length > 1 ? exact : kpis.filter((k) => normalizeName(k.name) === norm);
  if (same.length === 1) return { match: 'normalized', kpiId: same[0]!.id, candidates: [] };
  // Two KPIs of the scorecard with this name: the user says which.
  if (same.length > 1) {
    return { match: 'close', kpiId: null, candidates: same.map((k) => ({ kpiId: k.id, name: k.name, score: 1 })) };
  }
  const candidates = kpis
    .map((k) => ({ kpiId: k.id, name: k.name, score: similarity(trimmed, k.name) }))
    .filter((c) => c.score >= CLOSE_ENOUGH)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, MAX_CANDIDATES);
  return { match: candidates.length ? 'close' : 'none', kpiId: null, candidates };
}
