import { BOARD_ROLES, type BoardRole, type SiteRole } from '../storage/roleNames.ts';

/** Who may create a board (SEC2): not every account, since a board makes its creator a facilitator, who may list the accounts. */
export const mayCreateBoards = (siteRole: SiteRole): boolean => siteRole === 'admin' || siteRole === 'creator';

/** What one principal may do on one board: its role and, for a unit chief, the units of its scope. */
export interface BoardAccess {
  role: BoardRole;
  scope: readonly string[];
}

/** True when `role` includes everything `least` may do. */
export const roleAtLeast = (role: BoardRole, least: BoardRole): boolean => BOARD_ROLES.indexOf(role) >= BOARD_ROLES.indexOf(least);
