import * as Y from 'yjs';
import {
  addAgendaItem,
  addAttendee,
  moveAgendaItem,
  removeAgendaItem,
  removeAttendee,
  setAttendance,
  setItemNotes,
  setMeetingField,
  updateAgendaItem,
} from '../../../../shared/meeting/meetingOps.ts';
import { endMeeting, extendTimer, goToItem, nextItem, pauseTimer, setItemDone, startMeeting, startTimer } from '../../../../shared/meeting/runOps.ts';
import { addCorrection, addDecision, moveDecision, removeDecision, updateDecision } from '../../../../shared/meeting/decisionOps.ts';
import { approve, setAdjusters, setMinutesField } from '../../../../shared/meeting/minutesOps.ts';
import { readAdjusters } from '../../../../shared/meeting/readMinutes.ts';
import { getAgenda, getAttendees, getDecisions, getItemNotes } from '../../../../shared/meeting/meetingDoc.ts';
import { ATTENDANCE, ITEM_KINDS } from '../../../../shared/meeting/meetingSchema.ts';
import { SchemaError } from '../../../../shared/schema/errors.ts';
import type { Rng } from '../../helpers/prng.ts';

const WORDS = ['beslut', 'FSG', 'åtgärd', ' ', 'ä', '\n', 'COSMIC'];
const BOARDS = ['hsf-atgarder', 'hsf-uppdrag', 'b3'];
/** Well under MEETING_LIMITS, so that concurrent adds never pass a cap (the server's gate would refuse the later one). */
const MAX_ITEMS = 30;
const MAX_ATTENDEES = 20;
const MAX_DECISIONS = 40;
/** The accounts that may be named justerare. */
const USERS = [
  { userId: 'u-anna', name: 'Anna' },
  { userId: 'u-bo', name: 'Bo' },
  { userId: 'u-cia', name: 'Cia' },
];

/** A decision's att-satser, which several people type in at once (MTG22). */
function typeDecision(doc: Y.Doc, decisionId: string, rng: Rng): false | void {
  const text = getDecisions(doc).get(decisionId)?.get('text');
  if (!(text instanceof Y.Text)) return false;
  if (text.length > 0 && rng.chance(0.3)) text.delete(rng.int(text.length), 1);
  else text.insert(rng.int(text.length + 1), rng.pick(WORDS));
}

/**
 * Runs one random operation on `doc` at the peer's server time `now`, as an editor or a
 * facilitator might. Refusals (SchemaError) are expected sometimes and must change nothing (the
 * caller checks); any other error is a bug and propagates. Returns the operation's name,
 * 'refused:<name>', or 'skipped:<name>' when the state gave it nothing to do.
 */
export function randomMeetingOp(doc: Y.Doc, rng: Rng, now: number, newId: () => string): string {
  const items = [...getAgenda(doc).keys()];
  const attendees = [...getAttendees(doc).keys()];
  const decisions = [...getDecisions(doc).keys()];
  const adjusters = readAdjusters(doc);
  const anyItem = () => (items.length > 0 && rng.chance(0.95) ? rng.pick(items) : 'missing');
  const anyDecision = () => (decisions.length > 0 && rng.chance(0.95) ? rng.pick(decisions) : 'missing');
  const ops: Record<string, () => unknown> = {
    addAgendaItem: () => {
      if (items.length >= MAX_ITEMS) return false;
      const after = items.length > 0 && rng.chance(0.6) ? { after: rng.pick(items) } : {};
      addAgendaItem(doc, { id: newId(), title: rng.pick(WORDS) + 'punkt', minutes: 1 + rng.int(30), kind: rng.pick(ITEM_KINDS), boards: rng.chance(0.3) ? [rng.pick(BOARDS)] : [] }, after);
    },
    updateAgendaItem: () =>
      updateAgendaItem(doc, anyItem(), rng.pick([{ minutes: rng.int(40) }, { kind: rng.pick(ITEM_KINDS) }, { presenter: rng.pick(['Anna', '', 'Bo']) }, { title: `${rng.pick(WORDS)}x` }, { cards: [{ board: rng.pick(BOARDS), card: 'k1' }] }])),
    moveAgendaItem: () => moveAgendaItem(doc, anyItem(), rng.int(items.length + 1)),
    removeAgendaItem: () => items.length > 2 && removeAgendaItem(doc, anyItem()),
    typeNotes: () => {
      const notes = getItemNotes(doc, anyItem());
      if (!notes) return false;
      if (notes.length > 0 && rng.chance(0.3)) notes.delete(rng.int(notes.length), 1);
      else notes.insert(rng.int(notes.length + 1), rng.pick(WORDS));
    },
    setItemNotes: () => setItemNotes(doc, anyItem(), rng.pick(WORDS) + rng.pick(WORDS)),
    addAttendee: () => attendees.length < MAX_ATTENDEES && addAttendee(doc, { id: newId(), name: rng.pick(['Anna', 'Bo', 'Cia']), attendance: rng.pick(ATTENDANCE) }),
    setAttendance: () => attendees.length > 0 && setAttendance(doc, rng.pick(attendees), rng.pick(ATTENDANCE)),
    removeAttendee: () => attendees.length > 0 && removeAttendee(doc, rng.pick(attendees)),
    setMeetingField: () => setMeetingField(doc, 'place', rng.pick(['Rum 1', 'Regionhuset', undefined])),
    startMeeting: () => startMeeting(doc, now),
    goToItem: () => goToItem(doc, anyItem(), now),
    nextItem: () => nextItem(doc, now),
    startTimer: () => startTimer(doc, now),
    pauseTimer: () => pauseTimer(doc, now),
    extendTimer: () => extendTimer(doc, 1 + rng.int(5)),
    setItemDone: () => setItemDone(doc, anyItem(), rng.chance(0.5)),
    endMeeting: () => rng.chance(0.08) && endMeeting(doc, now),
    addDecision: () => decisions.length < MAX_DECISIONS && addDecision(doc, anyItem(), { id: newId(), matter: rng.pick(WORDS) + 'ärende', responsible: rng.chance(0.3) ? ['Anna'] : [] }),
    updateDecision: () =>
      updateDecision(doc, anyDecision(), rng.pick([{ matter: `${rng.pick(WORDS)}x` }, { deadline: rng.pick(['2025-06-30', '']) }, { sendTo: [rng.pick(['HR', 'Ekonomi'])] }, { background: rng.pick(WORDS) }])),
    typeDecision: () => typeDecision(doc, anyDecision(), rng),
    moveDecision: () => moveDecision(doc, anyDecision(), rng.int(3), rng.chance(0.5) ? { itemId: anyItem() } : {}),
    removeDecision: () => removeDecision(doc, anyDecision()),
    setMinutesField: () => setMinutesField(doc, rng.pick(['chair', 'secretary'] as const), rng.pick(['Eva', 'Sam', ''])),
    setAdjusters: () => setAdjusters(doc, rng.shuffle([...USERS]).slice(0, 1 + rng.int(2))),
    approve: () => approve(doc, rng.pick(adjusters.length > 0 && rng.chance(0.9) ? adjusters : USERS).userId, new Date(now).toISOString()),
    addCorrection: () => addCorrection(doc, anyDecision(), `${rng.pick(WORDS)} rättat`),
  };
  const name = rng.pick(Object.keys(ops));
  try {
    return ops[name]!() === false ? `skipped:${name}` : name;
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    return `refused:${name}`;
  }
}
