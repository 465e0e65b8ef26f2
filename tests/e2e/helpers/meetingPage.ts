import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { BoardRole } from '../../../client/auth/authApi.ts';
import { addUserAndLogin, setMember } from '../../helpers/serverAuth.ts';
import { waitForStatus } from './openBoard.ts';
import { sessionCookie } from './startTestServer.ts';

/** Opens a meeting page, wide enough for its three columns, and waits until it is synced. */
export async function openMeeting(context: BrowserContext, baseUrl: string, meetingId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${baseUrl}/m/${meetingId}`);
  await waitForStatus(page, 'Synkad');
  return page;
}

/** Logs a new account in, gives it `role` on the meeting, and returns a context with its session cookie. */
export async function accountOnMeeting(
  newContext: () => Promise<BrowserContext>,
  server: { url: string; token: string },
  account: { username: string; displayName: string; role: BoardRole },
  meetingId: string,
): Promise<BrowserContext> {
  const token = await addUserAndLogin(server.url, server.token, { username: account.username, displayName: account.displayName });
  await setMember(server.url, server.token, meetingId, account.username, account.role);
  const context = await newContext();
  await context.addCookies([sessionCookie(token)]);
  return context;
}

/**
 * Sets the context's wall clock `offsetMs` ahead (Date.now and new Date()), as a laptop whose
 * clock is wrong: the meeting's timer must not follow it (MTG17).
 */
export async function shiftClock(context: BrowserContext, offsetMs: number): Promise<void> {
  await context.addInitScript((offset) => {
    const RealDate = Date;
    class ShiftedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as [string]));
      }
      static override now(): number {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = ShiftedDate as DateConstructor;
  }, offsetMs);
}

/** The seconds a timer's text reads: `14:59` → 899, `+02:15 över tiden` → −135. */
export function timerSeconds(text: string): number {
  const match = /(\+)?(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`no mm:ss in "${text}"`);
  const seconds = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -seconds : seconds;
}

/** The current item's countdown on a meeting page. */
export const currentTimer = (page: Page): Locator => page.locator('.meeting-now').getByRole('timer');
