import { describe, expect, it } from 'vitest';
import { clientAddress, rateLimitMessage } from './rate-limit';

describe('sign-in rate limiting', () => {
  it('counts a proxy’s clients apart, and trusts X-Forwarded-For only from a proxy on this computer', () => {
    expect(clientAddress('127.0.0.1', '10.0.0.7')).toBe('10.0.0.7');
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.9, 10.0.0.7')).toBe('10.0.0.7');
    expect(clientAddress('10.1.2.3', '127.0.0.1')).toBe('10.1.2.3');
    expect(clientAddress('127.0.0.1', undefined)).toBe('127.0.0.1');
    expect(clientAddress(undefined, undefined)).toBe('unknown');
  });

  it('says how long to wait in whole minutes', () => {
    expect(rateLimitMessage(14 * 60_000 + 1)).toBe('Too many failed sign-ins; try again in 15 minutes.');
    expect(rateLimitMessage(1_000)).toBe('Too many failed sign-ins; try again in 1 minute.');
  });
});
