import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { getDecisions, getMinutes } from '../../../shared/meeting/meetingDoc.ts';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import { setAdjusters } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { validateMeeting } from '../../../shared/meeting/validateMeeting.ts';
import { docFrom } from '../helpers/boards.ts';
import { makeMeeting, makeMeetingBase, threeItems } from './helpers/meetings.ts';

/** Three items, decisions d1 (§ 1) and d2 (§ 2), a justerare; then `change` written raw (no op checks it). */
function broken(change: (doc: Y.Doc) => void): Y.Doc {
  const doc = makeMeeting((d) => {
    threeItems(d);
    addDecision(d, 'i2', { id: 'd1', matter: 'Åtgärdsplan' });
    addDecision(d, 'i2', { id: 'd2', matter: 'Uppföljning' });
    numberParagraphs(d, 1);
    setAdjusters(d, [{ userId: 'u-anna', name: 'Anna' }]);
  });
  doc.transact(() => change(doc));
  return doc;
}

const d1 = (doc: Y.Doc): Y.Map<unknown> => getDecisions(doc).get('d1')!;
const codes = (doc: Y.Doc) => validateMeeting(doc).map((i) => `${i.code} ${i.path}`);

describe('validateMeeting: decisions and minutes', () => {
  it('[MTG22] accepts what the ops write', () => {
    expect(validateMeeting(broken(() => undefined))).toEqual([]);
  });

  it('[MTG22] refuses a bad value of each field, an unknown key, texts that are no plain Y.Text', () => {
    const bad: [string, unknown][] = [
      ['itemId', '__proto__'],
      ['order', ''],
      ['matter', ' '],
      ['cards', [{ board: 'b' }]],
      ['responsible', ['Anna', 'Anna']],
      ['deadline', '2025-13-01'],
      ['sendTo', Array.from({ length: MEETING_LIMITS.sendTo + 1 }, (_, i) => `R${i}`)],
      ['paragraph', 0],
      ['correctionOf', 7],
      ['votes', 3],
    ];
    for (const [field, value] of bad) expect(codes(broken((d) => d1(d).set(field, value))), field).toContain(`${field === 'votes' ? 'unknown_field' : 'invalid_value'} decisions.d1.${field}`);
    expect(codes(broken((d) => d1(d).set('text', 'plain string')))).toEqual(['invalid_value decisions.d1.text']);
    expect(codes(broken((d) => d1(d).set('background', new Y.XmlText())))).toEqual(['invalid_value decisions.d1.background']);
    expect(codes(broken((d) => getDecisions(d).set('d9', 'x' as never)))).toEqual(['invalid_value decisions.d9']);
  });

  it('[MTG8] refuses texts past their caps and more decisions than the cap', () => {
    expect(codes(broken((d) => (d1(d).get('text') as Y.Text).insert(0, 'x'.repeat(MEETING_LIMITS.decisionText + 1))))).toEqual(['over_limit decisions.d1.text']);
    expect(codes(broken((d) => (d1(d).get('background') as Y.Text).insert(0, 'x'.repeat(MEETING_LIMITS.background + 1))))).toEqual(['over_limit decisions.d1.background']);
    const many = broken((d) => {
      for (let i = 0; i < MEETING_LIMITS.decisions; i++) {
        const map = new Y.Map<unknown>();
        getDecisions(d).set(`x${i}`, map);
        for (const [k, v] of [['itemId', 'i1'], ['order', 'a0'], ['matter', 'M'], ['background', new Y.Text()], ['text', new Y.Text()]] as const) map.set(k, v);
      }
    });
    expect(codes(many)).toEqual(['over_limit decisions']);
  });

  it('[MTG24] [MTG29] refuses a paragraph given twice, a correction of nothing or of a correction, an item never in the agenda', () => {
    expect(codes(broken((d) => getDecisions(d).get('d2')!.set('paragraph', 1)))).toEqual(['invalid_value decisions.d2.paragraph']);
    expect(codes(broken((d) => d1(d).set('correctionOf', 'nope')))).toEqual(['unknown_item decisions.d1.correctionOf']);
    expect(
      codes(
        broken((d) => {
          getDecisions(d).get('d2')!.set('correctionOf', 'd1');
          d1(d).set('correctionOf', 'd2');
        }),
      ),
    ).toEqual(['unknown_item decisions.d1.correctionOf', 'unknown_item decisions.d2.correctionOf']);
    expect(codes(broken((d) => d1(d).set('itemId', 'never')))).toEqual(['unknown_item decisions.d1.itemId']);
  });

  it('[MTG7] a decision missing a required key is invalid once settled, allowed while an update is pending', () => {
    for (const key of ['itemId', 'order', 'matter', 'background', 'text']) expect(codes(broken((d) => d1(d).delete(key)))).toEqual([`invalid_value decisions.d1.${key}`]);
    // The decision's fields arrive in an update whose predecessor the peer has not got.
    const base = makeMeetingBase(threeItems);
    const writer = docFrom(base, 3);
    addDecision(writer, 'i1', { id: 'p', matter: 'M' });
    const first = Y.encodeStateAsUpdate(writer, Y.encodeStateVector(docFrom(base, 4)));
    const vector = Y.encodeStateVector(writer);
    getDecisions(writer).get('p')!.set('deadline', '2025-05-01');
    const second = Y.encodeStateAsUpdate(writer, vector);
    const peer = docFrom(base, 5);
    Y.applyUpdate(peer, second);
    expect(validateMeeting(peer)).toEqual([]);
    Y.applyUpdate(peer, first);
    expect(validateMeeting(peer)).toEqual([]);
  });

  it('[MTG26] [MTG27] refuses a bad minutes value, an unknown key, approvals that are no map or hold no ISO time', () => {
    expect(codes(broken((d) => getMinutes(d).set('status', 'final')))).toEqual(['invalid_value minutes.status']);
    expect(codes(broken((d) => getMinutes(d).set('chair', 3)))).toEqual(['invalid_value minutes.chair']);
    expect(codes(broken((d) => getMinutes(d).set('adjusters', [{ userId: 'u1' }])))).toEqual(['invalid_value minutes.adjusters']);
    expect(codes(broken((d) => getMinutes(d).set('seal', true)))).toEqual(['unknown_field minutes.seal']);
    expect(codes(broken((d) => getMinutes(d).set('approvals', { 'u-anna': 'x' })))).toEqual(['invalid_value minutes.approvals']);
    expect(codes(broken((d) => (getMinutes(d).get('approvals') as Y.Map<unknown>).set('u-anna', 'igår')))).toEqual(['invalid_value minutes.approvals.u-anna']);
    expect(codes(broken((d) => (getMinutes(d).get('approvals') as Y.Map<unknown>).set('__proto__', '2025-04-16T08:00:00.000Z')))).toEqual(['invalid_value minutes.approvals.__proto__']);
  });
});
