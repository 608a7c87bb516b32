import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { ChatPanel } from './ChatPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { PrescriptionForm } from './PrescriptionForm';
import { fakeClient, gpSession, renderWith } from '../test/render';
import type { Session } from '../lib/auth';

const patient: Session = { ...gpSession, user: { id: 'patient-demo-1', name: 'Louise Martin', role: 'Patient', unitId: null, territoryId: 'demo' } };

const doc = (id: string, name: string, kind = 'OTHER') => ({
  id, journeyId: 'j1', stepId: null, kind, name, contentType: 'application/pdf', size: 2048,
  uploadedBy: '10000000001', uploadedByRole: 'GP', uploadedAt: '2026-11-23T08:30:00Z', downloadUrl: `/documents/${id}`,
});

const message = (sequence: number, senderId: string, text: string, extra: Record<string, unknown> = {}) => ({
  id: `m${sequence}`, sequence, stepId: null, senderId, senderRole: senderId === '10000000001' ? 'GP' : 'PATIENT', text,
  clientMessageId: null, sentAt: `2026-11-23T09:0${sequence}:00Z`, attachments: [], ...extra,
});

const conversation = (messages: unknown[], receipts: unknown[] = [], lastSequence = messages.length) => ({
  data: { conversation: { journeyId: 'j1', messages: { hasOlder: false, lastSequence, messages }, receipts } },
});

const receipt = (participantId: string, role: string, lastReadSequence: number) => ({ participantId, role, lastReadSequence, readAt: '2026-11-23T09:10:00Z' });

const threads = [{ stepId: 's3', label: 'Adressage — Paul Mercier' }];

describe('ChatPanel', () => {
  it('Given a message from the patient the GP has not read When the panel shows it Then it counts as unread and the read position moves to it', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient(
      {
        Conversation: conversation([message(1, '10000000001', 'Bonjour, comment allez-vous ?'), message(2, 'patient-demo-1', 'La douleur revient ce soir.')], [receipt('10000000001', 'GP', 1)]),
        MarkConversationRead: { data: { markConversationRead: receipt('10000000001', 'GP', 2) } },
      },
      calls,
    );
    renderWith(<ChatPanel journeyId="j1" threads={threads} names={{ '10000000001': 'Camille Durand' }} patientName="Ana Martin" />, { client });
    expect(await screen.findByText('La douleur revient ce soir.')).toBeTruthy();
    expect(screen.getByText('Ana Martin')).toBeTruthy();
    await waitFor(() => expect(calls.find((c) => c.name === 'MarkConversationRead')?.variables).toEqual({ input: { journeyId: 'j1', upToSequence: 2 } }));
    // Once read, nothing is left unread.
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('0'));
    expect(document.title).not.toMatch(/^\(/);
    // Replays start after what the page holds: nothing missed, nothing twice.
    expect(calls.find((c) => c.name === 'ConversationUpdated')?.variables).toEqual({ journeyId: 'j1', sinceSequence: 2 });
  });

  it('Given the patient has read up to my message When I look Then it says read by the patient; a later one only sent', async () => {
    const client = fakeClient({
      Conversation: conversation([message(1, '10000000001', 'Premier'), message(2, '10000000001', 'Second')], [receipt('patient-demo-1', 'PATIENT', 1)]),
    });
    renderWith(<ChatPanel journeyId="j1" threads={threads} names={{}} patientName="Ana Martin" />, { client });
    await screen.findByText('Second');
    const receipts = [...document.querySelectorAll('.msg__receipt')].map((e) => e.textContent);
    expect(receipts).toEqual(['Lu par Ana Martin', 'Envoyé']);
  });

  it('Given the network fails When sending Then the message stays with a retry that reuses its clientMessageId, and nothing is shown twice', async () => {
    const sent: { clientMessageId: string; text: string }[] = [];
    let attempts = 0;
    const client = fakeClient({
      Conversation: conversation([]),
      SendMessage: (variables: { input: { clientMessageId: string; text: string } }) => {
        sent.push(variables.input);
        attempts++;
        if (attempts === 1) return { data: undefined, error: new CombinedError({ networkError: new Error('offline') }) };
        return { data: { sendMessage: message(1, 'patient-demo-1', variables.input.text, { clientMessageId: variables.input.clientMessageId }) } };
      },
    });
    renderWith(<ChatPanel journeyId="j1" threads={threads} names={{}} />, { client, session: patient });
    await screen.findByText('Aucun message pour le moment.');
    fireEvent.change(screen.getByLabelText('Votre message'), { target: { value: 'Puis-je prendre du paracétamol ?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(await screen.findByText('Non envoyé.')).toBeTruthy();
    expect(screen.getByText('Serveur injoignable : vérifiez la connexion')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Renvoyer' }));
    await waitFor(() => expect(screen.queryByText('Non envoyé.')).toBeNull());
    expect(sent).toHaveLength(2);
    expect(sent[1].clientMessageId).toBe(sent[0].clientMessageId);
    expect(sent[0].clientMessageId.length).toBeGreaterThan(8);
    expect(screen.getAllByText('Puis-je prendre du paracétamol ?')).toHaveLength(1);
  });

  it('Given a step thread is chosen When sending Then the message goes to that step', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient(
      {
        Conversation: conversation([message(1, 'patient-demo-1', 'Dans le fil principal')]),
        SendMessage: (v: { input: { text: string; clientMessageId: string } }) => ({ data: { sendMessage: message(2, '10000000001', v.input.text, { stepId: 's3', clientMessageId: v.input.clientMessageId }) } }),
      },
      calls,
    );
    renderWith(<ChatPanel journeyId="j1" threads={threads} names={{}} />, { client });
    await screen.findByText('Dans le fil principal');
    fireEvent.change(screen.getByLabelText('Fil de discussion'), { target: { value: 's3' } });
    expect(screen.queryByText('Dans le fil principal')).toBeNull();
    fireEvent.change(screen.getByLabelText('Votre message (Adressage — Paul Mercier)'), { target: { value: 'ECG joint' } });
    fireEvent.keyDown(screen.getByLabelText('Votre message (Adressage — Paul Mercier)'), { key: 'Enter', ctrlKey: true });
    await screen.findByText('ECG joint');
    const input = (calls.find((c) => c.name === 'SendMessage')?.variables as { input: Record<string, unknown> }).input;
    expect(input).toMatchObject({ journeyId: 'j1', stepId: 's3', text: 'ECG joint', attachmentIds: null });
  });

  it('Given a message I cannot mark read yet When shown Then the tab title counts it', async () => {
    document.title = 'Innomed';
    const client = fakeClient({ Conversation: conversation([message(1, 'patient-demo-1', 'Nouveau')], [receipt('10000000001', 'GP', 0)]) });
    renderWith(<ChatPanel journeyId="j1" threads={[]} names={{}} />, { client });
    await screen.findByText('Nouveau');
    await waitFor(() => expect(document.title).toBe('(1) Innomed'));
    expect(screen.getByTestId('unread-count').textContent).toBe('1');
    expect(document.querySelector('.msg__message--new')).toBeTruthy();
  });

  it('Given a live message arrives When the panel is open Then it joins the list in order', async () => {
    const client = fakeClient({
      Conversation: conversation([message(1, '10000000001', 'Un')]),
      ConversationUpdated: { data: { conversationUpdated: { type: 'MESSAGE', message: message(2, 'patient-demo-1', 'Deux', { attachments: [doc('d9', 'photo.jpg')] }), receipt: null } } },
    });
    renderWith(<ChatPanel journeyId="j1" threads={threads} names={{}} />, { client });
    await screen.findByText('Deux');
    expect([...document.querySelectorAll('.msg__message')].map((e) => e.getAttribute('data-sequence'))).toEqual(['1', '2']);
    expect(screen.getByRole('button', { name: 'Télécharger photo.jpg' }).getAttribute('data-download-url')).toBe('/documents/d9');
  });
});

describe('ChatPanel outside the care team', () => {
  it('Given a GP not yet in the care team When they take charge (the journey moves) Then the conversation is read again and opens', async () => {
    const responses: Record<string, unknown> = {
      Conversation: { data: undefined, error: new CombinedError({ graphQLErrors: [new GraphQLError('Not in the care team', { extensions: { code: 'FORBIDDEN' } })] }) },
    };
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient(responses, calls);
    function Harness() {
      const [version, setVersion] = useState(1);
      return (
        <>
          <button type="button" onClick={() => setVersion(version + 1)}>
            journey moved
          </button>
          <ChatPanel journeyId="j1" threads={[]} names={{}} retryKey={version} />
        </>
      );
    }
    renderWith(<Harness />, { client });
    expect(await screen.findByText(/La messagerie est réservée à l'équipe de soins/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    const readsBefore = calls.filter((c) => c.name === 'Conversation').length;
    responses.Conversation = conversation([message(1, 'patient-demo-1', 'Merci docteur')]);
    fireEvent.click(screen.getByRole('button', { name: 'journey moved' }));
    expect(await screen.findByText('Merci docteur')).toBeTruthy();
    expect(calls.filter((c) => c.name === 'Conversation').length).toBeGreaterThan(readsBefore);
  });
});

describe('DocumentsPanel', () => {
  const file = {
    data: {
      journey: {
        id: 'j1',
        patientFile: {
          documents: [doc('d1', 'ECG.pdf', 'RESULT'), doc('p1', 'ordonnance.pdf', 'PRESCRIPTION')],
          prescriptions: [{ ...doc('p1', 'ordonnance.pdf', 'PRESCRIPTION'), prescription: { category: 'MEDICATION', notes: null, lines: [{ text: 'Paracétamol 1 g', dosage: '1 cp / 6 h', duration: '5 jours', quantity: null }] } }],
          reports: [{ kind: 'REFERRAL', completedAt: '2026-11-23T10:00:00Z', report: 'Extrasystoles bénignes.', performer: null, step: { id: 's3' }, documents: [] }],
        },
      },
    },
  };
  afterEach(() => vi.unstubAllGlobals());

  it('Given a patient file When shown Then documents, the prescription with its PDF, and the report are listed', async () => {
    renderWith(<DocumentsPanel journeyId="j1" steps={[]} refreshKey={1} />, { client: fakeClient({ PatientFile: file }) });
    expect(await screen.findByText('ECG.pdf')).toBeTruthy();
    // The prescription is listed once, under prescriptions, with its lines.
    expect(document.querySelectorAll('[data-document-id="p1"]')).toHaveLength(1);
    expect(screen.getByText(/Paracétamol 1 g/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Télécharger le PDF' }).getAttribute('data-download-url')).toBe('/documents/p1');
    expect(screen.getByText('Extrasystoles bénignes.')).toBeTruthy();
  });

  it('Given a document of the journey When the GP files it under a step Then it is linked there, the patient cannot', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const client = fakeClient({ PatientFile: file, LinkDocument: { data: { linkDocument: { id: 'd1', stepId: 's3' } } } }, calls);
    renderWith(<DocumentsPanel journeyId="j1" steps={[{ id: 's3', label: 'Adressage — Paul Mercier' }]} refreshKey={1} />, { client });
    fireEvent.change(await screen.findByLabelText('Étape où classer ECG.pdf'), { target: { value: 's3' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Classer' })[0]);
    await waitFor(() => expect(calls.find((c) => c.name === 'LinkDocument')?.variables).toEqual({ input: { journeyId: 'j1', documentId: 'd1', stepId: 's3' } }));
  });

  it('Given the patient When they look at their file Then there is nothing to file under a step', async () => {
    renderWith(<DocumentsPanel journeyId="j1" steps={[{ id: 's3', label: 'Adressage' }]} refreshKey={1} />, { client: fakeClient({ PatientFile: file }), session: patient });
    await screen.findByText('ECG.pdf');
    expect(screen.queryByText('Classer sous une étape')).toBeNull();
  });

  it('Given a download When clicked Then the file is fetched with the bearer token (a plain link would be refused)', async () => {
    const fetchMock = vi.fn(async () => new Response(new Blob(['%PDF-1.4']), { status: 200, headers: { 'content-disposition': "attachment; filename=\"ECG.pdf\"; filename*=UTF-8''ECG.pdf" } }));
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    renderWith(<DocumentsPanel journeyId="j1" steps={[]} refreshKey={1} />, { client: fakeClient({ PatientFile: file }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Télécharger ECG.pdf' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/documents/d1');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer test-token');
  });

  it('Given a file over 10 MiB When picked Then it is refused in words before anything is sent', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderWith(<DocumentsPanel journeyId="j1" steps={[]} refreshKey={1} />, { client: fakeClient({ PatientFile: file }) });
    const big = new File(['x'], 'scanner.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    fireEvent.change(await screen.findByLabelText('Fichier'), { target: { files: [big] } });
    expect(await screen.findByText('Fichier trop volumineux (10 Mo au plus)')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Envoyer le document' }) as HTMLButtonElement).disabled).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('Given the gateway refuses the content When uploading Then its typed error is shown', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ errors: [{ message: 'The content is not a application/pdf file.', extensions: { code: 'CONTENT_TYPE_MISMATCH' } }] }), { status: 415 }));
    vi.stubGlobal('fetch', fetchMock);
    renderWith(<DocumentsPanel journeyId="j1" steps={[{ id: 's3', label: 'Adressage' }]} refreshKey={1} />, { client: fakeClient({ PatientFile: file }) });
    fireEvent.change(await screen.findByLabelText('Fichier'), { target: { files: [new File(['hello'], 'faux.pdf', { type: 'application/pdf' })] } });
    fireEvent.change(within(screen.getByRole('form', { name: 'Ajouter un document' })).getByLabelText('Étape concernée'), { target: { value: 's3' } });
    // jsdom keeps its own (empty) FileList for `required`: submit the form as the button would.
    fireEvent.submit(screen.getByRole('form', { name: 'Ajouter un document' }));
    expect(await screen.findByText('Le contenu du fichier ne correspond pas à son type')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/documents?journeyId=j1&kind=CONSULTATION_REPORT&name=faux.pdf&stepId=s3');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/pdf');
  });
});

describe('PrescriptionForm', () => {
  it('Given a prescriber When they write two lines Then the structured prescription is created and announced', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    const created = vi.fn();
    const client = fakeClient({ CreatePrescription: { data: { createPrescription: { id: 'p2', name: 'Ordonnance.pdf', stepId: null, downloadUrl: '/documents/p2' } } } }, calls);
    renderWith(<PrescriptionForm journeyId="j1" steps={[]} onCreated={created} />, { client });
    fireEvent.change(screen.getByLabelText('Médicament (nom, dosage, forme)'), { target: { value: 'Paracétamol 1 g' } });
    fireEvent.change(screen.getByLabelText('Posologie'), { target: { value: '1 comprimé toutes les 6 h' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une ligne' }));
    fireEvent.change(screen.getAllByLabelText('Médicament (nom, dosage, forme)')[1], { target: { value: 'Ibuprofène 200 mg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Signer et enregistrer' }));
    expect(await screen.findByText('Ordonnance enregistrée ; son PDF est dans le dossier.')).toBeTruthy();
    expect(calls.find((c) => c.name === 'CreatePrescription')?.variables).toEqual({
      input: {
        journeyId: 'j1', stepId: null, category: 'MEDICATION', notes: null,
        lines: [
          { text: 'Paracétamol 1 g', dosage: '1 comprimé toutes les 6 h', duration: null, quantity: null },
          { text: 'Ibuprofène 200 mg', dosage: null, duration: null, quantity: null },
        ],
      },
    });
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ id: 'p2' }));
  });
});
