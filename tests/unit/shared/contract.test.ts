import { describe, expect, it } from 'vitest';
import { apiMethods, isApiMethod, parseArg } from '../../../src/shared/contract';
import { ApiError, toApiErrorData } from '../../../src/shared/errors';

describe('contract', () => {
  it('has a validator for every method', () => {
    expect(apiMethods).toContain('listSources');
    expect(apiMethods).toContain('getDocument');
    expect(isApiMethod('getDocument')).toBe(true);
    expect(isApiMethod('toString')).toBe(false);
    expect(isApiMethod('__proto__')).toBe(false);
  });

  it('accepts good arguments and refuses bad ones with a readable message', () => {
    expect(parseArg('getDocument', { sourceId: 'a' })).toEqual({ ok: true, value: { sourceId: 'a' } });
    const bad = parseArg('getDocument', { sourceId: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/getDocument at sourceId/);
    expect(parseArg('getDocument', { sourceId: 'a', extra: true }).ok).toBe(false);
    expect(parseArg('listSources', undefined).ok).toBe(true);
    expect(parseArg('updateWorkspace', { preferences: { fontScale: 9 } }).ok).toBe(false);
    expect(
      parseArg('updateWorkspace', {
        layout: {
          panes: Array.from({ length: 6 }, (_, i) => ({
            id: `p${i}`,
            sourceId: 's',
            view: 'all',
            linked: true,
            collapsed: false,
            width: 1,
          })),
        },
      }).ok,
    ).toBe(false);
  });

  it('keeps error kinds when serialized', () => {
    expect(toApiErrorData(new ApiError('not-found', 'gone'))).toEqual({ kind: 'not-found', message: 'gone' });
    expect(toApiErrorData(new Error('boom'))).toEqual({ kind: 'internal', message: 'Unexpected error: boom' });
  });
});
