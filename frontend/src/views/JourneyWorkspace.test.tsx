import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { JourneyWorkspace } from './JourneyWorkspace';
import { journey, referral } from '../test/fixtures';
import { fakeClient, gpSession, renderWith } from '../test/render';

describe('JourneyWorkspace', () => {
  it('Given an open journey When a journeyUpdated event arrives Then the tree and stage change without a reload', async () => {
    const before = journey();
    const after = journey({
      version: 6,
      stage: 'SPECIALIST_CARE',
      steps: [...before.steps.slice(0, 2), { ...referral, status: 'ACCEPTED', permittedActions: ['SCHEDULE', 'CANCEL'] }],
    });
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient(
      {
        Journey: { data: { journey: before } },
        JourneyUpdated: { data: { journeyUpdated: { version: 6, type: 'STEP_STATUS_CHANGED', at: '2026-11-23T09:00:00Z', journey: after } } },
      },
      calls,
    );
    renderWith(<JourneyWorkspace id="j1" back="/gp" />, { client });
    await waitFor(() => expect(document.querySelector('article.journey')?.getAttribute('data-stage')).toBe('SPECIALIST_CARE'));
    expect(screen.getByText('Accepté')).toBeTruthy();
    expect(screen.getByText(/Dernier changement : Étape mise à jour/)).toBeTruthy();
    // The subscription replays from the version the view was loaded at: nothing missed in between.
    expect(calls.find((c) => c.name === 'JourneyUpdated')?.variables).toEqual({ journeyId: 'j1', sinceVersion: 5 });
  });

  it('Given the GP who follows the journey When it is in primary care Then they may refer and close, not take charge again', async () => {
    const client = fakeClient({ Journey: { data: { journey: journey() } } });
    renderWith(<JourneyWorkspace id="j1" back="/gp" />, { client });
    expect(await screen.findByRole('button', { name: 'Adresser, demander un avis, prescrire' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clore le parcours' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Prendre en charge' })).toBeNull();
    expect(gpSession.user.role).toBe('Gp');
  });

  it('Given a journey When opened Then its conversation and patient file are there (no placeholder), the conversation following it live', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient(
      {
        Journey: { data: { journey: journey() } },
        Conversation: { data: { conversation: { journeyId: 'j1', messages: { hasOlder: false, lastSequence: 4, messages: [] }, receipts: [] } } },
        PatientFile: { data: { journey: { id: 'j1', patientFile: { documents: [], prescriptions: [], reports: [] } } } },
      },
      calls,
    );
    renderWith(<JourneyWorkspace id="j1" back="/gp" />, { client });
    expect(await screen.findByRole('heading', { name: /^Messagerie/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Documents/ })).toBeTruthy();
    // One thread per step the conversation may hold (the referral), besides the main one.
    expect(within(screen.getByLabelText('Fil de discussion')).getByRole('option', { name: 'Adressage — Paul Mercier' })).toBeTruthy();
    await waitFor(() => expect(calls.find((c) => c.name === 'ConversationUpdated')?.variables).toEqual({ journeyId: 'j1', sinceSequence: 4 }));
    expect(screen.queryByText(/Arrive avec/)).toBeNull();
  });
});
