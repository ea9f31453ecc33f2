import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // VoiceOver drops list semantics from unstyled lists; role="list" puts them back on purpose.
      'jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Browser-facing code never imports zod's full build: it would double the first load.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'howler', message: 'Only src/shared/audio may import howler.' }],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/shared/content/lesson-schema.ts',
      'src/shared/content/validate-lesson.ts',
      'src/shared/audio/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Use zod/mini in browser code; the full zod is for build-time checks.' },
            { name: 'howler', message: 'Only src/shared/audio may import howler.' },
          ],
          patterns: [
            {
              group: ['**/lesson-schema'],
              allowTypeImports: true,
              message:
                'Import constants from content-constants.ts; lesson-schema.ts pulls zod into the bundle.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Use src/shared/storage/safe-storage.ts.' },
      ],
    },
  },
  {
    // howler's one owner: the rule at the top forbids it everywhere else, zod's full build stays out.
    files: ['src/shared/audio/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Use zod/mini in browser code; the full zod is for build-time checks.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/unit/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
);
