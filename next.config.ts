import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// Messages are precompiled when the app is built, so the browser gets no ICU parser (issue 15: first-load JS).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

// A header CSP keeps prerendered pages static; a nonce would render every page per request
// (docs/decisions/011-security-headers-and-the-client-address.md). 'unsafe-inline' is for Next's
// inline flight scripts; React's dev tooling needs eval, so only `next dev` gets 'unsafe-eval'.
const isDev = process.env.NODE_ENV === 'development';
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

// Powerful features the platform never uses: no page, and no script slipped into one, may ask for them.
const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // react-pdf loads fonts and its layout engine at runtime; bundling it breaks both.
  serverExternalPackages: ['@react-pdf/renderer'],
  // Keep a PGlite folder or test output from being traced into the server bundle.
  outputFileTracingExcludes: { '*': ['.data/**', 'test-results/**', 'e2e/**'] },
  // Toolbox attachments (up to 4 MB, lib/toolbox/materials.ts) are uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: '5mb' } },
  // Fixed at build time; HSTS depends on the public URL and is sent by scripts/server.mjs instead.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
          { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
