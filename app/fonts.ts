import localFont from 'next/font/local';

// Noto Sans subset to Latin + Cyrillic (see public/fonts/LICENSE-NotoSans.txt); no font CDN at run or build time.
export const notoSans = localFont({
  src: [
    { path: '../public/fonts/NotoSans-Regular.woff2', weight: '400', style: 'normal' },
    { path: '../public/fonts/NotoSans-Italic.woff2', weight: '400', style: 'italic' },
    { path: '../public/fonts/NotoSans-Bold.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-noto',
  display: 'swap',
});
