import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress, trustedProxyCount } from './client-address.mjs';

const peer = '::ffff:192.0.2.10';

describe('clientAddress', () => {
  it('believes only the socket without trusted proxies, whatever the header says', () => {
    expect(clientAddress({ forwardedFor: '6.6.6.6', remoteAddress: peer, trustedProxies: 0 })).toBe('192.0.2.10');
    expect(clientAddress({ forwardedFor: undefined, remoteAddress: '::1', trustedProxies: 0 })).toBe('::1');
  });

  it('takes the N-th entry from the right with N trusted proxies', () => {
    const forwardedFor = '6.6.6.6, 203.0.113.5, 10.0.0.2';
    expect(clientAddress({ forwardedFor, remoteAddress: peer, trustedProxies: 1 })).toBe('10.0.0.2');
    expect(clientAddress({ forwardedFor, remoteAddress: peer, trustedProxies: 2 })).toBe('203.0.113.5');
    // Repeated headers arrive as one joined value or as a list.
    expect(clientAddress({ forwardedFor: ['6.6.6.6', '203.0.113.5'], remoteAddress: peer, trustedProxies: 1 })).toBe(
      '203.0.113.5',
    );
  });

  it('falls back to the left-most entry when the header is shorter than the proxy count, to the peer when empty', () => {
    expect(clientAddress({ forwardedFor: '203.0.113.5', remoteAddress: peer, trustedProxies: 2 })).toBe('203.0.113.5');
    expect(clientAddress({ forwardedFor: '', remoteAddress: peer, trustedProxies: 1 })).toBe('192.0.2.10');
  });

  it('does not pass on an entry that is not an address', () => {
    expect(clientAddress({ forwardedFor: "1.2.3.4, x'); DROP", remoteAddress: peer, trustedProxies: 1 })).toBe(
      '192.0.2.10',
    );
  });
});

describe('normalizeAddress', () => {
  it('strips ports, brackets and the IPv4-mapped prefix', () => {
    expect(normalizeAddress('203.0.113.5:4431')).toBe('203.0.113.5');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('unknown')).toBeNull();
  });
});

describe('trustedProxyCount', () => {
  it('defaults to 0 and refuses what is not a whole number', () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount('2')).toBe(2);
    expect(() => trustedProxyCount('one')).toThrow(/TRUSTED_PROXY_COUNT/);
    expect(() => trustedProxyCount('-1')).toThrow(/TRUSTED_PROXY_COUNT/);
  });
});
