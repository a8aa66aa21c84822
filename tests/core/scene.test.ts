// The one scene: what every mode shows, the same for the screen, a figure and the command line,
// with the engine's metrics explicitly pending or ready.
import { describe, expect, it } from 'vitest';
import { analyzeCore } from '../../src/core/analysis/analysis-core';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { loadDataset } from '../../src/core/data/load';
import { figureOf } from '../../src/core/scene/figure';
import { bearingCircleLayout } from '../../src/core/scene/layout';
import {
  buildScene,
  PENDING,
  readyWindow,
  reportOf,
  type SceneInput,
} from '../../src/core/scene/scene';
import { viewWindow } from '../../src/core/time/time';
import { SHIPPED_DATA } from '../../src/node/paths';
import { readGraphDataFolder } from '../../src/node/read-folder';

const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!loaded.ok) throw new Error('invalid shipped data');
const dataset = loaded.dataset;
const positions = bearingCircleLayout(dataset.actors);
const windowOf = (id: string) => viewWindow(dataset.viewById[id]!);
const coldWar = readyWindow('Cold War', analyzeWindow(dataset, windowOf('cold-war')));
const y2022 = readyWindow('2022', analyzeWindow(dataset, windowOf('2022')));

function scene(over: Partial<SceneInput> = {}) {
  return buildScene({
    dataset,
    mode: 'single',
    current: y2022,
    reference: coldWar,
    positions,
    edgeMode: 'ties',
    sizeBy: 'strength',
    selection: null,
    ...over,
  });
}

describe('buildScene', () => {
  it('shows one era in single mode, both side by side in compare, the changes in diff', () => {
    expect(scene().panels.map((p) => [p.role, p.caption])).toEqual([['current', '2022']]);
    expect(scene({ mode: 'compare' }).panels.map((p) => [p.role, p.caption])).toEqual([
      ['reference', 'Cold War, 1947–1991'],
      ['current', '2022'],
    ]);
    const diff = scene({ mode: 'diff' });
    expect(diff.panels.map((p) => [p.role, p.caption])).toEqual([
      ['changes', 'Changes from Cold War, 1947–1991 to 2022'],
    ]);
    expect(diff.panels[0]?.picture.edges.every((e) => e.classes.includes('diff'))).toBe(true);
  });

  it('names each era in its own time: the Soviet Union in the Cold War panel, Russia in 2022', () => {
    const compare = scene({ mode: 'compare' });
    const label = (role: string) =>
      compare.panels.find((p) => p.role === role)?.picture.nodes.find((n) => n.id === 'RUS')?.label;
    expect(label('reference')).toBe('Soviet Union');
    expect(label('current')).toBe('Russia');
  });

  it('says who sided with whom, and who moved since the reference era', () => {
    const single = scene();
    expect(single.headline).toMatch(/^Two camps: /);
    const [a, b] = single.report.camps;
    const withPakistan = a?.includes('PAK') ? a : b;
    expect(withPakistan).toContain('RUS');
    const diff = scene({ mode: 'diff' });
    // Each era's sides, in the names of the time: Pakistan with the US, then with Russia.
    const [cold, now] = diff.headline.split(/(?<=\.) (?=2022:)/);
    expect(cold).toMatch(
      /^Cold War, 1947–1991: .*Pakistan.*United States.* against .*Soviet Union/,
    );
    expect(cold).not.toContain('Russia');
    expect(now).toMatch(
      /^2022: (Pakistan, Russia and China|United States, India and Afghanistan) against/,
    );
    expect(diff.changes.some((line) => line.startsWith('Pakistan: with'))).toBe(true);
    expect(single.changes).toEqual([]);
  });

  it('letters camps after the reference era: the letters keep the most actors under theirs', () => {
    const s = scene({ mode: 'compare' });
    const ids = dataset.actors.map((a) => a.id);
    const kept = (swap: boolean) =>
      ids.filter((id) => {
        const now = s.camps.current.get(id);
        const swapped = now === 'A' ? 'B' : now === 'B' ? 'A' : now;
        return (swap ? swapped : now) === s.camps.reference.get(id);
      }).length;
    expect(kept(false)).toBeGreaterThan(kept(true));
    // The reference era letters itself; the legend names the members of each camp of the window
    // shown (not in compare, where two panels share one legend).
    const usCamp = s.camps.current.get('USA');
    expect(scene().legend.find((e) => e.key === `camp-${usCamp}`)?.label).toContain(
      'United States',
    );
    expect(s.legend.find((e) => e.key === 'camp-A')?.label).toBe('Camp A');
  });

  it('shows pending metrics as pending — never another window’s — and says so in the figure', () => {
    const core = analyzeCore(dataset, windowOf('2022'));
    const pending = scene({
      sizeBy: 'pagerank',
      current: { label: '2022', core, metrics: PENDING },
    });
    expect(pending.metrics).toBe('pending');
    expect(pending.report.pValue).toBeNull();
    const sizes = new Set(pending.panels[0]?.picture.nodes.map((n) => n.size));
    expect(sizes.size).toBe(1);
    expect(pending.legendNote).toContain('still being computed');
    expect(figureOf(pending).legendNote).toContain('still being computed');
    // The measures read off the ties are exact at once: no "pending" said for them.
    const bySize = scene({ current: { label: '2022', core, metrics: PENDING } });
    expect(bySize.legendNote).not.toContain('still being computed');
    expect(new Set(bySize.panels[0]?.picture.nodes.map((n) => n.size)).size).toBeGreaterThan(1);
    // Ready: sizes follow the engine's PageRank.
    const done = scene({ sizeBy: 'pagerank' });
    expect(done.metrics).toBe('ready');
    expect(new Set(done.panels[0]?.picture.nodes.map((n) => n.size)).size).toBeGreaterThan(1);
  });

  it('waits on the reference era too when it is drawn, not when it only letters camps', () => {
    const core = analyzeCore(dataset, windowOf('cold-war'));
    const reference = { label: 'Cold War', core, metrics: PENDING };
    expect(scene({ reference }).metrics).toBe('ready');
    expect(scene({ reference, mode: 'compare' }).metrics).toBe('pending');
  });

  it('gives the figure exactly the scene’s title, panels, legend, note and footer', () => {
    const s = scene({ mode: 'compare' });
    const figure = figureOf(s);
    expect(figure.title).toBe(s.title);
    expect(figure.panels.map((p) => p.caption)).toEqual(s.panels.map((p) => p.caption));
    expect(figure.panels[1]?.picture).toBe(s.panels[1]?.picture);
    expect(figure.legend).toBe(s.legend);
    expect(figure.legendNote).toBe(s.legendNote);
    expect(s.footer).toMatch(/^Data: Entente graph-data \(CC BY 4\.0\) · \d+ relations citing \d+/);
    // Compare counts the relations of both eras; single only the one shown.
    const count = (text: string) => Number(/· (\d+) relations/.exec(text)?.[1]);
    expect(count(s.footer)).toBeGreaterThan(count(scene().footer));
  });

  it('describes each panel for screen readers', () => {
    const s = scene({ edgeMode: 'relations' });
    const p = s.panels[0]!;
    expect(p.description).toBe(
      `Graph of ${p.picture.nodes.length} actors and ${p.picture.edges.length} relations, 2022`,
    );
  });

  it('reports a ready window whole and a pending one without its metrics', () => {
    expect(reportOf(coldWar).pValue).toBe(
      coldWar.metrics.status === 'ready' ? coldWar.metrics.extras.pValue : NaN,
    );
    const core = analyzeCore(dataset, windowOf('cold-war'));
    const pending = reportOf({ label: '', core, metrics: PENDING });
    expect(pending.communities.every((c) => c.length === 1)).toBe(true);
    expect(pending.centrality.strength).toEqual(reportOf(coldWar).centrality.strength);
  });
});
