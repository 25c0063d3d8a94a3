import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // react-pdf loads fonts and its layout engine at runtime; bundling it breaks both.
  serverExternalPackages: ['@react-pdf/renderer'],
  // Keep a PGlite folder or test output from being traced into the server bundle.
  outputFileTracingExcludes: { '*': ['.data/**', 'test-results/**', 'e2e/**'] },
  // Toolbox attachments (up to 4 MB, lib/toolbox/materials.ts) are uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: '5mb' } },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
