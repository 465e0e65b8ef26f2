import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { extractDocument, extractable, minutesDocument, packDocx } from '../../../server/minutes/minutesDocx.ts';
import { docxParagraphs, docxPart } from './docxText.ts';
import { juneMeeting } from './minutesFixture.ts';

const minutesOf = async (options: { approved?: boolean; corrected?: boolean } = {}) => docxParagraphs(await packDocx(minutesDocument(readMeeting(juneMeeting(options)))));

describe('the minutes as DOCX (MTS20)', () => {
  it('[MTS20] opens with the body, the kind, the meeting, its date, time from start to end in Swedish time, and place', async () => {
    const paragraphs = await minutesOf();
    expect(paragraphs.slice(0, 7)).toEqual(['HSN', 'Protokoll', 'Utkast, ej justerat', 'Hälso- och sjukvårdsnämnden, juni', 'Datum: 2025-06-18', 'Tid: 09:00–11:42', 'Plats: Regionens hus, sal 3']);
  });

  it('[MTS20][MTG26] names who was in the room, remote and absent, the chair, the secretary and the justerare', async () => {
    const paragraphs = await minutesOf();
    for (const expected of ['Närvarande i rummet: Anna Sundén', 'På distans: Bo Ek', 'Frånvarande: Cecilia Holm', 'Ordförande: Anna Sundén', 'Sekreterare: Per Lind', 'Justerare: Bo Ek, Eva Nord']) {
      expect(paragraphs).toContain(expected);
    }
  });

  it('[MTS20][MTG24] gives per agenda item its notes, one paragraph per line, then its paragraphs in order with their decisions', async () => {
    const paragraphs = await minutesOf();
    const from = paragraphs.indexOf('1. Åtgärder i ekonomi i balans');
    expect(paragraphs.slice(from, from + 17)).toEqual([
      '1. Åtgärder i ekonomi i balans',
      'Genomgång av åtgärderna.',
      'Summa 157 000 tkr.',
      '§ 12 Minska personalkostnaden',
      'Bakgrund',
      'Underskott 2025.',
      'Beslut',
      'att godkänna åtgärden',
      'att återrapportera i augusti',
      'Ansvarig: Anna Sundén',
      'Senast: 2025-08-31',
      'Expedieras till: HR-direktören, Ekonomidirektören',
      '§ 13 Översyn av hyror',
      'Beslut',
      'att utreda',
      '2. Fullmäktigeuppdragen',
      '§ 14 Rapport om vårdköer',
    ]);
  });

  it('[MTS20][MTG27] approved minutes drop "Utkast" and give each justerare the Swedish day of the approval (22:30 UTC is the next day in Sweden)', async () => {
    const draft = await minutesOf();
    expect(draft).toContain('Justerare: Bo Ek, ej justerat');
    const approved = await minutesOf({ approved: true });
    expect(approved).not.toContain('Utkast, ej justerat');
    const justering = approved.indexOf('Justering');
    expect(approved.slice(justering, justering + 5)).toEqual(['Justering', 'Ordförande: Anna Sundén', 'Sekreterare: Per Lind', 'Justerare: Bo Ek, justerat 2025-06-20', 'Justerare: Eva Nord, justerat 2025-06-20']);
  });

  it('[MTS20] ends with the paper form’s signatures: Vid protokollet the secretary, Justeras the chair and each justerare', async () => {
    const paragraphs = await minutesOf({ approved: true });
    const line = '______________________________';
    expect(paragraphs.slice(paragraphs.indexOf('Vid protokollet'))).toEqual([
      'Vid protokollet', line, 'Per Lind, sekreterare',
      'Justeras', line, 'Anna Sundén, ordförande', line, 'Bo Ek, justerare', line, 'Eva Nord, justerare',
    ]);
  });

  it('[MTS20][MTG29] a Rättelse follows in its item, refers to the paragraph and leaves the decision as it was', async () => {
    const paragraphs = await minutesOf({ approved: true, corrected: true });
    expect(paragraphs).toContain('att återrapportera i augusti');
    const at = paragraphs.indexOf('Rättelse till § 12 Minska personalkostnaden');
    expect(at).toBeGreaterThan(paragraphs.indexOf('§ 13 Översyn av hyror'));
    expect(paragraphs[at + 1]).toBe('att återrapportera i september');
    expect(at).toBeLessThan(paragraphs.indexOf('2. Fullmäktigeuppdragen'));
  });

  it('[MTS20] a meeting with no planned start gives the time it started', async () => {
    const snapshot = readMeeting(juneMeeting());
    const { startTime: _planned, ...meta } = snapshot.meta;
    expect(docxParagraphs(await packDocx(minutesDocument({ ...snapshot, meta })))).toContain('Tid: 09:00–11:42');
  });

  it('[MTS20] numbers every page in the footer: Sida {PAGE} av {NUMPAGES}', async () => {
    const bytes = await packDocx(minutesDocument(readMeeting(juneMeeting())));
    const footerName = Object.keys(unzipSync(bytes)).find((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footerName).toBeDefined();
    const footer = docxPart(bytes, footerName!);
    expect(footer).toContain('Sida ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('[MTS20] text that looks like XML stays text in the document', async () => {
    const doc = juneMeeting();
    const snapshot = readMeeting(doc);
    const hostile = { ...snapshot, meta: { ...snapshot.meta, title: '<w:p>&amp; "x"</w:p>' } };
    expect(docxParagraphs(await packDocx(minutesDocument(hostile)))).toContain('<w:p>&amp; "x"</w:p>');
  });
});

describe('a protokollsutdrag as DOCX (MTS21)', () => {
  it('[MTS21] holds the heading, the recipient, the one paragraph and the justering, no other paragraph', async () => {
    const snapshot = readMeeting(juneMeeting({ approved: true }));
    const paragraphs = docxParagraphs(await packDocx(extractDocument(snapshot, extractable(snapshot, 'd1')!, 'HR-direktören')));
    expect(paragraphs.slice(0, 2)).toEqual(['HSN', 'Protokollsutdrag']);
    expect(paragraphs).toContain('Till: HR-direktören');
    expect(paragraphs).toContain('§ 12 Minska personalkostnaden');
    expect(paragraphs).toContain('att godkänna åtgärden');
    expect(paragraphs.join('\n')).not.toMatch(/§ 13|§ 14|Genomgång/);
    expect(paragraphs.slice(paragraphs.indexOf('Justering'))).toContain('Justerare: Eva Nord, justerat 2025-06-20');
    expect(paragraphs.slice(-3)).toEqual(['Rätt utdraget intygar', '______________________________', 'Per Lind, sekreterare']);
  });

  it('[MTS21] an extract of draft minutes says so under its heading', async () => {
    const snapshot = readMeeting(juneMeeting());
    const paragraphs = docxParagraphs(await packDocx(extractDocument(snapshot, extractable(snapshot, 'd1')!)));
    expect(paragraphs.slice(0, 3)).toEqual(['HSN', 'Protokollsutdrag', 'Utkast, ej justerat']);
  });

  it('[MTS21][MTG29] carries the paragraph’s Rättelse; a correction itself makes no extract', async () => {
    const snapshot = readMeeting(juneMeeting({ approved: true, corrected: true }));
    const paragraphs = docxParagraphs(await packDocx(extractDocument(snapshot, extractable(snapshot, 'd1')!)));
    expect(paragraphs).toContain('Rättelse till § 12 Minska personalkostnaden');
    const correction = snapshot.decisions.byItem['i1']!.find((d) => d.correctionOf === 'd1')!;
    expect(extractable(snapshot, correction.id)).toBeUndefined();
    expect(extractable(snapshot, 'nope')).toBeUndefined();
  });
});
