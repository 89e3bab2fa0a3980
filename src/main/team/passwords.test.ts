import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('team passwords', () => {
  it('hashes with scrypt and a fresh salt, and verifies only the same password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w+/]{22}==\$[\w+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('treats a damaged hash as no match rather than an error', async () => {
    for (const stored of ['', 'plain text', 'scrypt$x$8$1$abc$def', 'bcrypt$1$2$3$4$5']) {
      expect(await verifyPassword('anything at all', stored)).toBe(false);
    }
  });

  it('says why a new password will not do', () => {
    expect(passwordProblem('short')).toBe('The password must be at least 12 characters long.');
    expect(passwordProblem('twelve chars')).toBeNull();
    expect(passwordProblem('x'.repeat(1025))).toBe('The password must be at most 1024 characters long.');
  });
});
