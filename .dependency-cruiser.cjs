// The layer rules of docs/architecture.md, checked by `npm run lint` (scripts/lint.mjs).
// The import graph may only point down: entrypoints → components → utils/adapters →
// utils/<domain> → utils/model. TypeScript is read with TypeScript 5's JS API
// (scripts/depcruise-typescript5.mjs). The `@/` alias is the project root, as WXT sets it
// (its generated tsconfig gives paths without a baseUrl, which the resolver does not read).
const BROWSER_BOUND =
  '^node_modules/(wxt/dist/browser|wxt/dist/utils/storage|webextension-polyfill|@wxt-dev/storage|@wxt-dev/browser|@wxt-dev/webextension-polyfill|@webext-core/messaging|dexie)([./]|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'utils/<domain> runs anywhere: no browser API, Dexie or extension storage (only utils/adapters/ may use them).',
      severity: 'error',
      from: { path: '^utils/', pathNot: '^utils/adapters/' },
      to: { path: BROWSER_BOUND },
    },
    {
      name: 'domain-not-on-adapters',
      comment: 'utils/<domain> does not depend on the adapters; the adapters depend on the domain.',
      severity: 'error',
      from: { path: '^utils/', pathNot: '^utils/adapters/' },
      to: { path: '^utils/adapters/' },
    },
    {
      name: 'utils-not-on-components',
      comment: 'utils/ holds no view: shapes a view shares with other contexts live in utils/model/.',
      severity: 'error',
      from: { path: '^utils/' },
      to: { path: '^components/' },
    },
    {
      name: 'nothing-imports-an-entrypoint',
      comment: 'Entrypoints only wire: utils/ and components/ never import from entrypoints/.',
      severity: 'error',
      from: { path: '^(utils|components)/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'entrypoints-apart',
      comment: 'An entrypoint folder runs in its own context: code two contexts share lives in utils/ or components/.',
      severity: 'error',
      from: { path: '^entrypoints/([^/]+)/' },
      to: { path: '^entrypoints/', pathNot: '^entrypoints/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every import resolves (a typo in a path would otherwise hide a dependency).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    webpackConfig: { fileName: '.dependency-cruiser-resolve.cjs' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
