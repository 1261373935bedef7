// Makes sure Debian's Chromium and Firefox ESR are installed: installs them with apt-get when
// missing and running as root; otherwise says exactly what to install and fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { bin: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium', pkg: 'chromium' },
  { bin: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

export function ensureBrowsers() {
  const missing = NEEDED.filter((b) => !existsSync(b.bin));
  if (missing.length === 0) return;
  const pkgs = missing.map((b) => b.pkg);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Missing browsers: ${missing.map((b) => b.bin).join(', ')}.\n` +
        `Install them with: sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}\n` +
        `(or set CHROMIUM_BIN / FIREFOX_BIN to their paths).`,
    );
  }
  console.log(`Installing ${pkgs.join(' ')} from Debian's packages…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', ...pkgs], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) throw new Error(`apt-get install ${pkgs.join(' ')} failed (exit ${r.status})`);
  const still = NEEDED.filter((b) => !existsSync(b.bin));
  if (still.length) throw new Error(`still missing after install: ${still.map((b) => b.bin).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBrowsers();
    console.log('Chromium and Firefox ESR are installed.');
  } catch (err) {
    console.error(String(err.message ?? err));
    process.exit(1);
  }
}
