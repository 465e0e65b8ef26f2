/**
 * Version of the board document contract (DESIGN.md, shared/SPEC.md "The document").
 * Bump it when a stored document would be read differently, and add a migration.
 */
export const SCHEMA_VERSION = 1;
