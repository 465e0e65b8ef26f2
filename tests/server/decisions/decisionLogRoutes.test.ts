import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionLogEntry } from '../../../shared/decisions/boardDecisions.ts';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { appendAgenda, createMeetingAs, shareOf } from '../meetings/meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

const get = (path: string, token?: string) => fetch(`${fx.url}${path}`, token === undefined ? {} : { headers: authHeaders(token) });
const logOf = async (board: string, token: string): Promise<{ decisions: DecisionLogEntry[]; truncated: boolean }> => {
  const response = await get(`/api/boards/${board}/decisions`, token);
  if (response.status !== 200) throw new Error(`decisions: ${response.status} ${await response.text()}`);
  return (await response.json()) as { decisions: DecisionLogEntry[]; truncated: boolean };
};

/**
 * The board `board` (cards kir, ort) and another board; three meetings: April (HSF ledningsgrupp,
 * numbered: § 3 links kir, § 4 kir and ort, § 5 only the other board's card), June (HSN, not
 * numbered: two decisions linking ort) and March (no decisions). The viewer Vera reads the board and
 * the June meeting, not April's.
 */
const seeded = { board: '', other: '', april: '', june: '', vera: '' };

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
  it('[DLS1] the decisions linking the board’s cards, newest first: June’s unnumbered in reverse agenda order, then April’s by § descending; none of another board’s', async () => {
    const { decisions, truncated } = await logOf(seeded.board, fx.token);
    expect(truncated).toBe(false);
    expect(decisions.map((d) => [d.meetingId, d.decisionId, d.paragraph, d.cardIds])).toEqual([
      [seeded.june, 'j2', undefined, ['ort']],
      [seeded.june, 'j1', undefined, ['ort']],
      [seeded.april, 'a2', 4, ['kir', 'ort']],
      [seeded.april, 'a1', 3, ['kir']],
    ]);
    expect(decisions[2]).toEqual({
      meetingId: seeded.april,
      meetingTitle: 'HSF ledningsgrupp, april 2025',
      date: '2025-04-29',
      group: 'HSF ledningsgrupp',
      decisionId: 'a2',
      paragraph: 4,
      matter: 'Två åtgärder',
      text: 'att genomföra',
      cardIds: ['kir', 'ort'],
      meetingReadable: true,
    });
    expect((await logOf(seeded.other, fx.token)).decisions.map((d) => d.decisionId)).toEqual(['a3', 'a2']);
  });

  it('[DLS2] a reader who may not open a meeting gets its decisions without the link; a share link of the board opens none', async () => {
    const asVera = await logOf(seeded.board, seeded.vera);
    expect(asVera.decisions.map((d) => [d.decisionId, d.meetingReadable])).toEqual([
      ['j2', true],
      ['j1', true],
      ['a2', false],
      ['a1', false],
    ]);
    const link = await shareOf(fx, seeded.board);
    const asLink = await logOf(seeded.board, link.token);
    expect(asLink.decisions.map((d) => d.decisionId)).toEqual(['j2', 'j1', 'a2', 'a1']);
    expect(asLink.decisions.every((d) => !d.meetingReadable)).toBe(true);
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
