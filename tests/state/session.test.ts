import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeptImport } from '../../src/state/kept-import';
import { sessionContext } from '../../src/state/session-context';
import { Session, STORAGE_TIMEOUT_MS, type SessionEngine } from '../../src/state/session.svelte';
import DataBanner from '../../src/ui/DataBanner.svelte';
import { actor, folder, relation } from '../builders';
import { localEngine, memoryStore } from './local-engine';

/** jsdom's File has no arrayBuffer(); FileReader reads it as the browser would. */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** localEngine, passing on where an import goes (to the shipped data, or in their place). */
function placingEngine(): SessionEngine {
  const local = localEngine();
  return {
    ...local,
    importFiles: async (files, relationTypes, options) =>
      local.engine.import(
        await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) }))),
        relationTypes,
        options,
      ),
    restore: async (name, parts, options) => local.engine.restore(name, parts, options),
  };
}

const CSV_HEADER = 'id,type,source,target,start,title,summary,sources';
const csvFile = (name: string, ...rows: string[]) =>
  new File([[CSV_HEADER, ...rows].join('\n')], name, { type: 'text/csv' });

const bundle = (name: string) =>
  JSON.stringify({
    actors: [
      { id: 'aa', name: `${name} A`, kind: 'state' },
      { id: 'bb', name: 'B', kind: 'state' },
    ],
    relations: [
      {
        id: 'aa-bb',
        type: 'alliance',
        source: 'aa',
        target: 'bb',
        start: '1990',
        title: 'P',
        summary: 'S',
        sources: [{ title: 't', url: 'https://example.org' }],
      },
    ],
  });

async function started(files = folder(), search = '') {
  const store = memoryStore();
  const session = new Session({ engine: localEngine(), store });
  await session.start(files, search);
  return { session, store };
}

describe('Session', () => {
  it('shows the shipped data with a notice when the browser’s storage never answers', async () => {
    vi.useFakeTimers();
    try {
      const store = { ...memoryStore(), load: () => new Promise<unknown>(() => undefined) };
      const session = new Session({ engine: localEngine(), store });
      const starting = session.start(folder());
      await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS + 10);
      await starting;
      expect(session.source).toEqual({ kind: 'shipped' });
      expect(session.explorer?.dataset.actors).toHaveLength(2);
      expect(session.importNotices[0]).toContain('storage did not answer');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps an import before showing it, and shows it with a notice when storage refuses it', async () => {
    const store = memoryStore();
    let keptWhenShown: unknown = 'not yet shown';
    const session = new Session({
      engine: localEngine(),
      store: {
        ...store,
        save: async (value) => {
          await store.save(value);
          keptWhenShown = session.source.kind === 'imported' ? 'shown before kept' : 'kept first';
        },
      },
    });
    await session.start(folder());
    const files = [new File([bundle('Mine')], 'mine.json')];
    expect(await session.importFiles(files)).toBe(true);
    expect(keptWhenShown).toBe('kept first');

    const refusing = new Session({
      engine: localEngine(),
      store: { ...memoryStore(), save: () => Promise.reject(new Error('quota exceeded')) },
    });
    await refusing.start(folder());
    expect(await refusing.importFiles(files)).toBe(true);
    expect(refusing.source.kind).toBe('imported');
    expect(refusing.importNotices.join(' ')).toContain('could not be kept for your next visit');
  });

  it('shows the shipped data, or their errors', async () => {
    const { session: good } = await started();
    expect(good.explorer?.dataset.actors).toHaveLength(2);
    expect(good.source).toEqual({ kind: 'shipped' });
    expect(Object.isFrozen(good.explorer?.dataset.relations[0])).toBe(true);
    const { session: bad } = await started(
      folder({ relations: [relation({ target: 'atlantis' })] }),
    );
    expect(bad.explorer).toBeNull();
    expect(bad.shippedErrors[0]?.message).toContain('"atlantis" is not an actor');
  });

  it('replaces the data with a good import, keeps it, and restores the shipped data', async () => {
    const { session, store } = await started();
    expect(await session.importFiles([new File([bundle('Mine')], 'mine.json')])).toBe(true);
    expect(session.source).toEqual({ kind: 'imported', name: 'mine.json', into: 'replace' });
    expect(session.explorer?.dataset.actorById.aa?.name).toBe('Mine A');
    expect(session.importNotices.join(' ')).toContain('no views');
    expect((store.value as KeptImport | undefined)?.name).toBe('mine.json');

    const again = new Session({ engine: localEngine(), store });
    await again.start(folder());
    expect(again.source).toEqual({ kind: 'imported', name: 'mine.json', into: 'replace' });
    expect(again.explorer?.dataset.actorById.aa?.name).toBe('Mine A');

    await again.restoreShipped();
    expect(again.source).toEqual({ kind: 'shipped' });
    expect(again.explorer?.dataset.actorById.north).toBeDefined();
    expect(store.value).toBeUndefined();
  });

  it('replacing, gives the ids of shipped actors their names', async () => {
    const store = memoryStore();
    const session = new Session({ engine: placingEngine(), store });
    await session.start(folder());
    const csv = csvFile(
      'mine.csv',
      'north-south-1990,alliance,north,south,1990,P,S.,https://example.org',
    );
    expect(await session.importFiles([csv])).toBe(true);
    expect(session.source).toEqual({ kind: 'imported', name: 'mine.csv', into: 'replace' });
    expect(session.explorer?.dataset.actors.map((a) => a.name)).toEqual(['Northland', 'Southland']);
    expect(session.explorer?.dataset.relations).toHaveLength(1);
  });

  it('adds an import to the shipped data, keeps what it added, and adds it again on the next visit', async () => {
    const store = memoryStore();
    const session = new Session({ engine: placingEngine(), store });
    await session.start(folder(), '?view=early');
    session.importInto = 'add';
    const added = csvFile(
      'added.csv',
      'north-east-1960,alliance,north,east,1960,P,S.,https://example.org',
    );
    expect(await session.importFiles([added])).toBe(true);
    expect(session.source).toEqual({
      kind: 'imported',
      name: 'added.csv',
      into: 'add',
      added: { actors: 1, relationTypes: 0, relations: 1, views: 0 },
    });
    const dataset = session.explorer?.dataset;
    expect(dataset?.relations.map((r) => r.id)).toEqual([
      'north-south-1955-pact',
      'north-east-1960',
    ]);
    expect(dataset?.actors.map((a) => a.name)).toEqual(['Northland', 'Southland', 'east']);
    // The view stays where it was: every id in it is still there.
    expect(session.explorer?.url).toBe('?view=early');
    // Kept: what it added, and that it was added.
    const kept = store.value as KeptImport;
    expect(kept.into).toBe('add');
    expect(kept.parts.relations.map((r) => r.id)).toEqual(['north-east-1960']);
    expect(kept.parts.actors.map((a) => a.id)).toEqual(['east']);

    // The next visit adds it to its own shipped data (here, with a pact renamed since).
    const next = new Session({ engine: placingEngine(), store });
    await next.start(folder({ relations: [relation({ title: 'Renamed pact' })] }));
    expect(next.source).toEqual(session.source);
    expect(next.explorer?.dataset.relations.map((r) => r.title)).toEqual(['Renamed pact', 'P']);

    // The banner says what was added.
    const shown = mount(DataBanner, { target: document.body, context: sessionContext(next) });
    flushSync();
    expect(document.body.textContent).toContain(
      'Showing the shipped data with added.csv added: 1 relation and 1 actor more',
    );
    await unmount(shown);
    document.body.innerHTML = '';

    await next.restoreShipped();
    expect(next.source).toEqual({ kind: 'shipped' });
    expect(next.explorer?.dataset.relations).toHaveLength(1);
    expect(store.value).toBeUndefined();
  });

  it('refuses an addition that repeats a shipped id, and keeps what was shown', async () => {
    const store = memoryStore();
    const session = new Session({ engine: placingEngine(), store });
    await session.start(folder());
    const before = session.explorer;
    session.importInto = 'add';
    const repeat = csvFile(
      'again.csv',
      'north-south-1955-pact,alliance,north,south,1960,P,S.,https://example.org',
    );
    expect(await session.importFiles([repeat])).toBe(false);
    expect(session.importErrors).toEqual([
      expect.objectContaining({ file: 'again.csv', field: 'id', line: 2 }),
    ]);
    expect(session.importErrors[0]?.message).toContain('is already the id of a shipped relation');
    expect(session.explorer).toBe(before);
    expect(store.value).toBeUndefined();
  });

  it('keeps what was shown when an import fails, and lists the errors', async () => {
    const { session, store } = await started();
    const before = session.explorer;
    expect(await session.importFiles([new File(['{"actors": [,]}'], 'bad.json')])).toBe(false);
    expect(session.explorer).toBe(before);
    expect(session.source).toEqual({ kind: 'shipped' });
    expect(session.importErrors.map((e) => e.file)).toEqual(['bad.json']);
    expect(store.value).toBeUndefined();
    session.dismissImportErrors();
    expect(session.importErrors).toEqual([]);
  });

  it('lists an import that fails on the way, and keeps what was shown', async () => {
    // A folder dropped as a file, or a file changed since it was picked: the browser cannot
    // read it, and the read rejects. importFiles answers false and lists why; it never rejects.
    const store = memoryStore();
    const unreadable = new DOMException('The file could not be read', 'NotReadableError');
    const session = new Session({
      engine: { ...localEngine(), importFiles: () => Promise.reject(unreadable) },
      store,
    });
    await session.start(folder());
    const before = session.explorer;
    expect(await session.importFiles([new File(['{}'], 'folder')])).toBe(false);
    expect(session.importErrors).toEqual([
      {
        file: 'folder',
        message: 'could not be imported: NotReadableError: The file could not be read',
      },
    ]);
    expect(session.explorer).toBe(before);
    expect(session.source).toEqual({ kind: 'shipped' });
    expect(session.busy).toBe(false);
    expect(store.value).toBeUndefined();
    const two = [new File(['{}'], 'a.json'), new File(['{}'], 'b.json')];
    expect(await session.importFiles(two)).toBe(false);
    expect(session.importErrors[0]?.file).toBe('2 files');
  });

  it('shows the shipped data with a notice when storage cannot forget the import', async () => {
    const { session, store } = await started();
    expect(await session.importFiles([new File([bundle('Mine')], 'mine.json')])).toBe(true);
    store.clear = () => Promise.reject(new Error('storage is locked'));
    await session.restoreShipped();
    expect(session.source).toEqual({ kind: 'shipped' });
    expect(session.explorer?.dataset.actorById.north).toBeDefined();
    expect(session.importNotices).toEqual([
      "The import could not be removed from the browser's storage (Error: storage is locked); it may be shown again on your next visit.",
    ]);
  });

  it('takes an edit of the shipped files, or keeps the last good view and lists the errors', async () => {
    const { session } = await started(folder(), '?view=early');
    const before = session.explorer;
    await session.useShippedFiles(folder({ relations: [relation({ end: '1940' })] }));
    expect(session.explorer).toBe(before);
    expect(session.shippedErrors[0]?.message).toContain('is before start');
    await session.useShippedFiles(folder({ relations: [relation({ title: 'Renamed pact' })] }));
    expect(session.shippedErrors).toEqual([]);
    expect(session.explorer).not.toBe(before);
    expect(session.explorer?.dataset.relations[0]?.title).toBe('Renamed pact');
    expect(session.explorer?.url).toBe('?view=early');
  });

  it('drops a kept import that no longer loads, and says so', async () => {
    const store = memoryStore();
    store.value = {
      name: 'old.json',
      notices: [],
      parts: {
        actors: [actor()],
        relationTypes: [],
        relations: [],
        views: [{ id: 'x', label: 'X', start: '1990', end: '1980' }],
      } as never,
    };
    const session = new Session({ engine: localEngine(), store });
    await session.start(folder());
    expect(session.source).toEqual({ kind: 'shipped' });
    expect(session.importNotices[0]).toContain('could not be restored');
    expect(session.importNotices[0]).toContain('old.json no longer loads');
    expect(store.value).toBeUndefined();
  });

  describe('a kept import of an odd shape', () => {
    let banner: ReturnType<typeof mount> | undefined;
    afterEach(async () => {
      if (banner) await unmount(banner);
      banner = undefined;
      document.body.innerHTML = '';
    });

    /** A good kept import (the parts of the bundle above), with fields replaced. */
    async function kept(fields: Record<string, unknown>): Promise<Record<string, unknown>> {
      const { store, session } = await started();
      await session.importFiles([new File([bundle('Kept')], 'kept.json')]);
      return { ...(store.value as Record<string, unknown>), ...fields };
    }
    const goodParts = async () => (await kept({})).parts;

    it('restores a kept import of the right shape', async () => {
      const store = memoryStore();
      store.value = await kept({});
      const session = new Session({ engine: localEngine(), store });
      await session.start(folder());
      expect(session.source).toEqual({ kind: 'imported', name: 'kept.json', into: 'replace' });
      // Kept by an earlier version, which did not say: it replaced the shipped data.
      store.value = await kept({ into: undefined });
      const earlier = new Session({ engine: localEngine(), store });
      await earlier.start(folder());
      expect(earlier.source).toEqual({ kind: 'imported', name: 'kept.json', into: 'replace' });
    });

    it.each<[string, () => Promise<unknown>, string]>([
      ['a string', async () => 'kept.json', 'it is not a record'],
      ['null', async () => null, 'it is not a record'],
      ['a list', async () => [await kept({})], 'it is not a record'],
      ['a name that is an object', () => kept({ name: { toString: 1 } }), 'its name'],
      ['a name of a million characters', () => kept({ name: 'n'.repeat(1e6) }), 'its name'],
      ['no name', () => kept({ name: undefined }), 'its name'],
      ['notices that are a number', () => kept({ notices: 42 }), 'its notices'],
      ['notices that are a string', () => kept({ notices: 'read me' }), 'its notices'],
      ['a notice that is an object', () => kept({ notices: [{ toString: 1 }] }), 'its notices'],
      ['ten thousand notices', () => kept({ notices: Array(1e4).fill('n') }), 'its notices'],
      ['no parts', () => kept({ parts: undefined }), 'it holds no data'],
      ['another way in', () => kept({ into: 'merge' }), 'neither that it replaced'],
      ['parts that are a string', () => kept({ parts: 'actors' }), 'it holds no data'],
      [
        'parts whose actors are not a list',
        async () => kept({ parts: { ...((await goodParts()) as object), actors: { 0: 'x' } } }),
        'no list of actors',
      ],
      [
        'parts whose records are not records',
        async () => kept({ parts: { ...((await goodParts()) as object), relations: [null, 7] } }),
        'no longer loads',
      ],
    ])(
      'is cleared, with the shipped data shown and a message, when it holds %s',
      async (_, value, why) => {
        const store = memoryStore();
        store.value = await value();
        const session = new Session({ engine: localEngine(), store });
        await session.start(folder());
        expect(session.source).toEqual({ kind: 'shipped' });
        expect(session.explorer?.dataset.actorById.north).toBeDefined();
        expect(session.importNotices).toHaveLength(1);
        expect(session.importNotices[0]).toContain(
          'The import kept from an earlier visit could not be restored',
        );
        expect(session.importNotices[0]).toContain(why);
        expect(session.importNotices[0]?.length).toBeLessThan(300);
        expect(store.value).toBeUndefined();
        // What reaches the page renders: the banner says so, and the next visit starts clean.
        banner = mount(DataBanner, { target: document.body, context: sessionContext(session) });
        flushSync();
        expect(document.body.textContent).toContain('could not be restored');
        const next = new Session({ engine: localEngine(), store });
        await next.start(folder());
        expect(next.importNotices).toEqual([]);
      },
    );

    it('shows the shipped data even when storage cannot be cleared', async () => {
      const store = memoryStore();
      store.value = 'damaged';
      store.clear = async () => {
        throw new Error('IndexedDB is gone');
      };
      const session = new Session({ engine: localEngine(), store });
      await session.start(folder());
      expect(session.explorer?.dataset.actorById.north).toBeDefined();
      expect(session.importNotices[0]).toContain('could not be restored');
    });
  });

  it('gets centrality and communities from the engine for the window shown', async () => {
    const { session } = await started();
    const explorer = session.explorer!;
    expect(explorer.report.centrality.pagerank.north).toBe(0);
    // Read straight off the ties, strength is exact before the engine answers: the alliance from
    // 1955 holds 5,479 of the view's 7,305 days.
    expect(explorer.report.centrality.strength.north).toBeCloseTo((8.5 * 5479) / 7305, 6);
    for (const need of explorer.missingExtras) await explorer.loadExtras(need);
    expect(explorer.missingExtras).toEqual([]);
    expect(explorer.report.centrality.positiveDegree.north).toBeCloseTo((8.5 * 5479) / 7305, 6);
    expect(explorer.report.pValue).not.toBeNull();
    expect(explorer.report.centrality.pagerank.north).toBeGreaterThan(0);
  });
});
