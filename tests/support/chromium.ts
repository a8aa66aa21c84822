// The browser tests' (and the benchmark's) Chromium: the system one, or, as root on Debian,
// the Debian package installed with apt-get. It never downloads a browser of its own and never
// lets the browser tests skip silently.
import { execSync } from 'node:child_process';
import { findChromium, onPath } from '../../src/node/chromium';

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log('Chromium not found: installing the Debian package "chromium" (about 80 s)…');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'The browser tests need Chromium and none was found. Install it (Debian/Ubuntu: ' +
      '`sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
