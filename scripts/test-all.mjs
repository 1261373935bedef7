// `npm test`: everything, in the order a failure is cheapest to see — type check, lint
// (layers, format, linter), unit tests, both builds, the Firefox lint, then real-browser e2e
// in Chromium and Firefox ESR (installed from Debian's packages first when missing and running
// as root). Ends with one line "N passed, N failed" counting every test of every step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const OUT = 'test-out';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, { json } = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (json && existsSync(json)) {
    const res = JSON.parse(readFileSync(json, 'utf8'));
    passed += res.numPassedTests ?? 0;
    failed += res.numFailedTests ?? 0;
    if (r.status !== 0 && (res.numFailedTests ?? 0) === 0) failed += 1; // e.g. a suite that failed to load
  } else {
    if (r.status === 0) passed += 1;
    else failed += 1;
  }
  console.log(`${r.status === 0 ? '✔' : '✘'} ${name} (${secs} s)`);
  if (r.status !== 0) failures.push(name);
  return r.status === 0;
}

const vitestJson = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];

step('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('lint (layers, format, Biome linter)', 'npm', ['run', 'lint', '--silent']);
step('unit tests', 'npx', ['vitest', 'run', ...vitestJson(`${OUT}/unit.json`)], { json: `${OUT}/unit.json` });
const built = step('build (Chrome MV3, Firefox MV2)', 'npm', ['run', 'build', '--silent']);
if (built) {
  step('Firefox lint (web-ext lint)', 'npx', [
    'web-ext',
    'lint',
    '--source-dir',
    '.output/firefox-mv2',
    '--self-hosted',
    '--warnings-as-errors=false',
  ]);
  let browsersReady = true;
  try {
    ensureBrowsers();
  } catch (err) {
    console.error(`✘ browsers: ${err.message}`);
    failures.push('browsers');
    failed += 1;
    browsersReady = false;
  }
  if (browsersReady) {
    step(
      'e2e in Chromium and Firefox ESR',
      'npx',
      ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...vitestJson(`${OUT}/e2e.json`)],
      {
        json: `${OUT}/e2e.json`,
      },
    );
  }
}

console.log(`\n${failures.length ? `Failed steps: ${failures.join(', ')}` : 'All steps passed.'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
