// The wording every `npm run analyze` report shares: signed scores and percentages, actor names,
// a window's heading and the line saying how the scores were read.
import type { WindowCore, WindowReport } from '../core/analysis/analysis';
import { HALF_LIFE_YEARS, sameLayers } from '../core/analysis/scoring';
import { LAYERS } from '../core/data/schema';

export const signed = (n: number): string =>
  n > 0 ? `+${n.toFixed(1)}` : n < 0 ? `−${Math.abs(n).toFixed(1)}` : '0.0';
export const pct = (n: number | null): string => (n === null ? 'n/a' : `${Math.round(n * 100)}%`);

export function namer(report: Pick<WindowCore, 'actors'>): (id: string) => string {
  const names = new Map(report.actors.map((a) => [a.id, a.name]));
  return (id) => names.get(id) ?? id;
}

export function header(label: string, report: WindowReport): string {
  const { start, end } = report.window;
  return start === end ? `${label} (the one day)` : `${label} (${start} – ${end})`;
}

/** The reading of the scores, in one line. */
export function scoringLine(
  report: Pick<WindowReport, 'scoreMode' | 'layers' | 'confidenceWeighted'>,
): string {
  const mode =
    report.scoreMode === 'time'
      ? `time-weighted (units of an average year; events fade with a ${HALF_LIFE_YEARS}-year half-life)`
      : 'plain sum (contract 1.0)';
  const layers = sameLayers(report.layers, LAYERS) ? 'all layers' : report.layers.join(', ');
  const confidence =
    report.scoreMode === 'time'
      ? report.confidenceWeighted
        ? 'confidence-weighted'
        : 'confidence ignored'
      : '';
  return `SCORES  ${[mode, layers, confidence].filter(Boolean).join(' · ')}`;
}
