import { describe, expect, it } from 'vitest';
import { isViewId, VIEW_LIST, viewLabel, viewShortcut } from './views';

describe('the list of views', () => {
  it('names each view once and numbers the shortcuts in tab order', () => {
    expect(new Set(VIEW_LIST.map((v) => v.id)).size).toBe(VIEW_LIST.length);
    expect(viewShortcut('overview')).toBe(1);
    expect(viewShortcut(VIEW_LIST[1]!.id)).toBe(2);
    expect(viewLabel('overview')).toBe('Scorecard');
  });

  it('tells view ids from anything else (a remembered view may be stale)', () => {
    expect(isViewId('overview')).toBe(true);
    expect(isViewId('spreadsheet')).toBe(false);
    expect(isViewId(null)).toBe(false);
  });
});
