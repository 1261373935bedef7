// Module resolution for dependency-cruiser (.dependency-cruiser.cjs): WXT's `@/` alias.
const path = require('node:path');

module.exports = { resolve: { alias: { '@': path.resolve(__dirname) } } };
