// The camps of a window in plain words, for every place that says them (the command line, the
// explorer's analysis panel, figures): who sides with whom, how sure the split is, who hedges.
import type { WindowCore } from './analysis-core';
import { HEDGING_THRESHOLD } from './camps';

type Name = (id: string) => string;

/**
 * "Pakistan, the United States and China" — or, past `limit` names, the first `limit` and "and
 * N more" (a headline of 150 names helps no one).
 */
export function listNames(ids: readonly string[], name: Name, limit = Infinity): string {
  if (ids.length > limit + 1) return nameList(ids.map(name), limit);
  const names = ids.map(name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Names a list gives before "and N more" unless told otherwise (a list of 150 helps no one). */
export const LIST_NAMES = 8;

/** "A, B, C" — or, for a long list, the first `limit` names and "and N more". */
export function nameList(names: readonly string[], limit = LIST_NAMES): string {
  if (names.length <= limit + 1) return names.join(', ');
  return `${names.slice(0, limit).join(', ')} and ${names.length - limit} more`;
}

/** One sentence: the two camps, or that no split beats one bloc, or that nothing is tied. */
export function campsSentence(
  report: Pick<WindowCore, 'camps' | 'oneBloc'> & Partial<Pick<WindowCore, 'layers'>>,
  name: Name,
  limit = Infinity,
): string {
  const [a, b] = report.camps;
  if (a.length === 0) return 'No ties in this window, so no camps.';
  if (report.oneBloc) {
    const beyondSecurity = (report.layers ?? []).some((l) => l !== 'security');
    const why = beyondSecurity
      ? ' With these layers friendly ties (trade, aid, visits) outweigh the hostile ones; the security layer alone shows who sides with whom in arms and quarrels.'
      : '';
    return `One bloc: no split into two camps leaves less frustration than keeping ${listNames(a, name, limit)} together.${why}`;
  }
  return `Two camps: ${listNames(a, name, limit)} on one side; ${listNames(b, name, limit)} on the other.`;
}

/**
 * How sure the split is: frustration share, runner-up, and the p-value when known. The runner-up's
 * camps name `limit` actors each before "and N more".
 */
export function certaintySentence(
  report: Pick<
    WindowCore,
    'normalizedFrustration' | 'runnerUp' | 'frustration' | 'optimalSplits' | 'oneBloc' | 'camps'
  > & { readonly pValue: number | null },
  name: Name,
  total = 0,
  limit = Infinity,
): string {
  if (report.camps[0].length === 0 || report.normalizedFrustration === null) return '';
  const parts: string[] = [];
  parts.push(
    `${percent(report.normalizedFrustration)} of the tie strength runs against ${report.oneBloc ? 'one bloc' : 'this split'} (hostile ties inside a camp count twice)`,
  );
  const r = report.runnerUp;
  if (r) {
    const share = total > 0 ? r.frustration / total : null;
    if (report.optimalSplits !== undefined && report.optimalSplits > 1)
      parts.push(`${report.optimalSplits} splits are equally good, so the camps are not settled`);
    else if (share !== null) {
      const [x, y] = r.camps;
      const other =
        y.length === 0
          ? 'one bloc'
          : `${listNames(x, name, limit)} against ${listNames(y, name, limit)}`;
      parts.push(`the next best split (${other}) leaves ${percent(share)}`);
    }
  }
  if (report.pValue !== null) {
    parts.push(
      report.pValue <= 0.05
        ? `the split is clearer than in ${percent(1 - report.pValue)} of random shuffles of the same scores (p = ${report.pValue.toFixed(3)})`
        : `random shuffles of the same scores split as cleanly ${percent(report.pValue)} of the time (p = ${report.pValue.toFixed(2)}), so the camps may be chance`,
    );
  }
  return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}

/**
 * Who hedges: actors whose switch of camp would cost little, with their costs — past `limit`
 * hedgers, the first `limit` and "and N more".
 */
export function hedgingSentence(
  report: Pick<WindowCore, 'hedging'>,
  name: Name,
  limit = Infinity,
): string {
  const all = report.hedging;
  if (all.length === 0) return '';
  const who = listNames(
    all.map((h) => h.actor),
    name,
    limit,
  );
  const verb = all.length === 1 ? 'is' : 'are';
  const costs = nameList(
    all.map((h) => `${name(h.actor)} ${percent(Math.max(0, h.share))}`),
    limit,
  );
  return `${who} ${verb} hedging: switching camps would cost less than ${percent(HEDGING_THRESHOLD)} of ${all.length === 1 ? 'its' : 'their'} tie strength (${costs}).`;
}

/** The actors in the same camp as `id` (none for an unaligned actor). */
export function campMates(report: Pick<WindowCore, 'camps'>, id: string): string[] {
  const camp = report.camps.find((c) => c.includes(id));
  return camp ? camp.filter((x) => x !== id) : [];
}

/**
 * For each actor whose camp-mates changed between two windows, one line: "Pakistan: with the
 * United States and China → with Russia and China". Camp letters are matched across windows by
 * overlap, which can hide a move; the camp-mates cannot.
 */
export function partnerChanges(
  before: Pick<WindowCore, 'camps' | 'actors'>,
  after: Pick<WindowCore, 'camps' | 'actors'>,
  name: Name,
): string[] {
  const describe = (ids: readonly string[]): string =>
    ids.length ? `with ${listNames(ids, name)}` : 'alone';
  const lines: string[] = [];
  for (const { id } of after.actors) {
    const was = campMates(before, id);
    const now = campMates(after, id);
    const inBefore = before.camps.some((c) => c.includes(id));
    const inAfter = after.camps.some((c) => c.includes(id));
    if (!inBefore || !inAfter) continue;
    if (was.length === now.length && was.every((x) => now.includes(x))) continue;
    lines.push(`${name(id)}: ${describe(was)} → ${describe(now)}`);
  }
  return lines;
}

/** "security layer, weighed by confidence" — the reading's layers and confidence in words. */
export function readingWords(
  report: Pick<WindowCore, 'scoreMode' | 'layers' | 'confidenceWeighted'>,
): string {
  const all = report.layers.length === 4;
  const layers = all
    ? 'all layers'
    : `${listNames(report.layers, (l) => l)} layer${report.layers.length === 1 ? '' : 's'}`;
  return report.scoreMode === 'time'
    ? `${layers}, ${report.confidenceWeighted ? 'weighed by confidence' : 'confidence ignored'}`
    : layers;
}
