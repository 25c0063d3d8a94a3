export function trustedProxyCount(value?: string): number;
export function normalizeAddress(raw: unknown): string | null;
export function clientAddress(input: {
  forwardedFor: string | string[] | undefined;
  remoteAddress: string | undefined;
  trustedProxies: number;
}): string;
