import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../client/components/app/router.ts';

describe('the projector’s route', () => {
  it('[FOL5] maps /m/:id/present to the projector of that meeting, and an id no meeting can have to not found', () => {
    expect(parseRoute('/m/hsf-lg-2025-04/present')).toEqual({ page: 'present', meetingId: 'hsf-lg-2025-04' });
    expect(parseRoute('/m/hsf-lg-2025-04/present/')).toEqual({ page: 'present', meetingId: 'hsf-lg-2025-04' });
    expect(parseRoute('/m/a%20b/present')).toEqual({ page: 'notFound' });
    expect(parseRoute('/m/__proto__/present')).toEqual({ page: 'notFound' });
    expect(parseRoute('/m/x/present/more')).toEqual({ page: 'notFound' });
  });
});
