import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import tseslint from 'typescript-eslint';
import { house } from './eslint-rules.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, sourceType: 'module' } });
const component = '/repo/components/review/score-form.tsx';

tester.run('no-server-values-in-client', house.rules['no-server-values-in-client'], {
  valid: [
    { code: "'use client';\nimport type { Row } from '@/server/queries/review';", filename: component },
    { code: "'use client';\nimport { type Row } from '@/server/queries/review';", filename: component },
    { code: "'use client';\nimport { saveScoreAction } from '@/server/actions/review';", filename: component },
    { code: "'use client';\nimport { cityName } from '@/lib/cities/city-name';", filename: component },
    // A server component outside components/ may read the database.
    { code: "import { getPairMatrix } from '@/server/queries/pairs';", filename: '/repo/app/page.tsx' },
  ],
  invalid: [
    {
      code: "'use client';\nimport { cityName } from '@/server/queries/cities';",
      filename: '/repo/app/x/client.tsx',
      errors: [{ messageId: 'value' }],
    },
    {
      code: "import { getPairMatrix } from '@/server/queries/pairs';",
      filename: component,
      options: [{ always: true }],
      errors: [{ messageId: 'value' }],
    },
    {
      code: "'use client';\nimport { type Row, scoreOf } from '@/server/queries/review';",
      filename: component,
      errors: [{ messageId: 'value' }],
    },
    {
      code: "import { cityName } from '../../server/queries/cities';",
      filename: `${process.cwd()}/components/review/decision-notice.tsx`,
      options: [{ always: true }],
      errors: [{ messageId: 'value' }],
    },
    {
      code: "'use client';\nexport { db } from '@/server/db';",
      filename: component,
      errors: [{ messageId: 'value' }],
    },
  ],
});

tester.run('translations-namespace', house.rules['translations-namespace'], {
  valid: [
    { code: "const t = useTranslations('review');" },
    { code: "const t = await getTranslations('review');" },
    { code: "const t = await getTranslations({ locale, namespace: 'review' });" },
  ],
  invalid: [
    { code: 'const t = useTranslations();', errors: [{ messageId: 'missing' }] },
    { code: 'const t = await getTranslations();', errors: [{ messageId: 'missing' }] },
    { code: 'const t = await getTranslations({ locale });', errors: [{ messageId: 'missing' }] },
    { code: 'const t = useTranslations(namespace);', errors: [{ messageId: 'missing' }] },
  ],
});
