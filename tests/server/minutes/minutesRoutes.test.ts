import { describe, expect, it } from 'vitest';
import { authHeaders, createBoardAs } from '../../helpers/serverAuth.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { createMeetingAs, memberOf, shareOf } from '../meetings/meetingFixture.ts';
import { docxParagraphs } from './docxText.ts';
import { JUNE, writeJuneAfterCreation } from './minutesFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

const get = (path: string, token: string | null = fx.token) => fetch(`${fx.url}${path}`, { headers: token === null ? {} : authHeaders(token) });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function juneMeetingOnServer(): Promise<string> {
  const id = await createMeetingAs(fx.url, fx.token, { ...JUNE });
  await appendEdit(fx.storage, id, (doc) => writeJuneAfterCreation(doc, { approved: true }));
  return id;
}

describe('GET /api/meetings/:id/minutes.docx (MTS20)', () => {
  it('[MTS20] downloads the stored minutes as a .docx under their Swedish name, never cached', async () => {
    const id = await juneMeetingOnServer();
    const response = await get(`/api/meetings/${id}/minutes.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Protokoll Hälso- och sjukvårdsnämnden, juni 2025-06-18.docx')}`);
    expect(disposition).toContain('filename="Protokoll Halso- och sjukvardsnamnden, juni 2025-06-18.docx"');
    const paragraphs = docxParagraphs(new Uint8Array(await response.arrayBuffer()));
    expect(paragraphs).toContain('§ 12 Minska personalkostnaden');
    expect(paragraphs).toContain('§ 14 Rapport om vårdköer');
    expect(paragraphs).toContain('Justerare: Bo Ek, justerat 2025-06-20');
  });

  it('[MTS20][MTS7] a viewer and the meeting’s share link read it; a stranger gets 403, no session 401', async () => {
    const id = await juneMeetingOnServer();
    const viewer = await memberOf(fx, id, 'viewer');
    expect((await get(`/api/meetings/${id}/minutes.docx`, viewer)).status).toBe(200);
    const link = await shareOf(fx, id);
    expect((await get(`/api/meetings/${id}/minutes.docx`, link.token)).status).toBe(200);
    const stranger = await fx.user('främling', 'Fri Främling');
    expect((await get(`/api/meetings/${id}/minutes.docx`, stranger)).status).toBe(403);
    expect((await get(`/api/meetings/${id}/minutes.docx`, null)).status).toBe(401);
  });

  it('[MTS20] a board’s id is no meeting (404) and a bad id is 400, with no document made', async () => {
    const board = await createBoardAs(fx.url, fx.token);
    expect((await get(`/api/meetings/${board}/minutes.docx`)).status).toBe(404);
    expect((await get(`/api/meetings/${'x'.repeat(300)}/minutes.docx`)).status).toBe(400);
  });
});

describe('GET /api/meetings/:id/minutes/:decisionId/extract.docx (MTS21)', () => {
  it('[MTS21] a protokollsutdrag of § 12 to one of its recipients, named for both', async () => {
    const id = await juneMeetingOnServer();
    const response = await get(`/api/meetings/${id}/minutes/d1/extract.docx?to=${encodeURIComponent('HR-direktören')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('Protokollsutdrag § 12 Hälso- och sjukvårdsnämnden, juni 2025-06-18 till HR-direktören.docx'));
    const paragraphs = docxParagraphs(new Uint8Array(await response.arrayBuffer()));
    expect(paragraphs).toContain('Till: HR-direktören');
    expect(paragraphs).toContain('§ 12 Minska personalkostnaden');
    expect(paragraphs.join('\n')).not.toContain('§ 13');
  });

  it('[MTS21] a recipient not among Expedieras till is 400, an unknown decision 404', async () => {
    const id = await juneMeetingOnServer();
    const stranger = await get(`/api/meetings/${id}/minutes/d1/extract.docx?to=${encodeURIComponent('Någon annan')}`);
    expect(stranger.status).toBe(400);
    expect(((await stranger.json()) as { error: string }).error).toBe('invalid_body');
    expect((await get(`/api/meetings/${id}/minutes/nope/extract.docx`)).status).toBe(404);
  });
});
