// The diff view shows change, not only sign flips: ties that grew stronger or weaker, actors that
// changed sides marked and named in the headline.
import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { compareReports } from '../../src/core/analysis/compare';
import { loadDataset } from '../../src/core/data/load';
import { bearingCircleLayout } from '../../src/core/scene/layout';
import { legendEntries } from '../../src/core/scene/legend';
import { diffEdges, STRONGER, strengthChange } from '../../src/core/scene/picture';
import { buildScene, readyWindow } from '../../src/core/scene/scene';
import { edgeLook, nodeLook } from '../../src/core/scene/style';
import { viewWindow } from '../../src/core/time/time';
import { SHIPPED_DATA } from '../../src/node/paths';
import { readGraphDataFolder } from '../../src/node/read-folder';

describe('strengthChange', () => {
  it('calls a tie stronger from half again, weaker from a third less, else unchanged', () => {
    expect(strengthChange(10, 10 * STRONGER, 20)).toBe('stronger');
    expect(strengthChange(10, 10 * STRONGER - 0.1, 20)).toBe('unchanged');
    expect(strengthChange(-30, -20, 40)).toBe('weaker');
    expect(strengthChange(-30, -20.1, 40)).toBe('unchanged');
    // 47.8 → 4.5, the collapse the old diff drew like no change.
    expect(strengthChange(47.8, 4.5, 47.8)).toBe('weaker');
  });

  it('calls crumbs no change: a doubling of a tiny tie beside a strong one', () => {
    expect(strengthChange(0.5, 1, 50)).toBe('unchanged');
  });
});

const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!loaded.ok) throw new Error('invalid shipped data');
const dataset = loaded.dataset;
const report = (id: string) => analyzeWindow(dataset, viewWindow(dataset.viewById[id]!));

describe('the diff of the Cold War and 2022', () => {
  const cold = report('cold-war');
  const now = report('2022');
  const edges = diffEdges(compareReports(cold, now), null);
  const change = (id: string) =>
    edges.find((e) => e.id === id)?.classes.find((c) => c.startsWith('diff-'));

  it('classes each tie that kept its sign by how its strength changed, as the scores say', () => {
    for (const edge of edges) {
      const kind = edge.classes.find((c) => c.startsWith('diff-'));
      const before = Number(edge.data?.before);
      const after = Number(edge.data?.after);
      if (kind === 'diff-stronger')
        expect(Math.abs(after)).toBeGreaterThanOrEqual(Math.abs(before) * STRONGER);
      if (kind === 'diff-weaker')
        expect(Math.abs(after) * STRONGER).toBeLessThanOrEqual(Math.abs(before));
    }
    // Pakistan–Russia went from hostile to friendly: a flip, not a strength change.
    expect(change('PAK~RUS')).toBe('diff-flipped');
    // Some ties did change strength without flipping, and they look unlike the unchanged ones.
    const kinds = new Set(edges.map((e) => e.classes.find((c) => c.startsWith('diff-'))));
    expect([...kinds].some((k) => k === 'diff-stronger' || k === 'diff-weaker')).toBe(true);
    expect(edgeLook(['diff', 'diff-stronger']).color).not.toBe(
      edgeLook(['diff', 'diff-unchanged']).color,
    );
    expect(edgeLook(['diff', 'diff-weaker']).color).not.toBe(
      edgeLook(['diff', 'diff-unchanged']).color,
    );
  });

  it('marks the actors that changed sides strongly, names them in the headline, and keys both', () => {
    const scene = buildScene({
      dataset,
      mode: 'diff',
      current: readyWindow('2022', now),
      reference: readyWindow('Cold War', cold),
      positions: bearingCircleLayout(dataset.actors),
      edgeMode: 'ties',
      sizeBy: 'strength',
      selection: null,
    });
    const moved = scene.comparison?.campChanges.map((c) => c.actor) ?? [];
    expect(moved.length).toBeGreaterThan(0);
    const nodes = scene.panels[0]!.picture.nodes;
    for (const id of moved) expect(nodes.find((n) => n.id === id)?.classes).toContain('is-moved');
    expect(nodeLook(['actor', 'is-moved']).borderWidth).toBeGreaterThanOrEqual(8);
    const names = new Map(now.actors.map((a) => [a.id, a.name]));
    expect(scene.headline).toMatch(/^Changed sides since Cold War, 1947–1991: /);
    for (const id of moved) expect(scene.headline).toContain(`${names.get(id)} now with`);
    const keys = legendEntries([scene.panels[0]!.picture], { campMembers: { A: [], B: [] } }).map(
      (e) => e.key,
    );
    expect(keys).toContain('moved');
    for (const k of ['diff-stronger', 'diff-weaker'])
      expect(keys.includes(k)).toBe(edges.some((e) => e.classes.includes(k)));
  });
});
