// `npm run lint`: the layer check (dependency-cruiser, rules in .dependency-cruiser.cjs), then
// Biome's format check and Biome's linter (biome.json), each with zero errors and zero
// warnings. Runs every step and fails if any failed, so one run shows every kind of problem.
import { spawnSync } from 'node:child_process';

const steps = [
  [
    'layers (dependency-cruiser)',
    'node',
    [
      '--import',
      './scripts/depcruise-typescript5.mjs',
      'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
      'entrypoints',
      'components',
      'utils',
    ],
  ],
  ['format (biome format)', 'npx', ['biome', 'format', '.']],
  ['lint (biome lint)', 'npx', ['biome', 'lint', '--error-on-warnings', '.']],
];

const failed = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) failed.push(name);
}
console.log(failed.length ? `\n✘ lint failed: ${failed.join(', ')}` : '\n✔ lint: layers, format and lint clean');
process.exit(failed.length ? 1 : 0);
