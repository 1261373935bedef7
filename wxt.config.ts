// WXT build configuration: manifest, permissions and build-time constants for Gloss.
// Permissions are the fewest the features need; docs/permissions.md says why each is there.
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: pure modules must not pick up `browser` by accident.
  imports: false,
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
    optional_host_permissions: ['https://news.google.com/*'],
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
