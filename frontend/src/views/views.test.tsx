import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { PatientView } from './PatientView';
import { GpHome } from './GpHome';
import { journey } from '../test/fixtures';
import { fakeClient, gpSession, renderWith } from '../test/render';
import type { Session } from '../lib/auth';

const patient: Session = { ...gpSession, user: { id: 'patient-demo-1', name: 'Louise Martin', role: 'Patient', unitId: null, territoryId: 'demo' } };

const question = {
  code: 'chest_pain', kind: 'YES_NO', text: 'Avez-vous une douleur dans la poitrine ?', help: null, min: null, max: null, decimals: null,
  unit: null, allowsUnknown: true, isRedFlag: true, maxLength: 500, options: [],
};
const progress = (next: unknown, stage = 'TRIAGE') => ({
  complete: next === null, questionnaireVersion: '1', answers: [], next,
  journey: { id: 'j1', stage, version: 3, triage: null },
});

describe('PatientView', () => {
  it('Given a journey in triage When the patient answers yes Then one answer is sent for that question', async () => {
    localStorage.setItem('innomed.journey.patient-demo-1', 'j1');
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient(
      {
        TriageProgress: { data: { triageProgress: progress(question) } },
        AnswerTriage: { data: { answerTriage: progress({ ...question, code: 'breathless', text: 'Êtes-vous essoufflé(e) ?' }) } },
      },
      calls,
    );
    renderWith(<PatientView />, { client, session: patient });
    expect(await screen.findByRole('heading', { name: 'Avez-vous une douleur dans la poitrine ?' })).toBeTruthy();
    expect(screen.getByText(/Question importante/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Oui' }));
    expect(await screen.findByRole('heading', { name: 'Êtes-vous essoufflé(e) ?' })).toBeTruthy();
    expect(calls.find((c) => c.name === 'AnswerTriage')?.variables).toEqual({ input: { journeyId: 'j1', question: 'chest_pain', value: 'yes' }, lang: 'FR' });
  });

  it('Given a journey handed to the SAMU When the patient looks Then a one-tap call to 15 fills the screen', async () => {
    localStorage.setItem('innomed.journey.patient-demo-1', 'j1');
    const emergency = journey({ stage: 'REDIRECTED_TO_EMERGENCY', gp: null, triage: { level: 'EMERGENCY', triagedAt: '2026-11-23T08:00:00Z', dueBy: null, reasons: ['Douleur thoracique'], triagedBy: null, answers: [] } });
    const client = fakeClient({
      TriageProgress: { data: { triageProgress: progress(null, 'REDIRECTED_TO_EMERGENCY') } },
      Journey: { data: { journey: emergency } },
      TerritoryInfo: { data: { territory: null } },
    });
    renderWith(<PatientView />, { client, session: patient });
    expect(await screen.findByRole('heading', { name: 'Appelez le 15 maintenant' })).toBeTruthy();
    const calls = screen.getAllByRole('link', { name: 'Appeler le 15' });
    expect(calls[0].getAttribute('href')).toBe('tel:15');
  });

  it('Given nothing on this device When the patient has an open journey Then the chatbot resumes it', async () => {
    localStorage.removeItem('innomed.journey.patient-demo-1');
    const client = fakeClient({
      MyJourneys: { data: { myJourneys: [{ id: 'j0', stage: 'CLOSED', updatedAt: '2026-11-20T08:00:00Z' }, { id: 'j1', stage: 'TRIAGE', updatedAt: '2026-11-19T08:00:00Z' }] } },
      TriageProgress: { data: { triageProgress: progress(question) } },
    });
    renderWith(<PatientView />, { client, session: patient });
    expect(await screen.findByRole('heading', { name: 'Avez-vous une douleur dans la poitrine ?' })).toBeTruthy();
  });

  it('Given no journey yet When the start is refused out of hours Then the numbers to call are offered', async () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('Fermé / Closed', { extensions: { code: 'OUT_OF_HOURS' } })] });
    const client = fakeClient({ MyJourneys: { data: { myJourneys: [] } }, StartJourney: { data: undefined, error } });
    renderWith(<PatientView />, { client, session: patient });
    expect(await screen.findByLabelText('Prénom')).toHaveProperty('value', 'Louise');
    fireEvent.change(screen.getByLabelText('Date de naissance'), { target: { value: '1990-01-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Commencer' }));
    expect(await screen.findByText('Le service est fermé à cette heure')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Médecin de garde 116 117' }).getAttribute('href')).toBe('tel:116117');
  });
});

describe('GpHome', () => {
  it('Given a queue and open steps When shown Then they are sorted by due-by with the overdue one marked', async () => {
    const summary = (id: string, dueBy: string, overdue: boolean) => ({
      id, stage: 'AWAITING_PRIMARY_CARE', version: 1, overdue, overdueSince: null, updatedAt: dueBy,
      patient: { familyName: `P${id}`, givenName: 'X', birthDate: '1980-01-01' },
      triage: { level: 'URGENT', dueBy, reasons: [] }, gp: null,
    });
    const client = fakeClient({
      Alerts: { data: { alerts: [] } },
      GpHome: {
        data: {
          practitioner: { id: '10000000001', worklist: [], journeys: [] },
          territory: { id: 'demo', awaitingQueue: [summary('late', '2020-01-01T10:00:00Z', true), summary('b', '2099-01-02T10:00:00Z', false), summary('a', '2099-01-01T10:00:00Z', false)].reverse() },
        },
      },
    });
    renderWith(<GpHome />, { client });
    await waitFor(() => expect(document.querySelectorAll('.worklist__item').length).toBe(3));
    const ids = [...document.querySelectorAll('.worklist__item')].map((e) => e.getAttribute('data-journey-id'));
    expect(ids).toEqual(['late', 'a', 'b']);
    expect(document.querySelector('[data-journey-id="late"]')?.className).toContain('overdue');
  });
});
