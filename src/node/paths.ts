// Where the repository keeps things, for Node-side code (CLI, Vite plugin, tests).
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const SHIPPED_DATA = resolve(REPO_ROOT, 'graph-data');
