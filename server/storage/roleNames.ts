/** Site roles: an admin adds accounts and is facilitator on every board (ROLE1); a creator may create boards (SEC2). */
export const SITE_ROLES = ['admin', 'creator', 'user'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/**
 * Board roles, weakest first: each may do what the ones before it may (ROLE2-ROLE5). The names are
 * the stored vocabulary of accounts and memberships, so they live beside the stores; what a role
 * may do is server/access/roles.ts.
 */
export const BOARD_ROLES = ['viewer', 'unitChief', 'editor', 'facilitator'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];
