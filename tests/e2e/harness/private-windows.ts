// Letting Gloss into private windows before a browser starts, as a reader does in the
// browser's extension settings (both browsers keep extensions out of private windows by
// default). Each writes only into the test's own profile folder; nothing system-wide.
// - Chromium: the unpacked extension's id is derived from its folder's path (the first 128
//   bits of its SHA-256, hex digits 0-f written as a-p), and its "Allow in Incognito" switch is
//   extensions.settings.<id>.incognito in the profile's Preferences. Written before the first
//   launch, the extension starts allowed (flipping the switch at run time reloads it, and
//   under --load-extension it comes back disabled).
// - Firefox: an add-on's private-browsing grant is the internal:privateBrowsingAllowed
//   permission kept per add-on in the profile's extension-preferences.json (ESR's permission
//   store; ExtensionPermissions.sys.mjs); a temporarily installed add-on reads it at start
//   like any other (Extension.sys.mjs _setupStartupPermissions).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium's id for an extension loaded unpacked from `dir` (an absolute path). */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

/** Merges `patch` into a JSON file (created when missing). */
function mergeJson(path: string, patch: (data: Record<string, unknown>) => void): void {
  const data = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  patch(data);
  writeFileSync(path, JSON.stringify(data));
}

/** Chromium: allows the unpacked extension in `extensionDir` in incognito, in profile `userDataDir`. */
export function allowInIncognito(userDataDir: string, extensionDir: string): void {
  const id = unpackedExtensionId(extensionDir);
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  mergeJson(join(userDataDir, 'Default', 'Preferences'), (data) => {
    const extensions = (data.extensions ??= {}) as Record<string, unknown>;
    const settings = (extensions.settings ??= {}) as Record<string, Record<string, unknown>>;
    settings[id] = { ...settings[id], incognito: true };
  });
}

/** Firefox: grants add-on `geckoId` private browsing in profile folder `profile`. */
export function allowInPrivateBrowsing(profile: string, geckoId: string): void {
  mergeJson(join(profile, 'extension-preferences.json'), (data) => {
    data[geckoId] = { permissions: ['internal:privateBrowsingAllowed'], origins: [] };
  });
}
