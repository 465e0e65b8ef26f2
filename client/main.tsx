import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { AuthGate } from './components/auth/AuthGate.tsx';
import { createI18n } from './i18n/i18n.ts';
import './styles/global.css';
import './styles/header.css';
import './styles/pages.css';

// The service worker keeps the app's files so that a reload works offline (client/public/sw.js).
// Built files only (`vite build`, whatever NODE_ENV the builder ran with): under `vite dev` the
// modules are not hashed files, and a cache would serve stale code.
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch((error: unknown) => console.warn('Tavla: service worker not registered', error));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <AuthGate>
        <App />
      </AuthGate>
    </I18nextProvider>
  </StrictMode>,
);
