import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionLogEntry } from '../../../shared/decisions/boardDecisions.ts';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { approve, setAdjusters } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import { createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { appendEdit, useAttackers } from '../../helpers/serverAttacker.ts';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { appendAgenda, createMeetingAs, sendEdit, shareOf } from '../meetings/meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const attack = useAttackers(fx);

const get = (path: string, token?: string) => fetch(`${fx.url}${path}`, token === undefined ? {} : { headers: authHeaders(token) });
const logOf = async (board: string, token: string): Promise<{ decisions: DecisionLogEntry[]; truncated: boolean }> => {
  const response = await get(`/api/boards/${board}/decisions`, token);
  if (response.status !== 200) throw new Error(`decisions: ${response.status} ${await response.text()}`);
  return (await response.json()) as { decisions: DecisionLogEntry[]; truncated: boolean };
};

/**
 * The board `board` (cards kir, ort) and another board; four meetings: April (HSF ledningsgrupp,
 * numbered, a draft: § 3 links kir, § 4 kir and ort, § 5 only the other board's card), May
 * (approved: § 1 links nothing, yet ort names it), June (HSN, not numbered: two decisions linking
 * ort) and March (no decisions). Card kir names April's § 3 (decisionRef, DEC1). The viewer Vera
 * reads the board and the June meeting, not April's or May's.
 */
const seeded = { board: '', other: '', april: '', may: '', june: '', vera: '' };

beforeAll(async () => {
  seeded.board = await fx.createBoard('Åtgärder', 'measures');
  seeded.other = await fx.createBoard('Annan', 'measures');
  for (const [board, ids] of [[seeded.board, ['kir', 'ort']], [seeded.other, ['annan']]] as const) {
    await appendEdit(fx.storage, board, (doc) => ids.forEach((id) => createCard(doc, { id, column: readColumns(doc)[0]!.id, title: id })));
  }
  const link = (card: string, board = seeded.board) => ({ board, card });
  seeded.april = await createMeetingAs(fx.url, fx.token, { title: 'HSF ledningsgrupp, april 2025', date: '2025-04-29', group: 'HSF ledningsgrupp' });
  await appendAgenda(fx.storage, seeded.april);
  await appendEdit(fx.storage, seeded.april, (doc) => {
    addDecision(doc, 'i2', { id: 'a1', matter: 'Akutvårdsplatser', text: 'att föreslå HSN', cards: [link('kir')] });
    addDecision(doc, 'i2', { id: 'a2', matter: 'Två åtgärder', text: 'att genomföra', cards: [link('kir'), link('ort'), link('annan', seeded.other)] });
    addDecision(doc, 'i3', { id: 'a3', matter: 'Annan tavla', text: 'att avvakta', cards: [link('annan', seeded.other)] });
    numberParagraphs(doc, 3);
  });
  seeded.may = await createMeetingAs(fx.url, fx.token, { title: 'HSF ledningsgrupp, maj 2025', date: '2025-05-20', group: 'HSF ledningsgrupp' });
  await appendAgenda(fx.storage, seeded.may);
  await appendEdit(fx.storage, seeded.may, (doc) => {
    addDecision(doc, 'i1', { id: 'm1', matter: 'Justerat ärende', text: 'att fastställa' });
    startMeeting(doc, Date.now());
    endMeeting(doc, Date.now());
    numberParagraphs(doc, 1);
    setAdjusters(doc, [{ userId: 'justerare', name: 'Jan Justerare' }]);
    approve(doc, 'justerare', new Date().toISOString());
  });
  const ref = (meeting: string, decision: string, date: string) => ({ meeting, decision, body: 'HSF', date });
  await appendEdit(fx.storage, seeded.board, (doc) => {
    updateCardField(doc, 'kir', 'decisionRef', ref(seeded.april, 'a1', '2025-04-29'));
    updateCardField(doc, 'ort', 'decisionRef', ref(seeded.may, 'm1', '2025-05-20'));
  });
  seeded.june = await createMeetingAs(fx.url, fx.token, { title: 'HSN juni', date: '2025-06-18', group: 'HSN' });
  await appendAgenda(fx.storage, seeded.june);
  await appendEdit(fx.storage, seeded.june, (doc) => {
    addDecision(doc, 'i1', { id: 'j1', matter: 'Först på dagordningen', text: 'att besluta', cards: [link('ort')] });
    addDecision(doc, 'i3', { id: 'j2', matter: 'Sist på dagordningen', text: 'att också besluta', cards: [link('ort')] });
  });
  await createMeetingAs(fx.url, fx.token, { title: 'Mars', date: '2025-03-01' });
  seeded.vera = await fx.user('vera', 'Vera Visare');
  await setMember(fx.url, fx.token, seeded.board, 'vera', 'viewer');
  await setMember(fx.url, fx.token, seeded.june, 'vera', 'viewer');
});

describe('GET /api/boards/:id/decisions (DLS1-DLS3)', () => {
  it('[DLS1][DLS4] the decisions linking or named by the board’s cards, newest first: June’s unnumbered in reverse agenda order, May’s, then April’s by § descending; none of another board’s', async () => {
    const { decisions, truncated } = await logOf(seeded.board, fx.token);
    expect(truncated).toBe(false);
    expect(decisions.map((d) => [d.meetingId, d.decisionId, d.paragraph, d.cardIds])).toEqual([
      [seeded.june, 'j2', undefined, ['ort']],
      [seeded.june, 'j1', undefined, ['ort']],
      [seeded.may, 'm1', 1, ['ort']],
      [seeded.april, 'a2', 4, ['kir', 'ort']],
      [seeded.april, 'a1', 3, ['kir']],
    ]);
    expect(decisions[3]).toEqual({
      meetingId: seeded.april,
      meetingTitle: 'HSF ledningsgrupp, april 2025',
      date: '2025-04-29',
      group: 'HSF ledningsgrupp',
      decisionId: 'a2',
      paragraph: 4,
      matter: 'Två åtgärder',
      text: 'att genomföra',
      minutesApproved: false,
      cardIds: ['kir', 'ort'],
      meetingReadable: true,
    });
    expect((await logOf(seeded.other, fx.token)).decisions.map((d) => d.decisionId)).toEqual(['a3', 'a2']);
  });

  it('[DLS2][DLS4] a reader who may not open a meeting gets only the decisions a card names, without the link, and their words once approved', async () => {
    const asVera = await logOf(seeded.board, seeded.vera);
    expect(asVera.decisions.map((d) => [d.decisionId, d.meetingReadable, d.cardIds, d.matter, d.text])).toEqual([
      ['j2', true, ['ort'], 'Sist på dagordningen', 'att också besluta'],
      ['j1', true, ['ort'], 'Först på dagordningen', 'att besluta'],
      ['m1', false, ['ort'], 'Justerat ärende', 'att fastställa'],
      // April's minutes are a draft: § and heading, not its words; § 4 only links, so it is not listed.
      ['a1', false, ['kir'], undefined, undefined],
    ]);
    expect(asVera.decisions.at(-1)).toMatchObject({ paragraph: 3, minutesApproved: false, meetingTitle: 'HSF ledningsgrupp, april 2025' });
    const link = await shareOf(fx, seeded.board);
    const asLink = await logOf(seeded.board, link.token);
    expect(asLink.decisions.map((d) => [d.decisionId, d.meetingReadable, d.matter])).toEqual([
      ['m1', false, 'Justerat ärende'],
      ['a1', false, undefined],
    ]);
  });

  it('[DLS4][MTS12] a creator’s own meeting linking the board’s card over /sync plants nothing in the log of the board’s viewer or share link', async () => {
    const username = 'mallory';
    await fx.server.auth.addUser({ username, password: `${username}-lösen`, displayName: 'Mallory', siteRole: 'creator' });
    const mallory = (await fx.server.auth.login(username, `${username}-lösen`)).token;
    const planted = await createMeetingAs(fx.url, mallory, { title: 'Mallorys möte', date: '2025-12-24' });
    await appendAgenda(fx.storage, planted);
    const attacker = await attack(planted, mallory);
    await sendEdit(fx.storage, attacker, planted, (doc) =>
      addDecision(doc, 'i1', { id: 'p1', matter: 'Planterat', text: 'att lägga ned kirurgin', cards: [{ board: seeded.board, card: 'kir' }] }),
    );
    expect([attacker.closed, attacker.denied]).toEqual([undefined, []]);
    // Her meeting holds it, and she and the admin, who may open it, see it concern the card.
    expect((await logOf(seeded.board, fx.token)).decisions[0]).toMatchObject({ meetingId: planted, decisionId: 'p1', matter: 'Planterat' });
    const link = await shareOf(fx, seeded.board);
    for (const reader of [seeded.vera, link.token]) {
      const log = await logOf(seeded.board, reader);
      expect(log.decisions.some((d) => d.meetingId === planted)).toBe(false);
      expect(JSON.stringify(log)).not.toContain('kirurgin');
    }
  });

  it('[DLS2] the board’s readers only: a stranger 403, no login 401, an unknown board 404, a meeting’s id 404', async () => {
    const stranger = await fx.user('framling', 'Främling');
    expect((await get(`/api/boards/${seeded.board}/decisions`, stranger)).status).toBe(403);
    expect((await get(`/api/boards/${seeded.board}/decisions`)).status).toBe(401);
    expect((await get(`/api/boards/nosuchboard/decisions`, fx.token)).status).toBe(404);
    const asMeeting = await get(`/api/boards/${seeded.april}/decisions`, fx.token);
    expect([asMeeting.status, ((await asMeeting.json()) as { error: string }).error]).toEqual([404, 'unknown_board']);
  });
});
