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
import { SIDES_HALF_WIDTH } from '../../src/core/scene/sides-layout';
import { HEADLINE_NAMES } from '../../src/core/scene/scene-words';
import { campsSentence, listNames } from '../../src/core/analysis/camp-words';
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
    const compare = scene({ mode: 'compare' });
    // Each era's sides, in the names of the time: Pakistan with the US, then with Russia.
    const [cold, now] = compare.headline.split(/(?<=\.) (?=2022:)/);
    expect(cold).toMatch(
      /^Cold War, 1947–1991: .*Pakistan.*United States.* against .*Soviet Union/,
    );
    expect(cold).not.toContain('Russia');
    expect(now).toMatch(
      /^2022: (Pakistan, Russia and China|United States, India and Afghanistan) against/,
    );
    // The diff names who changed sides, with whom they are now.
    const diff = scene({ mode: 'diff' });
    expect(diff.headline).toMatch(
      /^Changed sides since Cold War, 1947–1991: .*Russia now with .*Pakistan/,
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

  it('keys the node sizes in the legend (and so in figures), and not while they are pending', () => {
    const ready = scene({ sizeBy: 'pagerank' });
    const key = ready.legend.find((e) => e.key === 'size');
    expect(key?.label).toContain('PageRank');
    expect(figureOf(ready).legend.some((e) => e.key === 'size')).toBe(true);
    const core = analyzeCore(dataset, windowOf('2022'));
    const pending = scene({
      sizeBy: 'pagerank',
      current: { label: '2022', core, metrics: PENDING },
    });
    expect(pending.legend.some((e) => e.key === 'size')).toBe(false);
    // Tie strength is read off the ties: keyed at once.
    const strength = scene({ current: { label: '2022', core, metrics: PENDING } });
    expect(strength.legend.some((e) => e.key === 'size')).toBe(true);
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

describe('the alignment layout (sides)', () => {
  it('puts each actor on its camp’s side, so Pakistan stays left with China while the US and Russia cross', () => {
    const at = (s: ReturnType<typeof scene>, role: string, id: string) =>
      s.panels.find((p) => p.role === role)?.picture.nodes.find((n) => n.id === id);
    const s = scene({ mode: 'compare', layout: 'sides' });
    const half = SIDES_HALF_WIDTH;
    for (const role of ['reference', 'current'] as const) {
      const camps = role === 'reference' ? s.camps.reference : s.camps.current;
      for (const node of s.panels.find((p) => p.role === role)!.picture.nodes) {
        const camp = camps.get(node.id);
        if (camp === 'A') expect(node.x).toBeLessThan(half);
        if (camp === 'B') expect(node.x).toBeGreaterThan(half);
      }
    }
    // Heights never change between eras: only left–right moves.
    for (const id of ['PAK', 'USA', 'RUS'])
      expect(at(s, 'reference', id)?.y).toBe(at(s, 'current', id)?.y);
    // The US and Russia swap sides between the Cold War and 2022.
    const side = (role: string, id: string) => Math.sign((at(s, role, id)?.x ?? half) - half);
    expect(side('reference', 'USA')).toBe(-side('current', 'USA'));
    expect(side('reference', 'RUS')).toBe(-side('current', 'RUS'));
    expect(side('reference', 'PAK')).toBe(side('current', 'PAK'));
  });

  it('places a hedger nearer the middle than a firm member of its camp', () => {
    const s = scene({ layout: 'sides' });
    const hedger = s.report.hedging[0]?.actor;
    expect(hedger).toBeDefined();
    const camp = s.camps.current.get(hedger!);
    const nodes = s.panels[0]!.picture.nodes;
    const off = (id: string) =>
      Math.abs((nodes.find((n) => n.id === id)?.x ?? 0) - SIDES_HALF_WIDTH);
    const firm = nodes.filter(
      (n) => s.camps.current.get(n.id) === camp && !s.report.hedging.some((h) => h.actor === n.id),
    );
    expect(firm.length).toBeGreaterThan(0);
    for (const n of firm) expect(off(hedger!)).toBeLessThan(off(n.id));
  });

  it('keeps the ring by default: the same positions in every era', () => {
    const s = scene({ mode: 'compare' });
    expect(s.panels[0]?.picture.nodes.find((n) => n.id === 'PAK')?.x).toBe(positions.PAK?.x);
    expect(s.panels[1]?.picture.nodes.find((n) => n.id === 'PAK')?.x).toBe(positions.PAK?.x);
  });
});

describe('the headline on a large data set', () => {
  it('names at most a few actors per group, then says how many more', () => {
    const n = HEADLINE_NAMES;
    const many = Array.from({ length: 40 }, (_, i) => `A${i}`);
    const name = (id: string) => `Name ${id}`;
    // One more than the limit is named in full (no "and 1 more").
    expect(listNames(many.slice(0, n + 1), name, n)).toBe(
      `${many.slice(0, n).map(name).join(', ')} and ${name(`A${n}`)}`,
    );
    expect(listNames(many, name, n)).toBe(
      `${many.slice(0, n).map(name).join(', ')} and ${40 - n} more`,
    );
    const sentence = campsSentence(
      { camps: [many.slice(0, 20), many.slice(20)], oneBloc: false },
      name,
      n,
    );
    expect(sentence).toBe(
      `Two camps: ${many.slice(0, n).map(name).join(', ')} and ${20 - n} more on one side; ${many
        .slice(20, 20 + n)
        .map(name)
        .join(', ')} and ${20 - n} more on the other.`,
    );
  });
});
