import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Decision, MeetingSnapshot } from '../../shared/meeting/readMeeting.ts';
import type { Attendance } from '../../shared/meeting/meetingSchema.ts';
import { meetingTime, swedishDate } from '../../shared/meeting/meetingTime.ts';
import { MINUTES_LABELS as L } from './minutesLabels.ts';

/** Every decision of the minutes in their order: per agenda item, then those whose item is gone (MTG23). */
export function allDecisions(snapshot: MeetingSnapshot): Decision[] {
  return [...snapshot.agenda.flatMap((item) => snapshot.decisions.byItem[item.id] ?? []), ...snapshot.decisions.unplaced];
}

/** The decision `id` is if it is one a protokollsutdrag is made of (numbered or not, never a correction), else undefined. */
export function extractable(snapshot: MeetingSnapshot, id: string): Decision | undefined {
  return allDecisions(snapshot).find((decision) => decision.id === id && decision.correctionOf === undefined);
}

const line = (text: string, options: { bold?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, bold: options.bold ?? false })] });
const labelled = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });
const names = (list: readonly string[]) => (list.length === 0 ? L.none : list.join(', '));
/** A multi-line text as one paragraph per non-blank line: Word has no newlines inside a run. */
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '').map((l) => line(l));

/** "§ 12": a decision not yet numbered prints as "§ –" (a draft before MTG25's numbering). */
const paragraphMark = (paragraph: number | undefined) => `§ ${paragraph ?? L.none}`;

/** The heading both documents open with: body, kind of document, meeting, date, time, place. */
function header(snapshot: MeetingSnapshot, kind: string): Paragraph[] {
  const { meta } = snapshot;
  const time = meetingTime(snapshot);
  return [
    ...(meta.group ? [line(meta.group, { bold: true })] : []),
    heading(kind, HeadingLevel.TITLE),
    ...(snapshot.minutes.status === 'draft' ? [line(L.draft)] : []),
    heading(meta.title, HeadingLevel.HEADING_1),
    labelled(L.date, meta.date),
    ...(time ? [labelled(L.time, time)] : []),
    ...(meta.place ? [labelled(L.place, meta.place)] : []),
  ];
}

/** Who was there and who runs the minutes (MTG26). */
function attendance(snapshot: MeetingSnapshot): Paragraph[] {
  const present = (attendance: Attendance) => names(snapshot.attendees.filter((a) => a.attendance === attendance).map((a) => a.name));
  const { minutes } = snapshot;
  return [
    labelled(L.room, present('room')),
    labelled(L.remote, present('remote')),
    labelled(L.absent, present('absent')),
    labelled(L.chair, minutes.chair ?? L.none),
    labelled(L.secretary, minutes.secretary ?? L.none),
    labelled(L.adjusters, names(minutes.adjusters.map((a) => a.name))),
  ];
}

/** One decision as its paragraph (MTG22), or a correction as "Rättelse till § N" (MTG29). */
function decisionSection(decision: Decision, paragraphOf: ReadonlyMap<string, number | undefined>): Paragraph[] {
  if (decision.correctionOf !== undefined) {
    return [heading(`${L.correction} ${paragraphMark(paragraphOf.get(decision.correctionOf))} ${decision.matter}`, HeadingLevel.HEADING_3), ...lines(decision.text)];
  }
  return [
    heading(`${paragraphMark(decision.paragraph)} ${decision.matter}`, HeadingLevel.HEADING_3),
    ...(decision.background.trim() ? [line(L.background, { bold: true }), ...lines(decision.background)] : []),
    ...(decision.text.trim() ? [line(L.decision, { bold: true }), ...lines(decision.text)] : []),
    ...(decision.responsible.length > 0 ? [labelled(L.responsible, names(decision.responsible))] : []),
    ...(decision.deadline ? [labelled(L.deadline, decision.deadline)] : []),
    ...(decision.sendTo.length > 0 ? [labelled(L.sendTo, names(decision.sendTo))] : []),
  ];
}

/** The justering: chair and secretary, and each justerare with the day of the approval or that it is missing (MTG27). */
function adjustment(snapshot: MeetingSnapshot): Paragraph[] {
  const { minutes } = snapshot;
  return [
    heading(L.adjustment, HeadingLevel.HEADING_2),
    labelled(L.chair, minutes.chair ?? L.none),
    labelled(L.secretary, minutes.secretary ?? L.none),
    ...minutes.adjusters.map(({ userId, name }) => {
      const at = minutes.approvals[userId];
      return labelled(L.adjusters, `${name}, ${at === undefined ? L.notApproved : `${L.approvedOn} ${swedishDate(at)}`}`);
    }),
  ];
}

/** A line to sign on with the name and role under it, kept on one page with it. */
const signatureLine = (name: string | undefined, role: string) => [
  new Paragraph({ spacing: { before: 480 }, keepNext: true, children: [new TextRun(L.signatureLine)] }),
  line(`${name ?? L.none}, ${role.toLowerCase()}`),
];

/** The paper form's signatures (MTS20): "Vid protokollet" for the secretary, "Justeras" for the chair and each justerare. */
function signatures(snapshot: MeetingSnapshot): Paragraph[] {
  const { minutes } = snapshot;
  return [
    line(L.recordedBy, { bold: true }),
    ...signatureLine(minutes.secretary, L.secretary),
    line(L.adjusted, { bold: true }),
    ...signatureLine(minutes.chair, L.chair),
    ...minutes.adjusters.flatMap(({ name }) => signatureLine(name, L.adjuster)),
  ];
}

/** "Sida 2 av 5" in every page's footer. */
const pageFooter = () =>
  new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`${L.page} `, PageNumber.CURRENT, ` ${L.of} `, PageNumber.TOTAL_PAGES] })] })],
  });

const document = (title: string, children: Paragraph[]) => new Document({ title, creator: 'Tavla', sections: [{ footers: { default: pageFooter() }, children }] });

const paragraphNumbers = (snapshot: MeetingSnapshot) => new Map(allDecisions(snapshot).map((d) => [d.id, d.paragraph]));

/**
 * The minutes in the Swedish form (MTS20): heading, attendance, per agenda item its notes and its
 * paragraphs with their corrections, the decisions whose item is gone, the justering, and page
 * numbers in the footer. Pure: the same snapshot gives the same document.
 */
export function minutesDocument(snapshot: MeetingSnapshot): Document {
  const numbers = paragraphNumbers(snapshot);
  const items = snapshot.agenda.flatMap((item, i) => [
    heading(`${i + 1}. ${item.title}`, HeadingLevel.HEADING_2),
    ...lines(item.notes),
    ...(snapshot.decisions.byItem[item.id] ?? []).flatMap((d) => decisionSection(d, numbers)),
  ]);
  const { unplaced } = snapshot.decisions;
  const others = unplaced.length === 0 ? [] : [heading(L.otherDecisions, HeadingLevel.HEADING_2), ...unplaced.flatMap((d) => decisionSection(d, numbers))];
  return document(`${L.minutes} ${snapshot.meta.title}`, [...header(snapshot, L.minutes), ...attendance(snapshot), ...items, ...others, ...adjustment(snapshot), ...signatures(snapshot)]);
}

/**
 * A protokollsutdrag (MTS21): the heading, "Till: <recipient>" when it is made for one of the
 * decision's Expedieras till, the one paragraph `decision` with its corrections, the justering,
 * and "Rätt utdraget intygar" with the secretary's line.
 */
export function extractDocument(snapshot: MeetingSnapshot, decision: Decision, recipient?: string): Document {
  const numbers = paragraphNumbers(snapshot);
  const corrections = allDecisions(snapshot).filter((d) => d.correctionOf === decision.id);
  const body = [decision, ...corrections].flatMap((d) => decisionSection(d, numbers));
  const to = recipient === undefined ? [] : [labelled(L.to, recipient)];
  const certified = [line(L.certified, { bold: true }), ...signatureLine(snapshot.minutes.secretary, L.secretary)];
  return document(`${L.extract} ${paragraphMark(decision.paragraph)}`, [...header(snapshot, L.extract), ...to, ...body, ...adjustment(snapshot), ...certified]);
}

/** A document as the bytes of a .docx file. */
export const packDocx = (doc: Document): Promise<Buffer> => Packer.toBuffer(doc);
