import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rule lives in eslint.config.js; these cases prove the lint really fails on a leak.
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('layers (STYLE.md: layers that cannot leak)', () => {
  it.each([
    ['shared/x.ts', "import { a } from '../client/state/a.ts';"],
    ['shared/ops/x.ts', "import { a } from '../../server/http/app.ts';"],
    ['client/x.ts', "import { a } from '../server/http/app.ts';"],
    ['server/x.ts', "import { a } from '../client/App.tsx';"],
    ['seeds/x.ts', "import { a } from '../server/http/app.ts';"],
  ])('%s importing across layers fails the lint', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport const b = a;\n`)).toBe(1);
  });

  it.each([
    ['client/x.ts', "import { a } from '../shared/ops/cards.ts';"],
    ['server/x.ts', "import { a } from '../shared/doc.ts';"],
    ['seeds/x.ts', "import { a } from '../shared/doc.ts';"],
  ])('%s importing shared/ is allowed', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport const b = a;\n`)).toBe(0);
  });
});
