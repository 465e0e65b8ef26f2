/**
 * Tells React 19 that this is a test environment whose updates go through act(): without the
 * flag, act() warns "The current testing environment is not configured to support act(...)",
 * and an update outside act() goes unreported. Testing Library sets it only where a global
 * beforeAll exists, which vitest does not give without `globals`. Imported first by the jsdom
 * tests; vitest's setupFiles can load it for all of them instead.
 */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

globalThis.IS_REACT_ACT_ENVIRONMENT = true;

export {};
