/**
 * Tells React 19 that this is a test environment whose updates go through act(): without the
 * flag, act() warns "The current testing environment is not configured to support act(...)",
 * and an update outside act() goes unreported. Testing Library sets it only where a global
 * beforeAll exists, which vitest does not give without `globals`. Imported first by the jsdom
 * tests; vitest's setupFiles can load it for all of them instead.
 */
import { configure } from '@testing-library/dom';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

globalThis.IS_REACT_ACT_ENVIRONMENT = true;

// findBy… and waitFor give up after 1 s by default. These tests share two cores with a real server
// in the same process (and, in CI, with the rest of the suite), where a correct page can take longer
// than that to answer; a broken one never answers, so a longer wait fails only later, never less.
configure({ asyncUtilTimeout: 5_000 });

export {};
