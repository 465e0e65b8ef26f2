import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const serverPort = Number(process.env.PORT ?? 8787);

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Every file of the build, for the service worker to fetch ahead (client/public/sw.js).
    manifest: 'asset-manifest.json',
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change far less often than the app, so a browser
        // keeps them cached across releases. React and i18next are on every page; the Yjs family,
        // dnd-kit and zod come with the board page (client/App.tsx loads it lazily).
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'i18next', test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // The first page takes a few lib0 helpers (y-protocols/auth, for the refusal toast):
            // entriesAware leaves those with it rather than making it load all of Yjs.
            { name: 'yjs', test: /[\\/]node_modules[\\/](yjs|lib0|y-protocols|y-websocket|y-indexeddb)[\\/]/, entriesAware: true },
            { name: 'dnd-kit', test: /[\\/]node_modules[\\/]@dnd-kit[\\/]/ },
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev`: Vite serves the client with hot reload and hands API and sync to the Tavla server.
    proxy: {
      '/api': `http://127.0.0.1:${serverPort}`,
      '/sync': { target: `ws://127.0.0.1:${serverPort}`, ws: true },
    },
  },
  test: {
    root: '.',
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
