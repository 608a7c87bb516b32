import type { JourneyDetailFragment, StepFieldsFragment } from '../gql/graphql';

export function step(overrides: Partial<StepFieldsFragment> = {}): StepFieldsFragment {
  return {
    
    id: 's1',
    parentId: null,
    kind: 'TRIAGE',
    status: 'COMPLETED',
    priority: 'ROUTINE',
    reason: null,
    dueBy: null,
    overdue: false,
    report: null,
    statusReason: null,
    alternative: null,
    requesterId: null,
    requester: null,
    slot: null,
    permittedActions: [],
    performer: null,
    suggestedPerformer: null,
    notes: [],
    lab: null,
    teleExpertise: null,
    createdAt: '2026-11-23T08:00:00Z',
    updatedAt: '2026-11-23T08:00:00Z',
    completedAt: null,
    ...overrides,
  } as StepFieldsFragment;
}

export const referral = step({
  id: 's3',
  parentId: 's2',
  kind: 'REFERRAL',
  status: 'REQUESTED',
  reason: 'Palpitations',
  requesterId: '10000000001',
  permittedActions: ['ACCEPT', 'REJECT', 'CANCEL'],
  performer: {
    
    kind: 'PRACTITIONER',
    id: '20000000001',
    practitioner: { id: '20000000001', givenName: 'Paul', familyName: 'Mercier', specialty: 'Cardiology', role: 'SPECIALIST', contact: { name: null, phone: null, email: null, videoLink: null } },
    unit: null,
  },
});

export function journey(overrides: Partial<JourneyDetailFragment> = {}): JourneyDetailFragment {
  return {
    
    id: 'j1',
    stage: 'PRIMARY_CARE',
    version: 5,
    territoryId: 'demo',
    overdue: false,
    overdueSince: null,
    outcome: null,
    cancellationReason: null,
    createdAt: '2026-11-23T08:00:00Z',
    updatedAt: '2026-11-23T08:00:00Z',
    endedAt: null,
    permittedActions: ['REFER', 'CLOSE', 'CANCEL'],
    patient: { familyName: 'Martin', givenName: 'Ana', birthDate: '1990-01-02', sex: 'female', phone: null, email: null },
    triage: { level: 'URGENT', triagedAt: '2026-11-23T08:00:00Z', dueBy: '2026-11-23T10:00:00Z', reasons: ['Fièvre'], triagedBy: null, answers: [] },
    gp: { id: '10000000001', givenName: 'Camille', familyName: 'Durand', contact: { name: null, phone: '+33 6 00 00 00 01', email: null, videoLink: null } },
    steps: [step(), step({ id: 's2', parentId: 's1', kind: 'PRIMARY_CARE', status: 'IN_PROGRESS' }), referral],
    alerts: [],
    timeline: { nodes: [] },
    ...overrides,
  } as JourneyDetailFragment;
}
