import { describe, expect, it } from 'vitest';
import { meetingErrorKey } from '../../../client/components/meeting/meetingErrorKey.ts';
import { createI18n } from '../../../client/i18n/i18n.ts';
import { SchemaError } from '../../../shared/schema/errors.ts';

const said = (cause: unknown, lng: 'sv' | 'en' = 'sv'): string => {
  const i18n = createI18n(lng);
  return i18n.t('meeting.error', { reason: i18n.t(meetingErrorKey(cause)) });
};

describe('meetingErrorKey [MTP7]', () => {
  it('says a refusal by its reason code, and a code the page has no words for as a value not taken', () => {
    expect(said(new SchemaError('meeting_state', 'status', 'not allowed while the meeting is ended'))).toBe('Ändringen gick inte igenom: det går inte i mötets nuvarande läge.');
    expect(said(new SchemaError('column_not_empty', 'column', 'x'))).toBe('Ändringen gick inte igenom: värdet godtogs inte.');
  });

  it('says anything that is no refusal as an unexpected error in the UI’s language, never its own English message', () => {
    for (const cause of [new TypeError("Cannot read properties of undefined (reading 'get')"), 'boom', undefined]) {
      expect(said(cause)).toBe('Ändringen gick inte igenom: ett oväntat fel inträffade, försök igen eller ladda om sidan.');
    }
    expect(said(new Error('Quota exceeded'), 'en')).toBe('The change did not go through: something unexpected went wrong, try again or reload the page.');
  });
});
