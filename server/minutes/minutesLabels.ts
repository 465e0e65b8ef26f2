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

/** An ISO time as the calendar date in Sweden (`YYYY-MM-DD`): an approval at 00:30 Swedish time is that day's, not the day before in UTC. */
export function swedishDate(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(time);
}

/** Epoch ms as the time of day in Sweden (`HH:MM`). */
export function swedishTime(ms: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}
