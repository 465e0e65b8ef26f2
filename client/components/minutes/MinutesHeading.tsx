import { createElement, type ReactNode } from 'react';

/** The heading levels the minutes use: items one below the page's or section's heading, paragraphs one below that. */
export type HeadingLevel = 2 | 3 | 4;

/** An h2–h4 of the minutes, so the same minutes sit under the meeting page's section (h2) or the print view's h1. */
export function MinutesHeading({ level, children, className }: { level: HeadingLevel | 5; children: ReactNode; className?: string }) {
  return createElement(`h${level}`, { className }, children);
}
