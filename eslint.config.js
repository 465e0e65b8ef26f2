// Lint, and the layer rule of STYLE.md: shared/ imports nothing of ours, client/ and server/
// never import each other (the one allowed direction is client|server|seeds → shared).
import tseslint from 'typescript-eslint';

const layer = (forbidden, why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}`], message: why })) },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'bench/results/', '.tmp/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['shared/**'], rules: layer(['client', 'server', 'seeds', 'tests'], 'shared/ is the pure model: it imports nothing of ours.') },
  { files: ['client/**'], rules: layer(['server', 'seeds'], 'client/ may import shared/ only.') },
  { files: ['server/**'], rules: layer(['client'], 'server/ may import shared/ and seeds/, never client/.') },
  { files: ['seeds/**'], rules: layer(['client', 'server'], 'seeds/ builds boards through shared/ only.') },
);
