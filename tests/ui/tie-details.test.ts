// Tie details on the shipped data: the bars of what each relation adds (largest first, each on its
// side of the zero line), the tie's score year by year with a y axis and a labelled zero line,
// the valence scale one click away, and every source with its kind.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/data/dataset';
import { loadDataset } from '../../src/core/data/load';
import { tieId } from '../../src/core/analysis/ties';
import { Explorer } from '../../src/state/explorer.svelte';
import { explorerContext } from '../../src/state/explorer-context';
import TieDetails from '../../src/ui/TieDetails.svelte';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

let shipped: Dataset;
beforeAll(() => {
  const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
  if (!loaded.ok) throw new Error('Expected the shipped data to load');
  shipped = loaded.dataset;
});

let component: ReturnType<typeof mount> | undefined;
afterEach(async () => {
  if (component) await unmount(component);
  document.body.innerHTML = '';
});

function render(a: string, b: string, search = '?view=cold-war') {
  const explorer = new Explorer(shipped, search);
  component = mount(TieDetails, {
    target: document.body,
    props: { a, b },
    context: explorerContext(explorer),
  });
  flushSync();
  const tie = explorer.report.dyads.find((t) => tieId(t.a, t.b) === tieId(a, b));
  if (!tie) throw new Error(`Expected a tie ${a}–${b} in the window`);
  return { explorer, tie };
}

const num = (el: Element | null | undefined, attribute: string): number =>
  Number(el?.getAttribute(attribute));
const minus = (text: string | null | undefined) => Number((text ?? '').replace('−', '-'));

describe('TieDetails', () => {
  it('draws a bar per relation, largest |contribution| first, each on its side of zero', () => {
    const { tie, explorer } = render('PAK', 'RUS');
    const svg = document.querySelector('[data-testid="contribution-bars"]');
    const bars = [...(svg?.querySelectorAll('[data-bar]') ?? [])];
    expect(bars.map((g) => g.getAttribute('data-bar')).sort()).toEqual(
      tie.relations.map((c) => c.id).sort(),
    );
    const values = bars.map((g) => num(g, 'data-value'));
    for (let i = 1; i < values.length; i++)
      expect(Math.abs(values[i - 1] ?? 0)).toBeGreaterThanOrEqual(Math.abs(values[i] ?? 0));
    // The Cold War tie of Pakistan and the Soviet Union has both cooperation and conflict.
    expect(values.some((v) => v > 0)).toBe(true);
    expect(values.some((v) => v < 0)).toBe(true);

    const zero = num(svg, 'data-zero-x');
    const line = svg?.querySelector('line.zero');
    expect(num(line, 'x1')).toBe(zero);
    for (const g of bars) {
      const value = num(g, 'data-value');
      const rect = g.querySelector('rect');
      const x = num(rect, 'x');
      const width = num(rect, 'width');
      if (value > 0) expect(x).toBeCloseTo(zero, 6);
      else expect(x + width).toBeCloseTo(zero, 6);
      if (value !== 0) expect(width).toBeGreaterThan(0);
      // Labelled with the relation's title and its value, signed.
      const relation = explorer.filtered.relations.find((r) => r.id === g.getAttribute('data-bar'));
      const label = g.querySelector('text.label');
      const shown = label?.firstChild?.textContent ?? '';
      expect(shown.length).toBeGreaterThan(0);
      expect(relation?.title.startsWith(shown.replace(/…$/, ''))).toBe(true);
      expect(minus(g.querySelector('text.value')?.textContent)).toBeCloseTo(value, 1);
      expect(g.querySelector('text.value')?.textContent).toMatch(value < 0 ? /^−/ : /^\+/);
    }
    // Longer bars for larger values.
    const widths = bars.map((g) => num(g.querySelector('rect'), 'width'));
    expect(widths[0]).toBe(Math.max(...widths));
  });

  it('names the bar chart for screen readers and says every bar', () => {
    const { tie } = render('PAK', 'RUS');
    const svg = document.querySelector('[data-testid="contribution-bars"]');
    expect(svg?.getAttribute('role')).toBe('img');
    const title = document.getElementById(svg?.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toContain('What each relation adds to the score of Pakistan');
    const desc = document.getElementById(svg?.getAttribute('aria-describedby') ?? '');
    expect(desc?.textContent?.split('; ')).toHaveLength(tie.relations.length);
  });

  it("charts the tie's score year by year with y ticks, a labelled zero line and the window", () => {
    const { explorer } = render('PAK', 'USA');
    const chart = document.querySelector('[data-testid="year-chart"]');
    expect(chart).not.toBeNull();
    const ticks = [...(chart?.querySelectorAll('text[data-tick]') ?? [])];
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const zeroTick = ticks.find((t) => t.getAttribute('data-tick') === '0');
    expect(zeroTick?.textContent).toBe('0');
    const zeroLine = chart?.querySelector('line.zero');
    expect(num(zeroLine, 'y1')).toBe(num(zeroTick, 'y'));
    // Ticks go up the page as their values rise.
    const ys = ticks.map((t) => num(t, 'y'));
    const values = ticks.map((t) => Number(t.getAttribute('data-tick')));
    expect(values).toEqual([...values].sort((p, q) => p - q));
    expect(ys).toEqual([...ys].sort((p, q) => q - p));
    // One line, a point a year; and the window shaded.
    const years = explorer.years.max - explorer.years.min + 1;
    expect(chart?.querySelectorAll('path.line')).toHaveLength(1);
    expect(chart?.querySelector('path.line')?.getAttribute('d')?.split(/[ML]/).length).toBe(
      years + 1,
    );
    expect(chart?.querySelector('rect.band')).not.toBeNull();
    expect(document.querySelector('figcaption')?.textContent).toContain('1947–1991');
  });

  it('keeps the valence scale one click away, from negative to positive', () => {
    const { explorer, tie } = render('PAK', 'RUS');
    const details = document.querySelector('details[data-testid="valence-scale"]');
    expect(details?.querySelector('summary')?.textContent).toBe('How scores are read');
    expect(details?.hasAttribute('open')).toBe(false);
    const bars = [...(details?.querySelectorAll('[data-bar]') ?? [])];
    expect(bars).toHaveLength(explorer.filtered.relationTypes.length);
    const valences = bars.map((g) => num(g, 'data-value'));
    expect(valences).toEqual([...valences].sort((p, q) => p - q));
    const war = bars.find((g) => g.getAttribute('data-bar') === 'war');
    expect(war?.querySelector('text.label')?.textContent).toBe('War');
    expect(war?.querySelector('text.value')?.textContent).toBe('−10.0');
    // The types behind this tie are drawn strong, the others pale.
    const behind = new Set(
      tie.relations.map((c) => explorer.filtered.relations.find((r) => r.id === c.id)?.type),
    );
    for (const g of bars)
      expect(g.classList.contains('pale')).toBe(!behind.has(g.getAttribute('data-bar') ?? ''));
  });

  it('shows the kind of every source, and marks the weak ones', () => {
    const { tie, explorer } = render('PAK', 'RUS');
    const sources = tie.relations.flatMap(
      (c) => explorer.filtered.relations.find((r) => r.id === c.id)?.sources ?? [],
    );
    const items = [...document.querySelectorAll('.relations li[data-kind]')];
    expect(items).toHaveLength(sources.length);
    expect(items.map((li) => li.querySelector('.kind')?.textContent)).toEqual(
      sources.map((s) => (s.kind === 'other' ? 'weak source' : s.kind)),
    );
    const weak = items.filter((li) => li.getAttribute('data-kind') === 'other');
    expect(weak.length).toBeGreaterThan(0);
    for (const li of items)
      expect(li.classList.contains('weak')).toBe(li.getAttribute('data-kind') === 'other');
    const hostility = document.querySelector(
      '[data-relation="pak-rus-1954-cold-war-hostility"] [data-testid="source-count"]',
    );
    expect(hostility?.textContent).toBe('5 sources, 1 weak');
  });
});
