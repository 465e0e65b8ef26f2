/**
 * The Swedish words of the minutes (MTS20): the protokoll is a Swedish document in its form, whatever
 * the reader's language, so its words live here and not in the client's catalogue, which the server
 * does not import (STYLE.md's layers).
 */
export const MINUTES_LABELS = {
  minutes: 'Protokoll',
  extract: 'Protokollsutdrag',
  draft: 'Utkast, ej justerat',
  date: 'Datum',
  time: 'Tid',
  place: 'Plats',
  room: 'Närvarande i rummet',
  remote: 'På distans',
  absent: 'Frånvarande',
  chair: 'Ordförande',
  secretary: 'Sekreterare',
  adjusters: 'Justerare',
  adjuster: 'Justerare',
  recordedBy: 'Vid protokollet',
  adjusted: 'Justeras',
  certified: 'Rätt utdraget intygar',
  signatureLine: '______________________________',
  background: 'Bakgrund',
  decision: 'Beslut',
  responsible: 'Ansvarig',
  deadline: 'Senast',
  sendTo: 'Expedieras till',
  to: 'Till',
  correction: 'Rättelse till',
  otherDecisions: 'Övriga beslut',
  adjustment: 'Justering',
  approvedOn: 'justerat',
  notApproved: 'ej justerat',
  page: 'Sida',
  of: 'av',
  none: '–',
} as const;
