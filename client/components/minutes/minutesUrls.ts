/** The minutes as DOCX (GET /api/meetings/:id/minutes.docx, MTS20). */
export const minutesDocxUrl = (meetingId: string): string => `/api/meetings/${encodeURIComponent(meetingId)}/minutes.docx`;

/** A protokollsutdrag of one decision for one of its Expedieras till (GET …/minutes/:decisionId/extract.docx?to=, MTS21). */
export const extractDocxUrl = (meetingId: string, decisionId: string, to: string): string =>
  `/api/meetings/${encodeURIComponent(meetingId)}/minutes/${encodeURIComponent(decisionId)}/extract.docx?to=${encodeURIComponent(to)}`;
