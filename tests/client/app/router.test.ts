import { describe, expect, it } from 'vitest';
import { boardPath, membersPath, parseRoute, USERS_PATH } from '../../../client/components/app/router.ts';

describe('routes', () => {
  it('maps / to the start page and /b/:id to a board', () => {
    expect(parseRoute('/')).toEqual({ page: 'start' });
    expect(parseRoute('/b/hsf-atgarder')).toEqual({ page: 'board', boardId: 'hsf-atgarder' });
    expect(parseRoute('/b/abc_DEF-123/')).toEqual({ page: 'board', boardId: 'abc_DEF-123' });
  });

  it('finds nothing for other paths and for ids no board can have', () => {
    expect(parseRoute('/x')).toEqual({ page: 'notFound' });
    expect(parseRoute('/b/')).toEqual({ page: 'notFound' });
    expect(parseRoute('/b/a%20b')).toEqual({ page: 'notFound' });
    expect(parseRoute('/b/a/b')).toEqual({ page: 'notFound' });
  });

  it('maps /users to the accounts and /b/:id/members to a board’s members', () => {
    expect(parseRoute('/users')).toEqual({ page: 'users' });
    expect(parseRoute('/b/hsf-atgarder/members')).toEqual({ page: 'members', boardId: 'hsf-atgarder' });
    expect(parseRoute('/b/a%20b/members')).toEqual({ page: 'notFound' });
    expect(parseRoute('/b/x/others')).toEqual({ page: 'notFound' });
  });

  it('builds the path it parses', () => {
    expect(parseRoute(boardPath('q1w2e3'))).toEqual({ page: 'board', boardId: 'q1w2e3' });
    expect(parseRoute(membersPath('q1w2e3'))).toEqual({ page: 'members', boardId: 'q1w2e3' });
    expect(parseRoute(USERS_PATH)).toEqual({ page: 'users' });
  });
});
