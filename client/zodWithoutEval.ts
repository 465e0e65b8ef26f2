import { z } from 'zod';

// SEC5: the page's Content-Security-Policy has no 'unsafe-eval'. Zod 4 compiles object schemas
// with `new Function` when it may, and finds out by trying one: under the policy that try is a
// reported violation on every page that parses a card. Jitless, it never tries. Imported by
// App.tsx's lazyPage before any page module, so before any schema parses.
z.config({ jitless: true });
