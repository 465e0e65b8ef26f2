import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { AuthGate } from './components/auth/AuthGate.tsx';
import { createI18n } from './i18n/i18n.ts';
import './styles/global.css';
import './styles/header.css';
import './styles/pages.css';

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
