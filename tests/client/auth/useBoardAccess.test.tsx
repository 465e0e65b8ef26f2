// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBoardAccess } from '../../../client/auth/useBoardAccess.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** The page's fetch as the server answers GET …/access, or as a browser without a network fails it. */
const serverSays = (body: unknown) => vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
const offline = () => vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));

describe('useBoardAccess (UPD3)', () => {
  it('[UPD3] unknown (null) until the server answers, and null for good when it never could', async () => {
    offline();
    const { result } = renderHook(() => useBoardAccess('b1'));
    expect(result.current).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(result.current).toBeNull();
  });

  it('[UPD3] an offline reload keeps the role the server last gave on that board, and only on that board', async () => {
    serverSays({ role: 'unitChief', scope: ['RUN'] });
    const first = renderHook(() => useBoardAccess('b1'));
    await waitFor(() => expect(first.result.current).toEqual({ role: 'unitChief', scope: ['RUN'] }));
    first.unmount();

    offline();
    expect(renderHook(() => useBoardAccess('b1')).result.current).toEqual({ role: 'unitChief', scope: ['RUN'] });
    expect(renderHook(() => useBoardAccess('b2')).result.current).toBeNull();
  });

  it('[UPD3] a changed role replaces the remembered one; a stored value that is not a role is ignored', async () => {
    localStorage.setItem('tavla.access.b1', JSON.stringify({ role: 'owner', scope: [] }));
    offline();
    expect(renderHook(() => useBoardAccess('b1')).result.current).toBeNull();
    serverSays({ role: 'viewer', scope: [] });
    const { result } = renderHook(() => useBoardAccess('b1'));
    await waitFor(() => expect(result.current).toEqual({ role: 'viewer', scope: [] }));
    offline();
    expect(renderHook(() => useBoardAccess('b1')).result.current).toEqual({ role: 'viewer', scope: [] });
  });
});
