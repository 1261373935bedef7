// Where ../shared (fixtures, data, docs) lives: beside the project, or GLOSS_SHARED.
import { resolve } from 'node:path';

export const SHARED_DIR = process.env.GLOSS_SHARED ?? resolve(process.cwd(), '..', 'shared');

/** Absolute path of a file under ../shared. */
export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
