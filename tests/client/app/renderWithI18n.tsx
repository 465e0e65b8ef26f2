import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../client/i18n/i18n.ts';
import type { Language } from '../../../client/i18n/format.ts';

/** Renders `ui` with a fresh i18n instance in `lng` (Swedish by default), as main.tsx does. */
export function renderWithI18n(ui: ReactElement, lng: Language = 'sv') {
  const i18n = createI18n(lng);
  return { i18n, ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>) };
}
