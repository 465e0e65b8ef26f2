import { describe, expect, it } from 'vitest';
import { numberNow as numberPage } from '../../../client/meeting/numberNow.ts';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { approve, setAdjusters } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { appendEdit, handMadeUpdate } from '../../helpers/serverAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { memberOf, shareOf } from './meetingFixture.ts';
import { appendDecisions, meetingOf, numberNow, storedParagraphs as stored } from './numberingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 256 * 1024 });

const meeting = (group: string | undefined, date = '2025-04-15') => meetingOf(fx.url, fx.token, fx.storage, group, date);

const storedParagraphs = (id: string) => stored(fx.storage, id);

describe('POST /api/meetings/:id/numbering (MTS18)', () => {
  it('[MTS18][MTS16] the admin numbers the decisions in agenda order and gets the numbers given; asked again, nothing new and the counter unchanged', async () => {
    const id = await meeting('Route idempotent');
    await appendDecisions(fx.storage, id, ['i3:Beredskap', 'i1:COSMIC', 'i1:Budget']);
    const first = await numberNow(fx.url, fx.token, id);
    expect(first.status).toBe(200);
    expect(first.body.numbered!.map((n) => n.paragraph)).toEqual([1, 2, 3]);
    expect(await storedParagraphs(id)).toEqual({ COSMIC: 1, Budget: 2, Beredskap: 3 });
    const again = await numberNow(fx.url, fx.token, id);
    expect(again).toEqual({ status: 200, body: { numbered: [] } });
    expect(await fx.storage.lastParagraph({ series: 'group:Route idempotent', year: 2025 })).toBe(3);
  });

  it('[MTS18] the meeting’s own facilitator may number; an editor, a viewer and a share link are 403 and nothing is numbered', async () => {
    const id = await meeting('Route roles');
    await appendDecisions(fx.storage, id, ['i1:COSMIC']);
    for (const role of ['editor', 'viewer'] as const) expect((await numberNow(fx.url, await memberOf(fx, id, role), id)).status).toBe(403);
    expect((await numberNow(fx.url, (await shareOf(fx, id)).token, id)).status).toBe(403);
    expect(await storedParagraphs(id)).toEqual({ COSMIC: undefined });
    const facilitator = await memberOf(fx, id, 'facilitator');
    expect((await numberNow(fx.url, facilitator, id)).body.numbered?.length).toBe(1);
  });

  it('[MTS18] an unknown meeting and a board’s id are 404, a bad id 400, no login 401', async () => {
    expect((await numberNow(fx.url, fx.token, 'ingetmote0000')).status).toBe(404);
    expect((await numberNow(fx.url, fx.token, await fx.createBoard())).status).toBe(404);
    expect((await numberNow(fx.url, fx.token, 'bad id!')).status).toBe(400);
    const id = await meeting('Route login');
    expect((await fetch(`${fx.url}/api/meetings/${id}/numbering`, { method: 'POST' })).status).toBe(401);
  });

  it('[MTS18][MTG28] approved minutes get nothing numbered, even a decision merged in unnumbered with the last approval', async () => {
    const id = await meeting('Route locked');
    await appendDecisions(fx.storage, id, ['i1:COSMIC'], { ended: true });
    const me = (await (await fetch(`${fx.url}/api/auth/me`, { headers: fx.headers })).json()) as { user: { id: string } };
    await appendEdit(fx.storage, id, (doc) => {
      numberParagraphs(doc, 1);
      setAdjusters(doc, [{ userId: me.user.id, name: 'Admin' }]);
    });
    // Added in a browser that had not yet seen the approval: both merge, the decision unnumbered.
    const added = await handMadeUpdate(fx.storage, id, (doc) => void addDecision(doc, 'i2', { matter: 'Sent tillagd' }));
    await appendEdit(fx.storage, id, (doc) => approve(doc, me.user.id, new Date().toISOString()));
    await fx.storage.appendUpdate(id, added);
    expect(await numberNow(fx.url, fx.token, id)).toEqual({ status: 200, body: { numbered: [] } });
    expect(await storedParagraphs(id)).toEqual({ COSMIC: 1, 'Sent tillagd': undefined });
  });

  it('[MTS16][MTS17] two meetings of one group numbered at the same moment, both drafted from the same last number: one series, no duplicate, no gap', async () => {
    const [a, b] = [await meeting('Route race', '2025-04-15'), await meeting('Route race', '2025-06-18')];
    await appendDecisions(fx.storage, a, ['i1:A1', 'i2:A2', 'i3:A3']);
    await appendDecisions(fx.storage, b, ['i1:B1', 'i2:B2']);
    // Both rooms read the series at 0 and wait at the append: the one stored second must number again.
    const release = fx.storage.hold('appendUpdate');
    const asked = [numberNow(fx.url, fx.token, a), numberNow(fx.url, fx.token, b)];
    await waitFor(() => fx.storage.waiting.get('appendUpdate') === 2, 'both numberings to wait at the append');
    release();
    const [na, nb] = (await Promise.all(asked)).map((answer) => answer.body.numbered!.map((n) => n.paragraph));
    expect([...na!, ...nb!].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5]);
    expect(na).toEqual(na![0] === 1 ? [1, 2, 3] : [3, 4, 5]);
    expect(await fx.storage.lastParagraph({ series: 'group:Route race', year: 2025 })).toBe(5);
    expect(Object.values({ ...(await storedParagraphs(a)), ...(await storedParagraphs(b)) }).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('[MTS16] another year, another group and a meeting without a group each start at § 1; the group’s next meeting goes on', async () => {
    const first = await meeting('Route series', '2025-03-01');
    await appendDecisions(fx.storage, first, ['i1:Ett', 'i2:Två']);
    await numberNow(fx.url, fx.token, first);
    const paragraphsOf = async (id: string) => (await numberNow(fx.url, fx.token, id)).body.numbered!.map((n) => n.paragraph);
    const cases: [string | undefined, string, number[]][] = [
      ['Route series', '2026-03-01', [1]],
      ['Route series other', '2025-03-01', [1]],
      [undefined, '2025-03-01', [1, 2]],
      [undefined, '2025-03-01', [1, 2]],
      ['Route series', '2025-09-01', [3, 4]],
    ];
    for (const [group, date, expected] of cases) {
      const id = await meeting(group, date);
      await appendDecisions(fx.storage, id, expected.map((n) => `i1:Beslut ${n}`));
      expect(await paragraphsOf(id), `${group ?? 'no group'} ${date}`).toEqual(expected);
    }
  });
});

describe('the page’s numberNow (MTS18)', () => {
  /** Runs `ask` with the browser's fetch carrying `token`'s session, as the page's cookie would. */
  async function asBrowser<T>(token: string, ask: () => Promise<T>): Promise<T> {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => realFetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${token}` } });
    try {
      return await ask();
    } finally {
      globalThis.fetch = realFetch;
    }
  }

  it('[MTS18] numberNow answers the numbers given, [] when nothing is new, and throws the server’s code for an editor', async () => {
    const id = await meeting('Klient numrerar');
    await appendDecisions(fx.storage, id, ['i1:COSMIC', 'i2:Budget']);
    expect((await asBrowser(fx.token, () => numberPage(id, fx.url))).map((n) => n.paragraph)).toEqual([1, 2]);
    expect(await asBrowser(fx.token, () => numberPage(id, fx.url))).toEqual([]);
    await expect(asBrowser(await memberOf(fx, id, 'editor'), () => numberPage(id, fx.url))).rejects.toThrow('forbidden');
  });
});
