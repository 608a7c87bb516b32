import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { JourneyTree } from './JourneyTree';
import { StepActions } from './StepActions';
import { journey, referral, step } from '../test/fixtures';
import { fakeClient, gpSession, renderWith } from '../test/render';
import type { Session } from '../lib/auth';

const specialist: Session = { ...gpSession, user: { id: '20000000001', name: 'Paul Mercier', role: 'Specialist', unitId: null, territoryId: 'demo' } };

describe('JourneyTree', () => {
  it('Given a journey When rendered Then the tree shows each step with its status and collapses by keyboard-usable buttons', () => {
    renderWith(<JourneyTree steps={journey().steps} />);
    const tree = screen.getByRole('tree', { name: 'Parcours' });
    expect(within(tree).getAllByRole('treeitem')).toHaveLength(3);
    expect(screen.getByText('Demandé')).toBeTruthy();
    const toggle = screen.getAllByRole('button', { name: 'Replier' })[0];
    fireEvent.click(toggle);
    expect(within(tree).getAllByRole('treeitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Déplier' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('Given an overdue open step When rendered Then it is marked overdue in words', () => {
    renderWith(<JourneyTree steps={[step({ id: 'x', kind: 'REFERRAL', status: 'REQUESTED', dueBy: '2020-01-01T00:00:00Z', overdue: true })]} />);
    expect(screen.getByText('En retard')).toBeTruthy();
  });
});

describe('StepActions', () => {
  it('Given the performer When the step is requested Then they may accept or decline, not withdraw', () => {
    renderWith(<StepActions session={specialist} journeyId="j1" step={referral} onDone={() => {}} />, { session: specialist });
    expect(screen.getByRole('button', { name: 'Accepter' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Refuser' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Annuler la demande' })).toBeNull();
  });

  it('Given the requesting GP When the step is requested Then they may only withdraw it', () => {
    renderWith(<StepActions session={gpSession} journeyId="j1" step={referral} onDone={() => {}} />);
    expect(screen.getByRole('button', { name: 'Annuler la demande' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accepter' })).toBeNull();
  });

  it('Given a decline When submitted Then the reason and the alternative go with it', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient({ UpdateStep: { data: { updateStep: { step: { id: 's3', status: 'REJECTED' }, journey: journey() } } } }, calls);
    let done = false;
    renderWith(<StepActions session={specialist} journeyId="j1" step={referral} onDone={() => (done = true)} />, { client, session: specialist });
    fireEvent.click(screen.getByRole('button', { name: 'Refuser' }));
    fireEvent.change(screen.getByLabelText('Motif'), { target: { value: 'Hors spécialité' } });
    fireEvent.change(screen.getByLabelText('Que doit faire le patient à la place ?'), { target: { value: 'Voir un rythmologue' } });
    fireEvent.click(screen.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(done).toBe(true));
    expect(calls.find((c) => c.name === 'UpdateStep')?.variables).toEqual({
      input: { journeyId: 'j1', stepId: 's3', action: 'REJECT', reason: 'Hors spécialité', alternative: 'Voir un rythmologue' },
    });
  });
});

describe('SlotPicker', () => {
  it('Given a calendar and a GP booking urgently When shown Then only free slots are offered, urgent ones marked, and none picked by default', async () => {
    const { SlotPicker } = await import('./SlotPicker');
    const client = fakeClient({
      AvailableSlots: {
        data: {
          availableSlots: [
            { start: '2026-11-24T08:00:00Z', end: '2026-11-24T08:20:00Z', free: true, reservedForUrgent: false },
            { start: '2026-11-24T08:20:00Z', end: '2026-11-24T08:40:00Z', free: false, reservedForUrgent: false },
            { start: '2026-11-24T16:00:00Z', end: '2026-11-24T16:20:00Z', free: true, reservedForUrgent: true },
          ],
        },
      },
    });
    let picked: string | null = 'x';
    renderWith(<SlotPicker performer={{ practitionerId: '20000000001' }} value={null} allowReserved onChange={(v) => (picked = v)} />, { client });
    await waitFor(() => expect(document.querySelectorAll('.slot').length).toBe(2));
    expect(screen.getByRole('radio', { name: /Pas de créneau/ })).toHaveProperty('checked', true);
    expect(screen.getByText('(réservé aux adressages urgents)')).toBeTruthy();
    fireEvent.click(document.querySelectorAll<HTMLInputElement>('.slot input')[0]);
    expect(picked).toBe('2026-11-24T08:00:00Z');
  });
});

describe('SlotPicker for whoever may not book reserved slots', () => {
  it('Given a slot held for urgent referrals When a specialist schedules Then it is not offered', async () => {
    const { SlotPicker } = await import('./SlotPicker');
    const client = fakeClient({
      AvailableSlots: {
        data: {
          availableSlots: [
            { start: '2026-11-24T08:00:00Z', end: '2026-11-24T08:20:00Z', free: true, reservedForUrgent: false },
            { start: '2026-11-24T16:00:00Z', end: '2026-11-24T16:20:00Z', free: true, reservedForUrgent: true },
          ],
        },
      },
    });
    renderWith(<SlotPicker performer={{ practitionerId: '20000000001' }} value={null} onChange={() => {}} />, { client });
    await waitFor(() => expect(document.querySelectorAll('.slot').length).toBe(1));
    expect(document.querySelector('.slot--urgent')).toBeNull();
  });
});
