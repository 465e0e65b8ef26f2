// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundPage } from '../../../client/components/app/NotFoundPage.tsx';
import { PageLoading } from '../../../client/components/app/PageLoading.tsx';
import { renderWithI18n } from './renderWithI18n.tsx';

afterEach(cleanup);

describe('PageLoading (the fallback while a page loads its code)', () => {
  it('announces the loading as a status, in Swedish', () => {
    renderWithI18n(<PageLoading />);
    expect(screen.getByRole('status').textContent).toBe('Laddar…');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Laddar…');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
  });

  it('speaks English when the user chose it', () => {
    renderWithI18n(<PageLoading />, 'en');
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });
});

describe('NotFoundPage', () => {
  it('names what is missing and links to all boards', () => {
    renderWithI18n(<NotFoundPage title="Tavlan finns inte." />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tavlan finns inte.');
    expect(screen.getByRole('link', { name: 'Alla tavlor' }).getAttribute('href')).toBe('/');
  });
});
