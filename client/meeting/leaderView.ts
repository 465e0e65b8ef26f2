import type { Awareness } from 'y-protocols/awareness';
import { leaderPlaceOf, sameLeaderPlace, type LeaderPlace } from '../../shared/meeting/leaderViewShape.ts';

/**
 * What the facilitator shows (FOL1, FOL2 in shared/SPEC.md): the agenda item, the board it
 * opens and the card opened or pointed at, stamped with the server time it was chosen. It rides in
 * the `view` field of the facilitator's awareness state, never in the meeting document: it is who
 * looks where, not what the meeting decided (STYLE.md), and it goes when the facilitator leaves.
 */
export interface LeaderView extends LeaderPlace {
  /** Server epoch ms when this view's place was chosen, written by the server (PRS4): the newest of several facilitators' views wins. */
  at: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A view as it may be shown, or undefined: every field checked again on the client (PRS7), since a
 * state is only as good as what relayed it: the place as the server checks it (leaderPlaceOf), and
 * `at` a finite number.
 */
export function toLeaderView(value: unknown): LeaderView | undefined {
  const place = leaderPlaceOf(value);
  const at = isRecord(value) ? value.at : undefined;
  if (!place || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  return { ...place, at };
}

/** Two views equal in every field, `at` too. */
export const sameLeaderView = (a: LeaderView | undefined, b: LeaderView | undefined): boolean => sameLeaderPlace(a, b) && a?.at === b?.at;

/**
 * Publishes what this facilitator shows (null: nothing). A view that shows the same place as the
 * one already published is not sent again: its `at` stays that of the moment the place was chosen,
 * so a facilitator who lingers does not win over one who moved later, and presence is not sent on
 * every re-render (PRS6 drops a burst). The server keeps the field only on a facilitator's
 * connection; anyone else's `view` never leaves it.
 */
export function publishLeaderView(awareness: Awareness, view: LeaderView | null): void {
  const current = toLeaderView(awareness.getLocalState()?.view);
  if (view === null ? current === undefined : sameLeaderPlace(current, view)) return;
  awareness.setLocalStateField('view', view === null ? null : toLeaderView(view) ?? null);
}

/**
 * The view a follower follows: among the others' states whose server-stamped role (PRS3) is
 * facilitator, the valid view with the highest `at` (ties: the lowest client id, so every screen
 * picks the same one). This client's own state is never followed: it is not stamped here.
 */
export function readLeaderView(awareness: Awareness): LeaderView | undefined {
  let best: { view: LeaderView; clientId: number } | undefined;
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const user = isRecord(state) ? state.user : undefined;
    if (!isRecord(user) || user.role !== 'facilitator') return;
    const view = toLeaderView(state.view);
    if (!view) return;
    if (!best || view.at > best.view.at || (view.at === best.view.at && clientId < best.clientId)) best = { view, clientId };
  });
  return best?.view;
}
