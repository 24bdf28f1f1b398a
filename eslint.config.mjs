// Lint, and the layer rules from STYLE.md (VS Code's code-layering, our way):
//   shared/   pure TypeScript: imports neither side, no DOM libraries, no Node, no Electron, no React
//   renderer/ never imports electron/ or Node built-ins; reaches the shell only through the platform contract
//   electron/ never imports renderer/
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (paths, patterns) => ['error', { paths: paths.map((name) => ({ name, message: 'This import crosses a layer boundary (see STYLE.md).' })), patterns }];

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/db/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // CommonJS scripts (loaded with `node --require`) use require by definition.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'recharts', ...nodeBuiltins],
        [{ group: ['**/electron/**', '**/renderer/**', '../electron', '../renderer'], message: 'shared/ imports neither side.' }],
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(['electron', ...nodeBuiltins], [
        { group: ['**/electron/**', '**/electron'], message: 'The renderer reaches the shell only through the platform contract.' },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(['react', 'react-dom', 'dexie'], [{ group: ['**/renderer/**', '**/renderer'], message: 'electron/ never imports renderer/.' }]),
    },
  },
);
