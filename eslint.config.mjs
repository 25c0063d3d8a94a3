// Lint: Next's rules (core web vitals, React, hooks, a11y, imports) and typescript-eslint, plus the house's
// own rules in scripts/eslint-rules.mjs. `npm run lint` allows no warnings.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { house } from './scripts/eslint-rules.mjs';

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.data/**',
    '.bench/**',
    'server/generated/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { house },
    rules: {
      'house/translations-namespace': 'error',
      'house/no-server-values-in-client': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Everything in components/ may end up in a client bundle, 'use client' or not.
    files: ['components/**'],
    rules: { 'house/no-server-values-in-client': ['error', { always: true }] },
  },
  {
    // lib/ is safe in the browser: it reads nothing from server/, except Prisma's generated enums in lib/enums.ts
    // and Prisma's types (erased at build, e.g. the where fragments in lib/permissions.ts).
    files: ['lib/**'],
    ignores: ['lib/enums.ts'],
    rules: {
      // typescript-eslint's variant of the core rule, for allowTypeImports.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/server|(\\.\\./)+server)(/|$)',
              allowTypeImports: true,
              message: 'lib/ is browser-safe: no imports from server/ (types only).',
            },
          ],
        },
      ],
    },
  },
  {
    // A date on a page is read in the record's zone, the venue's or the viewer's own (lib/time/format.ts), never in
    // next-intl's request-wide default: every format.dateTime names its timeZone.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='dateTime']:not(:has(Property[key.name='timeZone']))",
          message: "Give format.dateTime a timeZone (the record's, the venue's or the viewer's), or use formatInstant.",
        },
      ],
    },
  },
  {
    // Playwright's fixtures hand over with a function named `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The seed's prose (guides, method cards, calls) is written as paragraphs, one per line.
    files: ['prisma/seed-data/**'],
    rules: { 'max-len': 'off' },
  },
]);
