// Preloaded by scripts/lint.mjs when it runs dependency-cruiser: hands dependency-cruiser
// TypeScript 5's JS API (the `typescript5` alias in package.json) where it asks for
// `typescript`. The project compiles with TypeScript 7, whose native compiler has no JS API,
// and dependency-cruiser needs one to read TypeScript (type-only imports included) and
// tsconfig paths. Only imports made by dependency-cruiser itself are redirected.
import Module, { register } from 'node:module';

const FROM_DEPCRUISE = '/node_modules/dependency-cruiser/';
const TS = /^typescript(?=\/|$)/;

// ES imports (`await import('typescript')`).
register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (${TS}.test(specifier) && context.parentURL?.includes(${JSON.stringify(FROM_DEPCRUISE)}))
        return next(specifier.replace(${TS}, 'typescript5'), context);
      return next(specifier, context);
    }`)}`,
);

// require() (dependency-cruiser reads `typescript/package.json` for its version check).
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const fromDepcruise = parent?.filename?.includes(FROM_DEPCRUISE);
  return resolveFilename.call(this, fromDepcruise ? request.replace(TS, 'typescript5') : request, parent, ...rest);
};
