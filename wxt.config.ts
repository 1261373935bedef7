// WXT build configuration: manifest, permissions and build-time constants for Gloss.
// Permissions are the fewest the features need; docs/permissions.md says why each is there.
import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);
const OPTIONAL_ORIGINS = ['https://news.google.com/*', 'https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: pure modules must not pick up `browser` by accident.
  imports: false,
  // PouchDB (sync) extends Node's EventEmitter: the `events` package is its browser twin
  // (Vite would otherwise replace the Node built-in with an empty module).
  vite: () => ({ resolve: { alias: { events: require.resolve('events/') } } }),
  manifest: ({ browser }) => ({
    name: 'Gloss',
    description:
      'Context for the people, places and organizations in the news you read, and highlights that are never lost.',
    // offscreen (Chrome): its service worker has no DOMParser; Readability runs in an
    // offscreen document instead of on the page's main thread.
    permissions: ['storage', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['offscreen'])],
    commands: {
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Highlight the selected text' },
      'list-entities': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'List the people, places and organizations on this page',
      },
    },
    // Only the knowledge sources are contacted, and only from the background.
    host_permissions: ['https://*.wikipedia.org/*', 'https://www.wikidata.org/*', 'https://api.gdeltproject.org/*'],
    // Asked for from the reader's click: Google News (an opt-in source), and the one origin
    // of the reader's own sync server (docs/sync.md); any origin can be that server, so the
    // pattern is broad, but only the exact origin is ever requested. Firefox MV2 has no
    // optional host key: its optional permissions take the origins.
    ...(browser === 'firefox'
      ? { optional_permissions: [...OPTIONAL_ORIGINS] }
      : { optional_host_permissions: [...OPTIONAL_ORIGINS] }),
    // The hover card is an extension page framed inside the article page.
    web_accessible_resources:
      browser === 'firefox'
        ? ['card.html', 'note.html']
        : [{ resources: ['card.html', 'note.html'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gloss@gloss.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
