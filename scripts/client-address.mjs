// Who is on the other end of a request, decided once, before Next sees it (scripts/server.mjs).
import { isIP } from 'node:net';

/** Reads TRUSTED_PROXY_COUNT: how many reverse proxies stand between the internet and this process. */
export function trustedProxyCount(value = process.env.TRUSTED_PROXY_COUNT) {
  if (value === undefined || value === '') return 0;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`TRUSTED_PROXY_COUNT must be a whole number ≥ 0, got "${value}"`);
  }
  return count;
}

/** "::ffff:10.0.0.1" → "10.0.0.1", "[::1]:443" → "::1", "10.0.0.1:5000" → "10.0.0.1"; null when not an address. */
export function normalizeAddress(raw) {
  if (typeof raw !== 'string') return null;
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address. Each proxy appends the address it was connected from to X-Forwarded-For, so with
 * N trusted proxies the N-th entry from the right is the last one written by a proxy of ours about a
 * peer it saw: that is the client. Everything further left was written by the client (or its proxies)
 * and is not believed. With N = 0 (the default) the header is ignored and the socket's peer counts.
 * A header shorter than N (a request that did not pass every proxy) falls back to its left-most entry;
 * an entry that is not an IP address falls back to the socket's peer.
 */
export function clientAddress({ forwardedFor, remoteAddress, trustedProxies }) {
  const peer = normalizeAddress(remoteAddress) ?? 'unknown';
  if (trustedProxies === 0) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return peer;
  const entry = entries[Math.max(0, entries.length - trustedProxies)];
  return normalizeAddress(entry) ?? peer;
}
