import { describe, expect, it } from 'vitest';
import { methodNames } from './contract';
import { ROLES } from './contract-team';
import { METHOD_ACCESS, roleAllows } from './method-access';

describe('method access', () => {
  it('names every method of the contract and nothing else', () => {
    expect(Object.keys(METHOD_ACCESS).sort()).toEqual([...methodNames].sort());
  });

  it('orders the roles: each one may do what the one below it may', () => {
    const accesses = [...new Set(Object.values(METHOD_ACCESS))];
    const allowed = (role: (typeof ROLES)[number]) => accesses.filter((a) => roleAllows(role, a));
    expect(allowed('viewer')).toEqual(expect.arrayContaining(['read', 'self']));
    expect(allowed('viewer')).not.toContain('enter');
    expect(allowed('contributor')).toEqual(expect.arrayContaining(['read', 'self', 'enter']));
    expect(allowed('editor')).toEqual(expect.arrayContaining(['read', 'self', 'enter', 'edit']));
    expect(allowed('editor')).not.toContain('admin');
    expect(allowed('admin')).not.toContain('desktop');
  });

  it('keeps files of the computer the server runs on out of reach', () => {
    for (const method of ['document.open', 'document.create', 'document.saveAs', 'document.close', 'backup.list', 'backup.restore', 'file.choose', 'library.save'] as const) {
      expect(METHOD_ACCESS[method]).toBe('desktop');
    }
  });
});
