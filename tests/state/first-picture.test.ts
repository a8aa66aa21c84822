// A large data set's first picture (node/first-picture.ts), worked out ahead of the page from the
// data's files: it must be exactly the figure the explorer itself would export on the link it is
// shown for (the default link), once the explorer has its measures — or none at all.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCommand } from '../../src/cli/generate';
import { figureOf } from '../../src/core/scene/figure';
import { figureSvg } from '../../src/core/scene/svg';
import { firstPicture } from '../../src/node/first-picture';
import { SHIPPED_DATA } from '../../src/node/paths';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { Session } from '../../src/state/session.svelte';
import { localEngine, memoryStore } from './local-engine';

const largeDir = join(mkdtempSync(join(tmpdir(), 'entente-first-picture-')), 'large');
generateCommand(
  ['--actors', '60', '--relations', '4000', '--seed', '7', '--out', largeDir],
  () => undefined,
);
const largeFiles = readGraphDataFolder(largeDir).filter((f) => !f.path.startsWith('schema/'));

/**
 * The figure the explorer opened on `search` exports once its measures have come (16:9, and 4:5 as
 * `tall`), and its link.
 */
async function explorersFigure(
  search: string,
): Promise<{ svg: string; tall: string; url: string }> {
  const session = new Session({ engine: localEngine(), store: memoryStore() });
  await session.start(largeFiles, search);
  const explorer = session.explorer;
  if (!explorer) throw new Error('the explorer did not open');
  for (const need of explorer.missingExtras) await explorer.loadExtras(need);
  expect(explorer.extrasPending).toBe(false);
  const options = {
    parts: { title: true, subtitle: true, caption: true, legend: true, footer: true },
    background: 'white',
  } as const;
  const figure = figureOf(explorer.scene);
  const { svg } = figureSvg(figure, options);
  const tall = figureSvg(figure, { ...options, shape: '4:5' }).svg;
  return { svg, tall, url: explorer.url };
}

describe('the first picture of a large data set', () => {
  it("is the explorer's own figure of its opening view, to the byte, on each of its links", async () => {
    const picture = firstPicture(largeFiles);
    if (!picture) throw new Error('no first picture');
    // No link, and the link the explorer writes in the address bar for that view (a reload's).
    const opened = await explorersFigure('');
    expect(picture.links).toEqual(['', opened.url]);
    expect(opened.url).toMatch(/^\?view=/);
    for (const link of picture.links) {
      const figure = await explorersFigure(link);
      expect(figure.svg, link).toBe(picture.svg);
      // For a phone held upright: the same figure as the Export menu's 4:5 portrait.
      expect(figure.tall, link).toBe(picture.tall);
    }
    expect(picture.tall).not.toBe(picture.svg);
    const size = (svg: string) =>
      svg
        .match(/<svg[^>]* width="([\d.]+)" height="([\d.]+)"/)
        ?.slice(1)
        .map(Number);
    const [width = 0, height = 0] = size(picture.tall) ?? [];
    expect(width / height).toBeCloseTo(4 / 5, 2);
    const [wide = 0, high = 1] = size(picture.svg) ?? [];
    expect(wide / high).toBeCloseTo(16 / 9, 2);
  });

  it('is not the figure of another link (so the page shows it only on its own)', async () => {
    const picture = firstPicture(largeFiles);
    for (const link of ['?view=2022', '?layout=sides', `${picture?.links[1]}&size=pagerank`]) {
      expect(picture?.links).not.toContain(link);
      expect((await explorersFigure(link)).svg, link).not.toBe(picture?.svg);
    }
  });
  it('is none for data that do not validate, and none for data that open quickly anyway', () => {
    // One relation names an actor the data do not hold.
    const broken = largeFiles.map((f) =>
      f.path === 'relations/part-001.json'
        ? { ...f, text: f.text.replace('"source": "', '"source": "NOBODY-') }
        : f,
    );
    expect(broken.map((f) => f.text)).not.toEqual(largeFiles.map((f) => f.text));
    expect(firstPicture(broken)).toBeNull();
    const shipped = readGraphDataFolder(SHIPPED_DATA).filter((f) => !f.path.startsWith('schema/'));
    expect(firstPicture(shipped)).toBeNull();
  });
});
