// Actor details on the shipped data: the year chart in the series palette (never the colours of
// cooperation and conflict), with a y axis and a labelled zero line, and the sources behind the
// actor's ties counted by kind, the weak ones marked.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { relationById, type Dataset } from '../../src/core/data/dataset';
import { loadDataset } from '../../src/core/data/load';
import { palette, series } from '../../src/core/scene/palette';
import { Explorer } from '../../src/state/explorer.svelte';
import { explorerContext } from '../../src/state/explorer-context';
import ActorDetails from '../../src/ui/ActorDetails.svelte';
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

function render(id: string) {
  const explorer = new Explorer(shipped, '?view=cold-war');
  component = mount(ActorDetails, {
    target: document.body,
    props: { id },
    context: explorerContext(explorer),
  });
  flushSync();
  return explorer;
}

/** Each line's colour, by the name in the key beside it. */
function colours(): Map<string, string> {
  const keys = [...document.querySelectorAll('.keys > span')];
  return new Map(
    keys.map((k) => [
      k.textContent?.trim() ?? '',
      k.querySelector('rect')?.getAttribute('fill') ?? '',
    ]),
  );
}

describe('ActorDetails', () => {
  it('draws one line per other actor in distinct series colours, none of cooperation or conflict', () => {
    render('USA');
    const chart = document.querySelector('[data-testid="year-chart"]');
    const strokes = [...(chart?.querySelectorAll('path.line') ?? [])].map((p) =>
      p.getAttribute('stroke'),
    );
    expect(strokes).toHaveLength(5);
    expect(new Set(strokes).size).toBe(5);
    for (const stroke of strokes) {
      expect(series as readonly (string | null)[]).toContain(stroke);
      expect(stroke).not.toBe(palette.positive);
      expect(stroke).not.toBe(palette.negative);
    }
    expect([...colours().values()].sort()).toEqual([...strokes].sort());
  });

  it('gives an actor the same colour in every chart', () => {
    render('USA');
    const fromUsa = colours().get('Pakistan');
    document.body.innerHTML = '';
    render('CHN');
    expect(colours().get('Pakistan')).toBe(fromUsa);
  });

  it('has a y axis with round ticks and a labelled zero line', () => {
    render('USA');
    const chart = document.querySelector('[data-testid="year-chart"]');
    const ticks = [...(chart?.querySelectorAll('text[data-tick]') ?? [])];
    expect(ticks.map((t) => t.textContent)).toEqual(['−20', '−10', '0', '+10', '+20']);
    const zero = ticks.find((t) => t.textContent === '0');
    expect(Number(chart?.querySelector('line.zero')?.getAttribute('y1'))).toBe(
      Number(zero?.getAttribute('y')),
    );
    expect(chart?.querySelectorAll('line.grid')).toHaveLength(4);
  });

  it('counts the sources behind its ties by kind and marks the weak ones', () => {
    const explorer = render('USA');
    const byId = relationById(explorer.filtered);
    const urls = new Map<string, string | undefined>();
    for (const tie of explorer.report.dyads.filter((t) => t.a === 'USA' || t.b === 'USA'))
      for (const c of tie.relations)
        for (const s of byId.get(c.id)?.sources ?? [])
          if (!urls.has(s.url)) urls.set(s.url, s.kind);
    const weak = [...urls.values()].filter((k) => k === 'other').length;
    expect(weak).toBeGreaterThan(0);
    const line = document.querySelector('[data-testid="actor-sources"]');
    expect(line?.textContent).toContain(`Behind these ties, ${urls.size} sources:`);
    expect(line?.querySelector('.weak')?.textContent).toBe(`${weak} weak sources`);
  });
});
