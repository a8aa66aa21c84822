import { describe, expect, it } from 'vitest';
import { analyzeExtras } from '../../src/core/analysis/analysis';
import { Engine, partFor } from '../../src/core/engine/engine';
import { DEFAULT_SCORING } from '../../src/core/analysis/scoring';
import { viewWindow } from '../../src/core/time/time';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const files = readGraphDataFolder(SHIPPED_DATA);

describe('Engine', () => {
  it('validates data without the parts it loads later, and says when a part is missing', () => {
    const engine = new Engine();
    const loaded = engine.handle({ kind: 'load', files });
    if (!loaded.ok || !('dataset' in loaded)) throw new Error('the shipped data should load');
    const view = loaded.parts.views.find((v) => v.id === '2022');
    if (!view) throw new Error('no 2022 view');
    const request = {
      kind: 'extras' as const,
      dataset: loaded.dataset,
      hiddenTypes: [],
      hiddenActors: [],
      window: viewWindow(view),
      scoring: DEFAULT_SCORING,
    };
    expect(partFor(request)).toBe('analyzeExtras');
    expect(engine.handle(request)).toEqual({
      ok: false,
      errors: [{ file: '(engine)', message: 'has not loaded the graph analysis' }],
    });
    expect(
      engine.handle({ kind: 'import', files: [], relationTypes: loaded.parts.relationTypes }),
    ).toMatchObject({ ok: false, errors: [{ message: 'has not loaded the import readers' }] });

    engine.use({ analyzeExtras });
    expect(engine.has('analyzeExtras')).toBe(true);
    const reply = engine.handle(request);
    if (!reply.ok || !('extras' in reply)) throw new Error('extras expected');
    const pagerank = Object.values(reply.extras.centrality.pagerank);
    expect(pagerank).toHaveLength(6);
    expect(pagerank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(partFor({ kind: 'load', files })).toBeUndefined();
  });
});
