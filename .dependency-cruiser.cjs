/**
 * Import rules that ESLint cannot see across files (npm run lint:deps, part of npm test).
 * The layer rules themselves live in eslint.config.mjs.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: modules that need each other load in an order nobody chose. Move the shared part into its own module.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|out|dist|test-results)/' },
    tsConfig: { fileName: 'tsconfig.web.json' },
    // Type-only imports count too: a cycle of types is a tangle all the same.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs'] },
  },
};
