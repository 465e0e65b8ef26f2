import { z } from 'zod';

/** The prose parts of a monthly report, each a Y.Text, in the order the slides give them. */
export const REPORT_TEXT_FIELDS = ['lastMonth', 'nextMonth', 'comments', 'risks'] as const;
export type ReportTextField = (typeof REPORT_TEXT_FIELDS)[number];

/** Scalar fields of a report map. */
export const reportFields = {
  ready: z.boolean(),
} as const;

export interface Report {
  month: string;
  lastMonth: string;
  nextMonth: string;
  comments: string;
  risks: string;
  ready: boolean;
}
