// The preview server's answer for the build's data file: the .gz the build wrote, sent as is to a
// browser that takes gzip, and the plain file (Vite's own static files) to any other request.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDataFiles } from '../../src/core/data/packed';
import { precompressedData, takesGzip } from '../../src/node/precompressed';

describe('takesGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['GZIP', true],
    ['*', true],
    ['deflate, br', false],
    ['gzip;q=0', false],
    ['gzip;q=0.0, br', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (accept, takes) => {
    expect(takesGzip(accept)).toBe(takes);
  });
});

describe('precompressedData', () => {
  const json = packDataFiles([{ path: 'actors.json', text: '{"actors":[]}' }]);
  let dir: string;
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-precompressed-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'graph-data-0123abcd.txt'), json);
    writeFileSync(join(dir, 'assets', 'graph-data-0123abcd.txt.gz'), gzipSync(json));
    writeFileSync(join(dir, 'assets', 'other.json.gz'), gzipSync('{}'));
    const middleware = precompressedData(dir, '/base/');
    server = createServer((req, res) =>
      middleware(req, res, () => {
        res.statusCode = 299; // "next": the static files would answer
        res.end('next');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, accept?: string, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path,
            method,
            headers: accept ? { 'accept-encoding': accept } : {},
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        req.on('error', reject);
        req.end();
      },
    );

  it('sends the .gz, labelled, to a browser that takes gzip', async () => {
    const answer = await get('/base/assets/graph-data-0123abcd.txt', 'gzip, deflate');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(gunzipSync(answer.body).toString()).toBe(json);
  });

  it('answers HEAD with the headers alone', async () => {
    const answer = await get('/base/assets/graph-data-0123abcd.txt', 'gzip', 'HEAD');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.body.length).toBe(0);
  });

  it.each([
    ['a browser that does not take gzip', '/base/assets/graph-data-0123abcd.txt', 'br'],
    ['no Accept-Encoding', '/base/assets/graph-data-0123abcd.txt', undefined],
    ['a file that is not the data', '/base/assets/other.json', 'gzip'],
    ['a data file with no .gz', '/base/assets/graph-data-ffff.txt', 'gzip'],
    ['a path outside the base', '/assets/graph-data-0123abcd.txt', 'gzip'],
    ['a path that climbs out', '/base/assets/../assets/graph-data-0123abcd.txt/..', 'gzip'],
  ])('leaves %s to the static files', async (_, path, accept) => {
    const answer = await get(path, accept);
    expect(answer.status).toBe(299);
  });
});
