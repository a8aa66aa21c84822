// The messages between the page and the import worker.
import type { ImportFile } from '../../core/import/import';
import type { RelationType } from '../../core/schema';

export type { DatasetParts, ImportReply } from '../../core/import/reply';

export interface ImportRequest {
  readonly files: readonly ImportFile[];
  readonly relationTypes: readonly RelationType[];
}
