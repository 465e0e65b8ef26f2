/** Site roles: an admin adds accounts and is facilitator on every board (ROLE1); a creator may create boards (SEC2). */
export const SITE_ROLES = ['admin', 'creator', 'user'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/** Who may create a board (SEC2): not every account, since a board makes its creator a facilitator, who may list the accounts. */
export const mayCreateBoards = (siteRole: SiteRole): boolean => siteRole === 'admin' || siteRole === 'creator';

/** Board roles, weakest first: each may do what the ones before it may (ROLE2-ROLE5). */
export const BOARD_ROLES = ['viewer', 'unitChief', 'editor', 'facilitator'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

/** What one principal may do on one board: its role and, for a unit chief, the units in its scope. */
export interface BoardAccess {
  role: BoardRole;
  scope: readonly string[];
}

/** True when `role` includes everything `least` may do. */
export const roleAtLeast = (role: BoardRole, least: BoardRole): boolean => BOARD_ROLES.indexOf(role) >= BOARD_ROLES.indexOf(least);
