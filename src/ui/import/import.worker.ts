// The import worker: decodes, parses and validates the files off the main thread, so a large or
// hostile file never freezes the page.
import { importData } from '../../core/import/import';
import type { ImportReply, ImportRequest } from './messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportReply): void;
};

scope.onmessage = (event) => {
  let reply: ImportReply;
  try {
    const result = importData(event.data.files, { relationTypes: event.data.relationTypes });
    reply = result.ok
      ? {
          ok: true,
          name: result.name,
          notices: result.notices,
          parts: {
            actors: [...result.dataset.actors],
            relationTypes: [...result.dataset.relationTypes],
            relations: [...result.dataset.relations],
            views: [...result.dataset.views],
          },
        }
      : { ok: false, errors: result.errors };
  } catch (error) {
    reply = {
      ok: false,
      errors: [{ file: '(import)', message: `could not be read: ${(error as Error).message}` }],
    };
  }
  scope.postMessage(reply);
};
