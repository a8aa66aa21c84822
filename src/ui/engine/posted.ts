// What the page posts to the engine worker: the engine's requests (core/engine/requests.ts), the
// shipped data possibly as a Blob. A large data file is fetched as a Blob rather than as bytes:
// `Response.arrayBuffer()` of the scale set's 40 MB held the page's main thread for 0.4–0.6 s
// before the worker could begin, and handing the bytes over meant a copy for the page's own
// reading (0.13–0.16 s). A Blob is posted as a handle; the worker reads it at once, and the page
// reads it too meanwhile, off the path to the worker's validation.
import type { EngineRequest } from '../../core/engine/engine';
import type { ShippedFiles } from '../../state/session-engine';

export type { ShippedFiles } from '../../state/session-engine';

type LoadRequest = Extract<EngineRequest, { kind: 'load' }>;

/** A load as posted: its files may be a Blob, which the worker reads before the engine sees them. */
export type PostedLoad = Omit<LoadRequest, 'files'> & { readonly files: ShippedFiles };

export type PostedRequest = Exclude<EngineRequest, LoadRequest> | PostedLoad;

/** The request the engine handles: a Blob's bytes read with `read`, anything else as it is. */
export function withBytes(
  request: PostedRequest,
  read: (blob: Blob) => ArrayBuffer,
): EngineRequest {
  if (request.kind !== 'load') return request;
  const { files } = request;
  return { ...request, files: files instanceof Blob ? read(files) : files };
}
