import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EpidemiologyPanel, mergeAlerts, shownChange } from './EpidemiologyPanel';
import { TeleExpertiseInbox, TeleExpertiseStatement, currentMonth } from './TeleExpertise';
import { StepActions } from './StepActions';
import { ReferPanel } from './ReferPanel';
import { EpidemiologyThresholds } from './EpidemiologyThresholds';
import { fakeClient, gpSession, renderWith } from '../test/render';
import { journey, step } from '../test/fixtures';
import type { Session } from '../lib/auth';
import type { EpidemiologyAlertFieldsFragment, SymptomCategory } from '../gql/graphql';

// jsdom has no canvas: the chart is drawn by Chart.js in the browser (e2e), its figures are in the tables here.
vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    data = { labels: [], datasets: [] };
    update() {}
    destroy() {}
  }
  return { Chart, BarController: {}, BarElement: {}, LineController: {}, LineElement: {}, PointElement: {}, CategoryScale: {}, LinearScale: {}, Legend: {}, Tooltip: {} };
});

const expert: Session = { ...gpSession, user: { id: '20000000001', name: 'Paul Mercier', role: 'Specialist', unitId: null, territoryId: 'demo' } };

const count = (category: string | null, value: number | null, extra: Record<string, unknown> = {}) => ({
  category, count: value, suppressed: value === null, rollingAverage7: value === null ? null : value, weekTotal: value === null ? null : value * 7,
  previousWeekTotal: value === null ? null : value * 5, weekOverWeekChange: value === null ? null : 0.4, ...extra,
});
const day = (date: string, respiratory: number | null, skin: number | null) => ({
  date,
  total: respiratory === null || skin === null ? count(null, null) : count(null, respiratory + skin),
  categories: [count('RESPIRATORY', respiratory), count('SKIN', skin)],
});
const alert = (category: string, date: string): EpidemiologyAlertFieldsFragment => ({ category: category as SymptomCategory, date, rollingAverage7: 6.4, previousAverage7: 3.1, raisedAt: `${date}T10:00:00Z`, threshold: { minDailyAverage: 3, riseRatio: 0.5 } });

describe('EpidemiologyPanel', () => {
  const report = {
    data: {
      epidemiology: {
        territoryId: 'demo', from: '2026-11-21', to: '2026-11-22', suppressionThreshold: 5,
        days: [day('2026-11-21', 8, 0), day('2026-11-22', 9, null)],
        activeAlerts: [alert('RESPIRATORY', '2026-11-22')],
      },
    },
  };

  it('Given a withheld count When shown Then it reads as withheld, never as 0, and the trend carries the alert', async () => {
    renderWith(<EpidemiologyPanel territoryId="demo" />, { client: fakeClient({ Epidemiology: report }) });
    await waitFor(() => expect(document.querySelector('table.epi-trend tr[data-category="SKIN"]')).toBeTruthy());
    const skin = document.querySelector('table.epi-trend tr[data-category="SKIN"]') as HTMLElement;
    expect(within(skin).getAllByRole('cell')[0].textContent).toBe('masqué (< 5)');
    expect(within(skin).getAllByRole('cell')[1].textContent).toBe('non publié');
    // The day's total is withheld too (it could be differenced against the categories).
    const total = document.querySelector('table.epi-trend tr[data-category="TOTAL"]') as HTMLElement;
    expect(within(total).getAllByRole('cell')[0].textContent).toBe('masqué (< 5)');
    const respiratory = document.querySelector('table.epi-trend tr[data-category="RESPIRATORY"]') as HTMLElement;
    expect(within(respiratory).getAllByRole('cell').map((c) => c.textContent)).toEqual(['9', '9', '63', '45', '+40 %']);
    expect(within(respiratory).getByText('Alerte')).toBeTruthy();
    expect(screen.getByText(/moyenne sur 7 jours 6,4\/jour contre 3,1/)).toBeTruthy();
  });

  it('Given a day changes live When the update arrives Then its figures replace the ones held', async () => {
    const client = fakeClient({
      Epidemiology: report,
      EpidemiologyUpdated: { data: { epidemiologyUpdated: { day: day('2026-11-22', 12, 5), raisedAlerts: [alert('SKIN', '2026-11-22')] } } },
    });
    renderWith(<EpidemiologyPanel territoryId="demo" />, { client });
    await waitFor(() => {
      const skin = document.querySelector('table.epi-trend tr[data-category="SKIN"]') as HTMLElement;
      expect(within(skin).getAllByRole('cell')[0].textContent).toBe('5');
    });
    expect(document.querySelectorAll('.epi-alert')).toHaveLength(2);
    expect(screen.getByText(/^Mis à jour en direct à/)).toBeTruthy();
    expect(document.querySelector('.epidemiology')?.getAttribute('data-days')).toBe('2');
  });

  it('Given the series select When a category is chosen Then the chart table shows that category per day', async () => {
    renderWith(<EpidemiologyPanel territoryId="demo" />, { client: fakeClient({ Epidemiology: report }) });
    fireEvent.change(await screen.findByLabelText('Série affichée'), { target: { value: 'SKIN' } });
    const rows = [...document.querySelectorAll('table.epi-daily tbody tr')].map((r) => r.querySelector('td')?.textContent);
    expect(rows).toEqual(['0', 'masqué (< 5)']);
  });

  it('Given alerts replayed When merged Then each category and day is listed once, and changes are signed', () => {
    expect(mergeAlerts([alert('RESPIRATORY', '2026-11-22')], [alert('RESPIRATORY', '2026-11-22'), alert('SKIN', '2026-11-21')]).map((a) => a.category)).toEqual(['RESPIRATORY', 'SKIN']);
    expect(shownChange(-0.25, 'fr-FR')).toBe('−25 %');
    expect(shownChange(null, 'fr-FR')).toBe('—');
  });
});

describe('Tele-expertise', () => {
  const inbox = {
    data: {
      practitioner: {
        id: '20000000001',
        worklist: [
          {
            journeyId: 'j1', stepId: 's9', kind: 'TELE_EXPERTISE', status: 'REQUESTED', priority: 'URGENT', dueBy: '2099-01-01T10:00:00Z',
            step: { id: 's9', overdue: false, requester: { id: '10000000001', givenName: 'Camille', familyName: 'Durand' }, teleExpertise: { question: 'Sous-décalage ST ?', outcome: 'PENDING', dueBy: '2099-01-01T10:00:00Z', initialDueBy: '2099-01-01T10:00:00Z', attachments: [] } },
            journey: { id: 'j1', stage: 'PRIMARY_CARE', version: 3, overdue: false, overdueSince: null, updatedAt: '2026-11-23T08:00:00Z', patient: { familyName: 'Martin', givenName: 'Ana', birthDate: '1990-01-02' }, triage: null, gp: null },
          },
          { journeyId: 'j2', stepId: 's10', kind: 'REFERRAL', status: 'REQUESTED', priority: 'ROUTINE', dueBy: null, step: { id: 's10', overdue: false, requester: null, teleExpertise: null }, journey: null },
        ],
      },
    },
  };

  it('Given a pending question When the expert answers it from the inbox Then the answer goes to that step', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient({ TeleExpertiseInbox: inbox, AnswerTeleExpertise: { data: { answerTeleExpertise: { step: { id: 's9', status: 'COMPLETED' }, journey: journey() } } } }, calls);
    renderWith(<TeleExpertiseInbox hrefOf={(id) => `/unit/journeys/${id}`} />, { client, session: expert });
    expect(await screen.findByText(/Sous-décalage ST/)).toBeTruthy();
    expect(document.querySelectorAll('.te-request')).toHaveLength(1); // the referral is not a tele-expertise
    fireEvent.click(screen.getByRole('button', { name: 'Répondre' }));
    fireEvent.change(screen.getByLabelText('Votre réponse'), { target: { value: "Pas d'ischémie." } });
    fireEvent.click(screen.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(calls.find((c) => c.name === 'AnswerTeleExpertise')?.variables).toEqual({ input: { journeyId: 'j1', stepId: 's9', answer: "Pas d'ischémie." } }));
  });

  it('Given a question that needs the patient seen When converted Then a referral is asked for with the reason', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient({ TeleExpertiseInbox: inbox, ConvertTeleExpertise: { data: { convertTeleExpertiseToReferral: { step: { id: 's9', status: 'COMPLETED' }, journey: journey() } } } }, calls);
    renderWith(<TeleExpertiseInbox hrefOf={(id) => `/unit/journeys/${id}`} />, { client, session: expert });
    fireEvent.click(await screen.findByRole('button', { name: 'Transformer en adressage' }));
    fireEvent.change(screen.getByLabelText('Pourquoi le patient doit être vu'), { target: { value: 'Épreuve d’effort à faire' } });
    fireEvent.click(screen.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(calls.find((c) => c.name === 'ConvertTeleExpertise')?.variables).toEqual({ input: { journeyId: 'j1', stepId: 's9', reason: 'Épreuve d’effort à faire' } }));
  });

  it('Given the expert on the journey When the step is a pending tele-expertise Then they may answer or convert it', () => {
    const te = step({
      id: 's9', kind: 'TELE_EXPERTISE', status: 'REQUESTED', permittedActions: ['ACCEPT', 'REJECT'],
      performer: { kind: 'PRACTITIONER', id: '20000000001', practitioner: null, unit: null },
      teleExpertise: { question: 'Q', outcome: 'PENDING', dueBy: null, answer: null, answeredAt: null, responseTimeSeconds: null, withinDueBy: null, expert: null, attachments: [], answerAttachments: [], convertedTo: null },
    } as never);
    renderWith(<StepActions session={expert} journeyId="j1" step={te} onDone={() => {}} />);
    expect(screen.getByRole('button', { name: 'Répondre' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Transformer en adressage' })).toBeTruthy();
  });

  it('Given a month of acts When the statement shows Then totals, lines and a CSV download with the right parameters appear', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient(
      {
        TeleExpertiseStatement: {
          data: {
            teleExpertiseStatement: {
              practitionerId: '20000000001', month: currentMonth(), billableCount: 1, billableTotal: 20, notBillableCount: 1,
              lines: [
                { requestId: 's9', journeyId: 'j1', answeredAt: '2026-11-23T09:00:00Z', role: 'EXPERT', code: 'TE2', amount: 20, billable: true, notBillableReason: null, counterpartId: '10000000001' },
                { requestId: 's8', journeyId: 'j2', answeredAt: '2026-11-23T10:00:00Z', role: 'EXPERT', code: 'TE2', amount: 20, billable: false, notBillableReason: 'Yearly cap reached', counterpartId: '10000000002' },
              ],
            },
          },
        },
      },
      calls,
    );
    renderWith(<TeleExpertiseStatement hrefOf={(id) => `/unit/journeys/${id}`} />, { client, session: expert });
    expect(await screen.findByText(/1 acte\(s\) facturable\(s\), 20,00\s€ ; 1 non facturable/)).toBeTruthy();
    expect(screen.getByText('Non — Yearly cap reached')).toBeTruthy();
    const csv = screen.getByRole('button', { name: 'Télécharger le relevé (CSV)' });
    expect(csv.getAttribute('data-download-url')).toBe(`/tele-expertise/statement.csv?practitionerId=20000000001&month=${currentMonth()}`);
    fireEvent.change(screen.getByLabelText('Mois'), { target: { value: '2026-10' } });
    await waitFor(() => expect(calls.filter((c) => c.name === 'TeleExpertiseStatement').at(-1)?.variables).toEqual({ practitionerId: '20000000001', month: '2026-10' }));
  });
});

describe('ReferPanel: tele-expertise with documents', () => {
  it('Given documents in the journey When the GP asks an expert Then the chosen ones go as attachments', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient(
      {
        SearchPractitioners: { data: { searchPractitioners: [{ id: '20000000001', givenName: 'Paul', familyName: 'Mercier', role: 'SPECIALIST', specialty: 'Cardiologie', unitId: null, contact: { name: null, phone: null, email: null, videoLink: null }, nextFreeSlot: null }] } },
        JourneyDocuments: { data: { documents: [{ id: 'd1', name: 'ECG.pdf', kind: 'RESULT', uploadedAt: '2026-11-23T08:00:00Z' }, { id: 'd2', name: 'Courrier.pdf', kind: 'LETTER', uploadedAt: '2026-11-23T08:10:00Z' }] } },
        RequestTeleExpertise: { data: { requestTeleExpertise: { step: { id: 's9', status: 'REQUESTED' }, journey: journey() } } },
      },
      calls,
    );
    const done = vi.fn();
    renderWith(<ReferPanel journeyId="j1" territoryId="demo" parentStepId="s2" isGp onDone={done} onClose={() => {}} />, { client });
    fireEvent.change(screen.getByLabelText('Type de demande'), { target: { value: 'TELE_EXPERTISE' } });
    fireEvent.click(await screen.findByRole('radio', { name: /Paul Mercier/ }));
    fireEvent.click(await screen.findByRole('checkbox', { name: /ECG\.pdf/ }));
    fireEvent.change(screen.getByLabelText('Question'), { target: { value: 'Avis sur cet ECG ?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    expect((calls.find((c) => c.name === 'RequestTeleExpertise')?.variables as { input: unknown }).input).toMatchObject({
      journeyId: 'j1', expertId: '20000000001', question: 'Avis sur cet ECG ?', attachments: [{ documentId: 'd1' }],
    });
  });
});

describe('EpidemiologyThresholds', () => {
  it('Given an admin When they raise the respiratory threshold Then the rise is sent as a ratio', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient(
      {
        EpidemiologyThresholds: { data: { epidemiologyThresholds: [{ category: 'RESPIRATORY', minDailyAverage: 3, riseRatio: 0.5 }, { category: 'SKIN', minDailyAverage: 3, riseRatio: 0.5 }] } },
        SetEpidemiologyThreshold: { data: { setEpidemiologyThreshold: { category: 'RESPIRATORY', minDailyAverage: 4, riseRatio: 0.3 } } },
      },
      calls,
    );
    renderWith(<EpidemiologyThresholds territoryId="demo" editable />, { client });
    fireEvent.change(await screen.findByLabelText('Moyenne minimale par jour, Respiratoire'), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Hausse en %, Respiratoire'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le seuil Respiratoire' }));
    await waitFor(() => expect(calls.find((c) => c.name === 'SetEpidemiologyThreshold')?.variables).toEqual({ input: { territoryId: 'demo', category: 'RESPIRATORY', minDailyAverage: 4, riseRatio: 0.3 } }));
  });

  it('Given a GP When they look Then the thresholds are read-only', async () => {
    renderWith(<EpidemiologyThresholds territoryId="demo" editable={false} />, { client: fakeClient({ EpidemiologyThresholds: { data: { epidemiologyThresholds: [{ category: 'RESPIRATORY', minDailyAverage: 3, riseRatio: 0.5 }] } } }) });
    expect(await screen.findByText('+50 %')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Enregistrer/ })).toBeNull();
  });
});
