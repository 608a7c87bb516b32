/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ContactFields on Contact {\n    name\n    phone\n    email\n    videoLink\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  fragment PerformerFields on Performer {\n    kind\n    id\n    practitioner { id givenName familyName specialty role contact { ...ContactFields } }\n    unit { id name hospitalName kind contactPoint { ...ContactFields } }\n  }\n": typeof types.PerformerFieldsFragmentDoc,
    "\n  fragment StepFields on Step {\n    id\n    parentId\n    kind\n    status\n    priority\n    reason\n    dueBy\n    overdue\n    report\n    statusReason\n    alternative\n    requesterId\n    requester { id givenName familyName }\n    slot { start end }\n    permittedActions\n    performer { ...PerformerFields }\n    suggestedPerformer { ...PerformerFields }\n    notes { at authorId text }\n    lab {\n      exam\n      clinicalInformation\n      imagingReport\n      tests { code label }\n      results { code label value text unit referenceLow referenceHigh flag abnormal critical postedAt }\n    }\n    teleExpertise {\n      question\n      outcome\n      dueBy\n      answer\n      answeredAt\n      responseTimeSeconds\n      withinDueBy\n      expert { id givenName familyName specialty }\n      attachments { name contentType downloadUrl reference }\n      answerAttachments { name contentType downloadUrl reference }\n      convertedTo { id kind status }\n    }\n    createdAt\n    updatedAt\n    completedAt\n  }\n": typeof types.StepFieldsFragmentDoc,
    "\n  fragment LabAlertFields on LabAlert {\n    id\n    journeyId\n    stepId\n    raisedAt\n    orderedBy\n    codes\n    escalateAt\n    escalatedAt\n    escalatedTo\n    acknowledgedAt\n    acknowledgedBy\n    open\n  }\n": typeof types.LabAlertFieldsFragmentDoc,
    "\n  fragment JourneyDetail on Journey {\n    id\n    stage\n    version\n    territoryId\n    overdue\n    overdueSince\n    outcome\n    cancellationReason\n    createdAt\n    updatedAt\n    endedAt\n    permittedActions\n    patient { familyName givenName birthDate sex phone email }\n    triage { level triagedAt dueBy reasons triagedBy answers { question value } }\n    gp { id givenName familyName contact { ...ContactFields } }\n    steps { ...StepFields }\n    alerts { ...LabAlertFields }\n    timeline(first: 200) { nodes { version type at actorId stage stepId stepStatus detail } }\n  }\n": typeof types.JourneyDetailFragmentDoc,
    "\n  fragment JourneySummary on Journey {\n    id\n    stage\n    version\n    overdue\n    overdueSince\n    updatedAt\n    patient { familyName givenName birthDate }\n    triage { level dueBy reasons }\n    gp { id givenName familyName }\n  }\n": typeof types.JourneySummaryFragmentDoc,
    "\n  fragment WorkItemFields on WorkItem {\n    journeyId\n    stepId\n    kind\n    status\n    priority\n    dueBy\n    level\n    step { id reason overdue requester { id givenName familyName } }\n    journey { ...JourneySummary }\n  }\n": typeof types.WorkItemFieldsFragmentDoc,
    "\n  query Journey($id: ID!) {\n    journey(id: $id) { ...JourneyDetail }\n  }\n": typeof types.JourneyDocument,
    "\n  subscription JourneyUpdated($journeyId: ID!, $sinceVersion: Int) {\n    journeyUpdated(journeyId: $journeyId, sinceVersion: $sinceVersion) {\n      version\n      type\n      at\n      journey { ...JourneyDetail }\n    }\n  }\n": typeof types.JourneyUpdatedDocument,
    "\n  query TerritoryInfo($id: ID!) {\n    territory(id: $id) { id name opensAt closesAt timeZone onCall { ...ContactFields } }\n  }\n": typeof types.TerritoryInfoDocument,
    "\n  query MyJourneys {\n    myJourneys(first: 10) { id stage updatedAt }\n  }\n": typeof types.MyJourneysDocument,
    "\n  mutation StartJourney($input: StartJourneyInput!) {\n    startJourney(input: $input) { journey { id stage version } }\n  }\n": typeof types.StartJourneyDocument,
    "\n  fragment TriageProgressFields on TriageProgress {\n    complete\n    questionnaireVersion\n    answers { question value }\n    next {\n      code\n      kind\n      text(lang: $lang)\n      help(lang: $lang)\n      min\n      max\n      decimals\n      unit(lang: $lang)\n      allowsUnknown\n      isRedFlag\n      maxLength\n      options { code label(lang: $lang) }\n    }\n    journey { id stage version triage { level dueBy reasons } }\n  }\n": typeof types.TriageProgressFieldsFragmentDoc,
    "\n  query TriageProgress($journeyId: ID!, $lang: Lang!) {\n    triageProgress(journeyId: $journeyId) { ...TriageProgressFields }\n  }\n": typeof types.TriageProgressDocument,
    "\n  mutation AnswerTriage($input: AnswerTriageInput!, $lang: Lang!) {\n    answerTriage(input: $input) { ...TriageProgressFields }\n  }\n": typeof types.AnswerTriageDocument,
    "\n  query GpHome($practitionerId: ID!, $territoryId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      worklist { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n    territory(id: $territoryId) { id awaitingQueue { ...JourneySummary } }\n  }\n": typeof types.GpHomeDocument,
    "\n  subscription ReferralStatusChanged($practitionerId: ID!) {\n    referralStatusChanged(practitionerId: $practitionerId) {\n      version\n      type\n      at\n      journeyId\n      previousStatus\n      step { id kind status statusReason performer { ...PerformerFields } }\n      journey { id patient { givenName familyName } }\n    }\n  }\n": typeof types.ReferralStatusChangedDocument,
    "\n  mutation TakeCharge($input: TakeChargeInput!) {\n    takeCharge(input: $input) { journey { ...JourneyDetail } }\n  }\n": typeof types.TakeChargeDocument,
    "\n  mutation Refer($input: ReferInput!) {\n    refer(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": typeof types.ReferDocument,
    "\n  mutation UpdateStep($input: UpdateStepInput!) {\n    updateStep(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": typeof types.UpdateStepDocument,
    "\n  mutation CloseJourney($input: CloseJourneyInput!) {\n    closeJourney(input: $input) { journey { ...JourneyDetail } }\n  }\n": typeof types.CloseJourneyDocument,
    "\n  mutation CancelJourney($input: CancelJourneyInput!) {\n    cancelJourney(input: $input) { journey { ...JourneyDetail } }\n  }\n": typeof types.CancelJourneyDocument,
    "\n  mutation ReturnToPrimaryCare($input: ReturnToPrimaryCareInput!) {\n    returnToPrimaryCare(input: $input) { journey { ...JourneyDetail } }\n  }\n": typeof types.ReturnToPrimaryCareDocument,
    "\n  query SearchPractitioners(\n    $territoryId: ID!\n    $text: String\n    $role: PractitionerRole\n    $specialty: String\n    $freeSlotWithinHours: Int\n    $withSlots: Boolean! = false\n  ) {\n    searchPractitioners(\n      territoryId: $territoryId\n      text: $text\n      role: $role\n      specialty: $specialty\n      freeSlotWithinHours: $freeSlotWithinHours\n      first: 50\n    ) {\n      id\n      givenName\n      familyName\n      role\n      specialty\n      unitId\n      contact { ...ContactFields }\n      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }\n    }\n  }\n": typeof types.SearchPractitionersDocument,
    "\n  query SearchUnits(\n    $territoryId: ID!\n    $text: String\n    $kind: UnitKind\n    $specialty: String\n    $freeSlotWithinHours: Int\n    $withSlots: Boolean! = false\n  ) {\n    searchUnits(\n      territoryId: $territoryId\n      text: $text\n      kind: $kind\n      specialty: $specialty\n      freeSlotWithinHours: $freeSlotWithinHours\n      first: 50\n    ) {\n      id\n      name\n      hospitalName\n      kind\n      specialty\n      contactPoint { ...ContactFields }\n      capacity { bedsFree bedsTotal erWaiting doctorsOnDuty }\n      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }\n    }\n  }\n": typeof types.SearchUnitsDocument,
    "\n  query PractitionerHome($practitionerId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      givenName\n      familyName\n      specialty\n      worklist { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n  }\n": typeof types.PractitionerHomeDocument,
    "\n  fragment UnitCapacityFields on UnitCapacity {\n    bedsTotal\n    bedsOccupied\n    bedsFree\n    erWaiting\n    erLongestWaitMinutes\n    doctorsOnDuty\n    updatedAt\n  }\n": typeof types.UnitCapacityFieldsFragmentDoc,
    "\n  query UnitHome($unitId: ID!) {\n    hospitalUnit(id: $unitId) {\n      id\n      name\n      hospitalName\n      kind\n      capacity { ...UnitCapacityFields }\n      incoming { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n  }\n": typeof types.UnitHomeDocument,
    "\n  subscription UnitJourneys($unitId: ID!) {\n    unitJourneys(unitId: $unitId) { version type journeyId }\n  }\n": typeof types.UnitJourneysDocument,
    "\n  mutation UpdateUnitCapacity($input: UpdateUnitCapacityInput!) {\n    updateUnitCapacity(input: $input) { ...UnitCapacityFields }\n  }\n": typeof types.UpdateUnitCapacityDocument,
    "\n  fragment EmergencyFields on Journey {\n    id\n    stage\n    version\n    updatedAt\n    patient { familyName givenName birthDate sex phone }\n    triage { level triagedAt reasons answers { question value } }\n  }\n": typeof types.EmergencyFieldsFragmentDoc,
    "\n  query RegulatorQueue($territoryId: ID!) {\n    territory(id: $territoryId) { id emergencyQueue { ...EmergencyFields } }\n  }\n": typeof types.RegulatorQueueDocument,
    "\n  subscription EmergencyQueue($territoryId: ID!) {\n    emergencyQueue(territoryId: $territoryId) {\n      version\n      type\n      journeyId\n      journey { ...EmergencyFields }\n    }\n  }\n": typeof types.EmergencyQueueDocument,
    "\n  fragment CapacityFields on TerritoryCapacity {\n    territoryId\n    bedsTotal\n    bedsOccupied\n    erWaiting\n    updatedAt\n    units {\n      unitId\n      kind\n      capacity { ...UnitCapacityFields }\n      unit { id name hospitalName }\n    }\n  }\n": typeof types.CapacityFieldsFragmentDoc,
    "\n  query TerritoryDashboard($territoryId: ID!) {\n    territory(id: $territoryId) { id name capacity { ...CapacityFields } }\n  }\n": typeof types.TerritoryDashboardDocument,
    "\n  query TerritoryOverdue($territoryId: ID!) {\n    territory(id: $territoryId) { id overdue { ...JourneySummary } }\n  }\n": typeof types.TerritoryOverdueDocument,
    "\n  subscription TerritoryCapacity($territoryId: ID!) {\n    territoryCapacity(territoryId: $territoryId) { ...CapacityFields }\n  }\n": typeof types.TerritoryCapacityDocument,
    "\n  query AvailableSlots($performer: PerformerInput!, $from: DateTimeOffset, $to: DateTimeOffset) {\n    availableSlots(performer: $performer, from: $from, to: $to) { start end free reservedForUrgent }\n  }\n": typeof types.AvailableSlotsDocument,
    "\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) { step { id status slot { start end } } journey { ...JourneyDetail } }\n  }\n": typeof types.BookSlotDocument,
    "\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": typeof types.CancelBookingDocument,
    "\n  query AuditTrail($journeyId: ID!, $after: String) {\n    auditTrail(journeyId: $journeyId, first: 50, after: $after) {\n      nodes { id at actorId actorRole operation outcome transport }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query Alerts($practitionerId: ID!) {\n    alerts(practitionerId: $practitionerId) { ...LabAlertFields }\n  }\n": typeof types.AlertsDocument,
    "\n  subscription AlertEvents($practitionerId: ID!) {\n    alerts(practitionerId: $practitionerId) {\n      type\n      at\n      alert { ...LabAlertFields }\n      journey { id patient { givenName familyName } }\n    }\n  }\n": typeof types.AlertEventsDocument,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { journey { ...JourneyDetail } }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  mutation OrderLabs($input: OrderLabsInput!) {\n    orderLabs(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": typeof types.OrderLabsDocument,
    "\n  mutation PostLabResults($input: PostLabResultsInput!) {\n    postLabResults(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": typeof types.PostLabResultsDocument,
    "\n  mutation RequestTeleExpertise($input: RequestTeleExpertiseInput!) {\n    requestTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": typeof types.RequestTeleExpertiseDocument,
    "\n  mutation AnswerTeleExpertise($input: AnswerTeleExpertiseInput!) {\n    answerTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": typeof types.AnswerTeleExpertiseDocument,
    "\n  mutation ConvertTeleExpertise($input: ConvertTeleExpertiseInput!) {\n    convertTeleExpertiseToReferral(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": typeof types.ConvertTeleExpertiseDocument,
    "\n  query TeleExpertiseInbox($practitionerId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      worklist {\n        journeyId\n        stepId\n        kind\n        status\n        priority\n        dueBy\n        step {\n          id\n          overdue\n          requester { id givenName familyName }\n          teleExpertise { question outcome dueBy initialDueBy attachments { name contentType downloadUrl reference } }\n        }\n        journey { ...JourneySummary }\n      }\n    }\n  }\n": typeof types.TeleExpertiseInboxDocument,
    "\n  query TeleExpertiseStatement($practitionerId: ID!, $month: String!) {\n    teleExpertiseStatement(practitionerId: $practitionerId, month: $month) {\n      practitionerId\n      month\n      billableCount\n      billableTotal\n      notBillableCount\n      lines { requestId journeyId answeredAt role code amount billable notBillableReason counterpartId }\n    }\n  }\n": typeof types.TeleExpertiseStatementDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    journeyId\n    stepId\n    kind\n    name\n    contentType\n    size\n    uploadedBy\n    uploadedByRole\n    uploadedAt\n    downloadUrl\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  query PatientFile($journeyId: ID!) {\n    journey(id: $journeyId) {\n      id\n      patientFile {\n        documents { ...DocumentFields }\n        prescriptions { ...DocumentFields prescription { category notes lines { text dosage duration quantity } } }\n        reports { kind completedAt report performer { ...PerformerFields } step { id } documents { ...DocumentFields } }\n      }\n    }\n  }\n": typeof types.PatientFileDocument,
    "\n  fragment MessageFields on ConversationMessage {\n    id\n    sequence\n    stepId\n    senderId\n    senderRole\n    text\n    clientMessageId\n    sentAt\n    attachments { ...DocumentFields }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment ReceiptFields on ReadReceipt {\n    participantId\n    role\n    lastReadSequence\n    readAt\n  }\n": typeof types.ReceiptFieldsFragmentDoc,
    "\n  query Conversation($journeyId: ID!, $before: Int) {\n    conversation(journeyId: $journeyId) {\n      journeyId\n      messages(first: 50, before: $before) { hasOlder lastSequence messages { ...MessageFields } }\n      receipts { ...ReceiptFields }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  subscription ConversationUpdated($journeyId: ID!, $sinceSequence: Int) {\n    conversationUpdated(journeyId: $journeyId, sinceSequence: $sinceSequence) {\n      type\n      message { ...MessageFields }\n      receipt { ...ReceiptFields }\n    }\n  }\n": typeof types.ConversationUpdatedDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...MessageFields }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { ...ReceiptFields }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  fragment CategoryCountFields on CategoryCount {\n    category\n    count\n    suppressed\n    rollingAverage7\n    weekTotal\n    previousWeekTotal\n    weekOverWeekChange\n  }\n": typeof types.CategoryCountFieldsFragmentDoc,
    "\n  fragment EpidemiologyAlertFields on EpidemiologyAlert {\n    category\n    date\n    rollingAverage7\n    previousAverage7\n    raisedAt\n    threshold { minDailyAverage riseRatio }\n  }\n": typeof types.EpidemiologyAlertFieldsFragmentDoc,
    "\n  fragment EpidemiologyDayFields on EpidemiologyDay {\n    date\n    total { ...CategoryCountFields }\n    categories { ...CategoryCountFields }\n  }\n": typeof types.EpidemiologyDayFieldsFragmentDoc,
    "\n  query Epidemiology($territoryId: ID!) {\n    epidemiology(territoryId: $territoryId) {\n      territoryId\n      from\n      to\n      suppressionThreshold\n      days { ...EpidemiologyDayFields }\n      activeAlerts { ...EpidemiologyAlertFields }\n    }\n  }\n": typeof types.EpidemiologyDocument,
    "\n  subscription EpidemiologyUpdated($territoryId: ID!) {\n    epidemiologyUpdated(territoryId: $territoryId) {\n      day { ...EpidemiologyDayFields }\n      raisedAlerts { ...EpidemiologyAlertFields }\n    }\n  }\n": typeof types.EpidemiologyUpdatedDocument,
    "\n  subscription EpidemiologyAlerts($territoryId: ID!) {\n    epidemiologyAlerts(territoryId: $territoryId) { ...EpidemiologyAlertFields }\n  }\n": typeof types.EpidemiologyAlertsDocument,
    "\n  mutation CreatePrescription($input: CreatePrescriptionInput!) {\n    createPrescription(input: $input) { id name stepId downloadUrl }\n  }\n": typeof types.CreatePrescriptionDocument,
    "\n  query JourneyDocuments($journeyId: ID!) {\n    documents(journeyId: $journeyId) { id name kind uploadedAt }\n  }\n": typeof types.JourneyDocumentsDocument,
    "\n  query EpidemiologyThresholds($territoryId: ID!) {\n    epidemiologyThresholds(territoryId: $territoryId) { category minDailyAverage riseRatio }\n  }\n": typeof types.EpidemiologyThresholdsDocument,
    "\n  mutation SetEpidemiologyThreshold($input: SetEpidemiologyThresholdInput!) {\n    setEpidemiologyThreshold(input: $input) { category minDailyAverage riseRatio }\n  }\n": typeof types.SetEpidemiologyThresholdDocument,
    "\n  mutation LinkDocument($input: LinkDocumentInput!) {\n    linkDocument(input: $input) { id stepId }\n  }\n": typeof types.LinkDocumentDocument,
};
const documents: Documents = {
    "\n  fragment ContactFields on Contact {\n    name\n    phone\n    email\n    videoLink\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  fragment PerformerFields on Performer {\n    kind\n    id\n    practitioner { id givenName familyName specialty role contact { ...ContactFields } }\n    unit { id name hospitalName kind contactPoint { ...ContactFields } }\n  }\n": types.PerformerFieldsFragmentDoc,
    "\n  fragment StepFields on Step {\n    id\n    parentId\n    kind\n    status\n    priority\n    reason\n    dueBy\n    overdue\n    report\n    statusReason\n    alternative\n    requesterId\n    requester { id givenName familyName }\n    slot { start end }\n    permittedActions\n    performer { ...PerformerFields }\n    suggestedPerformer { ...PerformerFields }\n    notes { at authorId text }\n    lab {\n      exam\n      clinicalInformation\n      imagingReport\n      tests { code label }\n      results { code label value text unit referenceLow referenceHigh flag abnormal critical postedAt }\n    }\n    teleExpertise {\n      question\n      outcome\n      dueBy\n      answer\n      answeredAt\n      responseTimeSeconds\n      withinDueBy\n      expert { id givenName familyName specialty }\n      attachments { name contentType downloadUrl reference }\n      answerAttachments { name contentType downloadUrl reference }\n      convertedTo { id kind status }\n    }\n    createdAt\n    updatedAt\n    completedAt\n  }\n": types.StepFieldsFragmentDoc,
    "\n  fragment LabAlertFields on LabAlert {\n    id\n    journeyId\n    stepId\n    raisedAt\n    orderedBy\n    codes\n    escalateAt\n    escalatedAt\n    escalatedTo\n    acknowledgedAt\n    acknowledgedBy\n    open\n  }\n": types.LabAlertFieldsFragmentDoc,
    "\n  fragment JourneyDetail on Journey {\n    id\n    stage\n    version\n    territoryId\n    overdue\n    overdueSince\n    outcome\n    cancellationReason\n    createdAt\n    updatedAt\n    endedAt\n    permittedActions\n    patient { familyName givenName birthDate sex phone email }\n    triage { level triagedAt dueBy reasons triagedBy answers { question value } }\n    gp { id givenName familyName contact { ...ContactFields } }\n    steps { ...StepFields }\n    alerts { ...LabAlertFields }\n    timeline(first: 200) { nodes { version type at actorId stage stepId stepStatus detail } }\n  }\n": types.JourneyDetailFragmentDoc,
    "\n  fragment JourneySummary on Journey {\n    id\n    stage\n    version\n    overdue\n    overdueSince\n    updatedAt\n    patient { familyName givenName birthDate }\n    triage { level dueBy reasons }\n    gp { id givenName familyName }\n  }\n": types.JourneySummaryFragmentDoc,
    "\n  fragment WorkItemFields on WorkItem {\n    journeyId\n    stepId\n    kind\n    status\n    priority\n    dueBy\n    level\n    step { id reason overdue requester { id givenName familyName } }\n    journey { ...JourneySummary }\n  }\n": types.WorkItemFieldsFragmentDoc,
    "\n  query Journey($id: ID!) {\n    journey(id: $id) { ...JourneyDetail }\n  }\n": types.JourneyDocument,
    "\n  subscription JourneyUpdated($journeyId: ID!, $sinceVersion: Int) {\n    journeyUpdated(journeyId: $journeyId, sinceVersion: $sinceVersion) {\n      version\n      type\n      at\n      journey { ...JourneyDetail }\n    }\n  }\n": types.JourneyUpdatedDocument,
    "\n  query TerritoryInfo($id: ID!) {\n    territory(id: $id) { id name opensAt closesAt timeZone onCall { ...ContactFields } }\n  }\n": types.TerritoryInfoDocument,
    "\n  query MyJourneys {\n    myJourneys(first: 10) { id stage updatedAt }\n  }\n": types.MyJourneysDocument,
    "\n  mutation StartJourney($input: StartJourneyInput!) {\n    startJourney(input: $input) { journey { id stage version } }\n  }\n": types.StartJourneyDocument,
    "\n  fragment TriageProgressFields on TriageProgress {\n    complete\n    questionnaireVersion\n    answers { question value }\n    next {\n      code\n      kind\n      text(lang: $lang)\n      help(lang: $lang)\n      min\n      max\n      decimals\n      unit(lang: $lang)\n      allowsUnknown\n      isRedFlag\n      maxLength\n      options { code label(lang: $lang) }\n    }\n    journey { id stage version triage { level dueBy reasons } }\n  }\n": types.TriageProgressFieldsFragmentDoc,
    "\n  query TriageProgress($journeyId: ID!, $lang: Lang!) {\n    triageProgress(journeyId: $journeyId) { ...TriageProgressFields }\n  }\n": types.TriageProgressDocument,
    "\n  mutation AnswerTriage($input: AnswerTriageInput!, $lang: Lang!) {\n    answerTriage(input: $input) { ...TriageProgressFields }\n  }\n": types.AnswerTriageDocument,
    "\n  query GpHome($practitionerId: ID!, $territoryId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      worklist { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n    territory(id: $territoryId) { id awaitingQueue { ...JourneySummary } }\n  }\n": types.GpHomeDocument,
    "\n  subscription ReferralStatusChanged($practitionerId: ID!) {\n    referralStatusChanged(practitionerId: $practitionerId) {\n      version\n      type\n      at\n      journeyId\n      previousStatus\n      step { id kind status statusReason performer { ...PerformerFields } }\n      journey { id patient { givenName familyName } }\n    }\n  }\n": types.ReferralStatusChangedDocument,
    "\n  mutation TakeCharge($input: TakeChargeInput!) {\n    takeCharge(input: $input) { journey { ...JourneyDetail } }\n  }\n": types.TakeChargeDocument,
    "\n  mutation Refer($input: ReferInput!) {\n    refer(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": types.ReferDocument,
    "\n  mutation UpdateStep($input: UpdateStepInput!) {\n    updateStep(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": types.UpdateStepDocument,
    "\n  mutation CloseJourney($input: CloseJourneyInput!) {\n    closeJourney(input: $input) { journey { ...JourneyDetail } }\n  }\n": types.CloseJourneyDocument,
    "\n  mutation CancelJourney($input: CancelJourneyInput!) {\n    cancelJourney(input: $input) { journey { ...JourneyDetail } }\n  }\n": types.CancelJourneyDocument,
    "\n  mutation ReturnToPrimaryCare($input: ReturnToPrimaryCareInput!) {\n    returnToPrimaryCare(input: $input) { journey { ...JourneyDetail } }\n  }\n": types.ReturnToPrimaryCareDocument,
    "\n  query SearchPractitioners(\n    $territoryId: ID!\n    $text: String\n    $role: PractitionerRole\n    $specialty: String\n    $freeSlotWithinHours: Int\n    $withSlots: Boolean! = false\n  ) {\n    searchPractitioners(\n      territoryId: $territoryId\n      text: $text\n      role: $role\n      specialty: $specialty\n      freeSlotWithinHours: $freeSlotWithinHours\n      first: 50\n    ) {\n      id\n      givenName\n      familyName\n      role\n      specialty\n      unitId\n      contact { ...ContactFields }\n      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }\n    }\n  }\n": types.SearchPractitionersDocument,
    "\n  query SearchUnits(\n    $territoryId: ID!\n    $text: String\n    $kind: UnitKind\n    $specialty: String\n    $freeSlotWithinHours: Int\n    $withSlots: Boolean! = false\n  ) {\n    searchUnits(\n      territoryId: $territoryId\n      text: $text\n      kind: $kind\n      specialty: $specialty\n      freeSlotWithinHours: $freeSlotWithinHours\n      first: 50\n    ) {\n      id\n      name\n      hospitalName\n      kind\n      specialty\n      contactPoint { ...ContactFields }\n      capacity { bedsFree bedsTotal erWaiting doctorsOnDuty }\n      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }\n    }\n  }\n": types.SearchUnitsDocument,
    "\n  query PractitionerHome($practitionerId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      givenName\n      familyName\n      specialty\n      worklist { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n  }\n": types.PractitionerHomeDocument,
    "\n  fragment UnitCapacityFields on UnitCapacity {\n    bedsTotal\n    bedsOccupied\n    bedsFree\n    erWaiting\n    erLongestWaitMinutes\n    doctorsOnDuty\n    updatedAt\n  }\n": types.UnitCapacityFieldsFragmentDoc,
    "\n  query UnitHome($unitId: ID!) {\n    hospitalUnit(id: $unitId) {\n      id\n      name\n      hospitalName\n      kind\n      capacity { ...UnitCapacityFields }\n      incoming { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n  }\n": types.UnitHomeDocument,
    "\n  subscription UnitJourneys($unitId: ID!) {\n    unitJourneys(unitId: $unitId) { version type journeyId }\n  }\n": types.UnitJourneysDocument,
    "\n  mutation UpdateUnitCapacity($input: UpdateUnitCapacityInput!) {\n    updateUnitCapacity(input: $input) { ...UnitCapacityFields }\n  }\n": types.UpdateUnitCapacityDocument,
    "\n  fragment EmergencyFields on Journey {\n    id\n    stage\n    version\n    updatedAt\n    patient { familyName givenName birthDate sex phone }\n    triage { level triagedAt reasons answers { question value } }\n  }\n": types.EmergencyFieldsFragmentDoc,
    "\n  query RegulatorQueue($territoryId: ID!) {\n    territory(id: $territoryId) { id emergencyQueue { ...EmergencyFields } }\n  }\n": types.RegulatorQueueDocument,
    "\n  subscription EmergencyQueue($territoryId: ID!) {\n    emergencyQueue(territoryId: $territoryId) {\n      version\n      type\n      journeyId\n      journey { ...EmergencyFields }\n    }\n  }\n": types.EmergencyQueueDocument,
    "\n  fragment CapacityFields on TerritoryCapacity {\n    territoryId\n    bedsTotal\n    bedsOccupied\n    erWaiting\n    updatedAt\n    units {\n      unitId\n      kind\n      capacity { ...UnitCapacityFields }\n      unit { id name hospitalName }\n    }\n  }\n": types.CapacityFieldsFragmentDoc,
    "\n  query TerritoryDashboard($territoryId: ID!) {\n    territory(id: $territoryId) { id name capacity { ...CapacityFields } }\n  }\n": types.TerritoryDashboardDocument,
    "\n  query TerritoryOverdue($territoryId: ID!) {\n    territory(id: $territoryId) { id overdue { ...JourneySummary } }\n  }\n": types.TerritoryOverdueDocument,
    "\n  subscription TerritoryCapacity($territoryId: ID!) {\n    territoryCapacity(territoryId: $territoryId) { ...CapacityFields }\n  }\n": types.TerritoryCapacityDocument,
    "\n  query AvailableSlots($performer: PerformerInput!, $from: DateTimeOffset, $to: DateTimeOffset) {\n    availableSlots(performer: $performer, from: $from, to: $to) { start end free reservedForUrgent }\n  }\n": types.AvailableSlotsDocument,
    "\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) { step { id status slot { start end } } journey { ...JourneyDetail } }\n  }\n": types.BookSlotDocument,
    "\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": types.CancelBookingDocument,
    "\n  query AuditTrail($journeyId: ID!, $after: String) {\n    auditTrail(journeyId: $journeyId, first: 50, after: $after) {\n      nodes { id at actorId actorRole operation outcome transport }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query Alerts($practitionerId: ID!) {\n    alerts(practitionerId: $practitionerId) { ...LabAlertFields }\n  }\n": types.AlertsDocument,
    "\n  subscription AlertEvents($practitionerId: ID!) {\n    alerts(practitionerId: $practitionerId) {\n      type\n      at\n      alert { ...LabAlertFields }\n      journey { id patient { givenName familyName } }\n    }\n  }\n": types.AlertEventsDocument,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { journey { ...JourneyDetail } }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  mutation OrderLabs($input: OrderLabsInput!) {\n    orderLabs(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": types.OrderLabsDocument,
    "\n  mutation PostLabResults($input: PostLabResultsInput!) {\n    postLabResults(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": types.PostLabResultsDocument,
    "\n  mutation RequestTeleExpertise($input: RequestTeleExpertiseInput!) {\n    requestTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": types.RequestTeleExpertiseDocument,
    "\n  mutation AnswerTeleExpertise($input: AnswerTeleExpertiseInput!) {\n    answerTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": types.AnswerTeleExpertiseDocument,
    "\n  mutation ConvertTeleExpertise($input: ConvertTeleExpertiseInput!) {\n    convertTeleExpertiseToReferral(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n": types.ConvertTeleExpertiseDocument,
    "\n  query TeleExpertiseInbox($practitionerId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      worklist {\n        journeyId\n        stepId\n        kind\n        status\n        priority\n        dueBy\n        step {\n          id\n          overdue\n          requester { id givenName familyName }\n          teleExpertise { question outcome dueBy initialDueBy attachments { name contentType downloadUrl reference } }\n        }\n        journey { ...JourneySummary }\n      }\n    }\n  }\n": types.TeleExpertiseInboxDocument,
    "\n  query TeleExpertiseStatement($practitionerId: ID!, $month: String!) {\n    teleExpertiseStatement(practitionerId: $practitionerId, month: $month) {\n      practitionerId\n      month\n      billableCount\n      billableTotal\n      notBillableCount\n      lines { requestId journeyId answeredAt role code amount billable notBillableReason counterpartId }\n    }\n  }\n": types.TeleExpertiseStatementDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    journeyId\n    stepId\n    kind\n    name\n    contentType\n    size\n    uploadedBy\n    uploadedByRole\n    uploadedAt\n    downloadUrl\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  query PatientFile($journeyId: ID!) {\n    journey(id: $journeyId) {\n      id\n      patientFile {\n        documents { ...DocumentFields }\n        prescriptions { ...DocumentFields prescription { category notes lines { text dosage duration quantity } } }\n        reports { kind completedAt report performer { ...PerformerFields } step { id } documents { ...DocumentFields } }\n      }\n    }\n  }\n": types.PatientFileDocument,
    "\n  fragment MessageFields on ConversationMessage {\n    id\n    sequence\n    stepId\n    senderId\n    senderRole\n    text\n    clientMessageId\n    sentAt\n    attachments { ...DocumentFields }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment ReceiptFields on ReadReceipt {\n    participantId\n    role\n    lastReadSequence\n    readAt\n  }\n": types.ReceiptFieldsFragmentDoc,
    "\n  query Conversation($journeyId: ID!, $before: Int) {\n    conversation(journeyId: $journeyId) {\n      journeyId\n      messages(first: 50, before: $before) { hasOlder lastSequence messages { ...MessageFields } }\n      receipts { ...ReceiptFields }\n    }\n  }\n": types.ConversationDocument,
    "\n  subscription ConversationUpdated($journeyId: ID!, $sinceSequence: Int) {\n    conversationUpdated(journeyId: $journeyId, sinceSequence: $sinceSequence) {\n      type\n      message { ...MessageFields }\n      receipt { ...ReceiptFields }\n    }\n  }\n": types.ConversationUpdatedDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...MessageFields }\n  }\n": types.SendMessageDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { ...ReceiptFields }\n  }\n": types.MarkConversationReadDocument,
    "\n  fragment CategoryCountFields on CategoryCount {\n    category\n    count\n    suppressed\n    rollingAverage7\n    weekTotal\n    previousWeekTotal\n    weekOverWeekChange\n  }\n": types.CategoryCountFieldsFragmentDoc,
    "\n  fragment EpidemiologyAlertFields on EpidemiologyAlert {\n    category\n    date\n    rollingAverage7\n    previousAverage7\n    raisedAt\n    threshold { minDailyAverage riseRatio }\n  }\n": types.EpidemiologyAlertFieldsFragmentDoc,
    "\n  fragment EpidemiologyDayFields on EpidemiologyDay {\n    date\n    total { ...CategoryCountFields }\n    categories { ...CategoryCountFields }\n  }\n": types.EpidemiologyDayFieldsFragmentDoc,
    "\n  query Epidemiology($territoryId: ID!) {\n    epidemiology(territoryId: $territoryId) {\n      territoryId\n      from\n      to\n      suppressionThreshold\n      days { ...EpidemiologyDayFields }\n      activeAlerts { ...EpidemiologyAlertFields }\n    }\n  }\n": types.EpidemiologyDocument,
    "\n  subscription EpidemiologyUpdated($territoryId: ID!) {\n    epidemiologyUpdated(territoryId: $territoryId) {\n      day { ...EpidemiologyDayFields }\n      raisedAlerts { ...EpidemiologyAlertFields }\n    }\n  }\n": types.EpidemiologyUpdatedDocument,
    "\n  subscription EpidemiologyAlerts($territoryId: ID!) {\n    epidemiologyAlerts(territoryId: $territoryId) { ...EpidemiologyAlertFields }\n  }\n": types.EpidemiologyAlertsDocument,
    "\n  mutation CreatePrescription($input: CreatePrescriptionInput!) {\n    createPrescription(input: $input) { id name stepId downloadUrl }\n  }\n": types.CreatePrescriptionDocument,
    "\n  query JourneyDocuments($journeyId: ID!) {\n    documents(journeyId: $journeyId) { id name kind uploadedAt }\n  }\n": types.JourneyDocumentsDocument,
    "\n  query EpidemiologyThresholds($territoryId: ID!) {\n    epidemiologyThresholds(territoryId: $territoryId) { category minDailyAverage riseRatio }\n  }\n": types.EpidemiologyThresholdsDocument,
    "\n  mutation SetEpidemiologyThreshold($input: SetEpidemiologyThresholdInput!) {\n    setEpidemiologyThreshold(input: $input) { category minDailyAverage riseRatio }\n  }\n": types.SetEpidemiologyThresholdDocument,
    "\n  mutation LinkDocument($input: LinkDocumentInput!) {\n    linkDocument(input: $input) { id stepId }\n  }\n": types.LinkDocumentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    name\n    phone\n    email\n    videoLink\n  }\n"): (typeof documents)["\n  fragment ContactFields on Contact {\n    name\n    phone\n    email\n    videoLink\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PerformerFields on Performer {\n    kind\n    id\n    practitioner { id givenName familyName specialty role contact { ...ContactFields } }\n    unit { id name hospitalName kind contactPoint { ...ContactFields } }\n  }\n"): (typeof documents)["\n  fragment PerformerFields on Performer {\n    kind\n    id\n    practitioner { id givenName familyName specialty role contact { ...ContactFields } }\n    unit { id name hospitalName kind contactPoint { ...ContactFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StepFields on Step {\n    id\n    parentId\n    kind\n    status\n    priority\n    reason\n    dueBy\n    overdue\n    report\n    statusReason\n    alternative\n    requesterId\n    requester { id givenName familyName }\n    slot { start end }\n    permittedActions\n    performer { ...PerformerFields }\n    suggestedPerformer { ...PerformerFields }\n    notes { at authorId text }\n    lab {\n      exam\n      clinicalInformation\n      imagingReport\n      tests { code label }\n      results { code label value text unit referenceLow referenceHigh flag abnormal critical postedAt }\n    }\n    teleExpertise {\n      question\n      outcome\n      dueBy\n      answer\n      answeredAt\n      responseTimeSeconds\n      withinDueBy\n      expert { id givenName familyName specialty }\n      attachments { name contentType downloadUrl reference }\n      answerAttachments { name contentType downloadUrl reference }\n      convertedTo { id kind status }\n    }\n    createdAt\n    updatedAt\n    completedAt\n  }\n"): (typeof documents)["\n  fragment StepFields on Step {\n    id\n    parentId\n    kind\n    status\n    priority\n    reason\n    dueBy\n    overdue\n    report\n    statusReason\n    alternative\n    requesterId\n    requester { id givenName familyName }\n    slot { start end }\n    permittedActions\n    performer { ...PerformerFields }\n    suggestedPerformer { ...PerformerFields }\n    notes { at authorId text }\n    lab {\n      exam\n      clinicalInformation\n      imagingReport\n      tests { code label }\n      results { code label value text unit referenceLow referenceHigh flag abnormal critical postedAt }\n    }\n    teleExpertise {\n      question\n      outcome\n      dueBy\n      answer\n      answeredAt\n      responseTimeSeconds\n      withinDueBy\n      expert { id givenName familyName specialty }\n      attachments { name contentType downloadUrl reference }\n      answerAttachments { name contentType downloadUrl reference }\n      convertedTo { id kind status }\n    }\n    createdAt\n    updatedAt\n    completedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LabAlertFields on LabAlert {\n    id\n    journeyId\n    stepId\n    raisedAt\n    orderedBy\n    codes\n    escalateAt\n    escalatedAt\n    escalatedTo\n    acknowledgedAt\n    acknowledgedBy\n    open\n  }\n"): (typeof documents)["\n  fragment LabAlertFields on LabAlert {\n    id\n    journeyId\n    stepId\n    raisedAt\n    orderedBy\n    codes\n    escalateAt\n    escalatedAt\n    escalatedTo\n    acknowledgedAt\n    acknowledgedBy\n    open\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JourneyDetail on Journey {\n    id\n    stage\n    version\n    territoryId\n    overdue\n    overdueSince\n    outcome\n    cancellationReason\n    createdAt\n    updatedAt\n    endedAt\n    permittedActions\n    patient { familyName givenName birthDate sex phone email }\n    triage { level triagedAt dueBy reasons triagedBy answers { question value } }\n    gp { id givenName familyName contact { ...ContactFields } }\n    steps { ...StepFields }\n    alerts { ...LabAlertFields }\n    timeline(first: 200) { nodes { version type at actorId stage stepId stepStatus detail } }\n  }\n"): (typeof documents)["\n  fragment JourneyDetail on Journey {\n    id\n    stage\n    version\n    territoryId\n    overdue\n    overdueSince\n    outcome\n    cancellationReason\n    createdAt\n    updatedAt\n    endedAt\n    permittedActions\n    patient { familyName givenName birthDate sex phone email }\n    triage { level triagedAt dueBy reasons triagedBy answers { question value } }\n    gp { id givenName familyName contact { ...ContactFields } }\n    steps { ...StepFields }\n    alerts { ...LabAlertFields }\n    timeline(first: 200) { nodes { version type at actorId stage stepId stepStatus detail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JourneySummary on Journey {\n    id\n    stage\n    version\n    overdue\n    overdueSince\n    updatedAt\n    patient { familyName givenName birthDate }\n    triage { level dueBy reasons }\n    gp { id givenName familyName }\n  }\n"): (typeof documents)["\n  fragment JourneySummary on Journey {\n    id\n    stage\n    version\n    overdue\n    overdueSince\n    updatedAt\n    patient { familyName givenName birthDate }\n    triage { level dueBy reasons }\n    gp { id givenName familyName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkItemFields on WorkItem {\n    journeyId\n    stepId\n    kind\n    status\n    priority\n    dueBy\n    level\n    step { id reason overdue requester { id givenName familyName } }\n    journey { ...JourneySummary }\n  }\n"): (typeof documents)["\n  fragment WorkItemFields on WorkItem {\n    journeyId\n    stepId\n    kind\n    status\n    priority\n    dueBy\n    level\n    step { id reason overdue requester { id givenName familyName } }\n    journey { ...JourneySummary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Journey($id: ID!) {\n    journey(id: $id) { ...JourneyDetail }\n  }\n"): (typeof documents)["\n  query Journey($id: ID!) {\n    journey(id: $id) { ...JourneyDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JourneyUpdated($journeyId: ID!, $sinceVersion: Int) {\n    journeyUpdated(journeyId: $journeyId, sinceVersion: $sinceVersion) {\n      version\n      type\n      at\n      journey { ...JourneyDetail }\n    }\n  }\n"): (typeof documents)["\n  subscription JourneyUpdated($journeyId: ID!, $sinceVersion: Int) {\n    journeyUpdated(journeyId: $journeyId, sinceVersion: $sinceVersion) {\n      version\n      type\n      at\n      journey { ...JourneyDetail }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryInfo($id: ID!) {\n    territory(id: $id) { id name opensAt closesAt timeZone onCall { ...ContactFields } }\n  }\n"): (typeof documents)["\n  query TerritoryInfo($id: ID!) {\n    territory(id: $id) { id name opensAt closesAt timeZone onCall { ...ContactFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJourneys {\n    myJourneys(first: 10) { id stage updatedAt }\n  }\n"): (typeof documents)["\n  query MyJourneys {\n    myJourneys(first: 10) { id stage updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartJourney($input: StartJourneyInput!) {\n    startJourney(input: $input) { journey { id stage version } }\n  }\n"): (typeof documents)["\n  mutation StartJourney($input: StartJourneyInput!) {\n    startJourney(input: $input) { journey { id stage version } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TriageProgressFields on TriageProgress {\n    complete\n    questionnaireVersion\n    answers { question value }\n    next {\n      code\n      kind\n      text(lang: $lang)\n      help(lang: $lang)\n      min\n      max\n      decimals\n      unit(lang: $lang)\n      allowsUnknown\n      isRedFlag\n      maxLength\n      options { code label(lang: $lang) }\n    }\n    journey { id stage version triage { level dueBy reasons } }\n  }\n"): (typeof documents)["\n  fragment TriageProgressFields on TriageProgress {\n    complete\n    questionnaireVersion\n    answers { question value }\n    next {\n      code\n      kind\n      text(lang: $lang)\n      help(lang: $lang)\n      min\n      max\n      decimals\n      unit(lang: $lang)\n      allowsUnknown\n      isRedFlag\n      maxLength\n      options { code label(lang: $lang) }\n    }\n    journey { id stage version triage { level dueBy reasons } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageProgress($journeyId: ID!, $lang: Lang!) {\n    triageProgress(journeyId: $journeyId) { ...TriageProgressFields }\n  }\n"): (typeof documents)["\n  query TriageProgress($journeyId: ID!, $lang: Lang!) {\n    triageProgress(journeyId: $journeyId) { ...TriageProgressFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerTriage($input: AnswerTriageInput!, $lang: Lang!) {\n    answerTriage(input: $input) { ...TriageProgressFields }\n  }\n"): (typeof documents)["\n  mutation AnswerTriage($input: AnswerTriageInput!, $lang: Lang!) {\n    answerTriage(input: $input) { ...TriageProgressFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GpHome($practitionerId: ID!, $territoryId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      worklist { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n    territory(id: $territoryId) { id awaitingQueue { ...JourneySummary } }\n  }\n"): (typeof documents)["\n  query GpHome($practitionerId: ID!, $territoryId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      worklist { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n    territory(id: $territoryId) { id awaitingQueue { ...JourneySummary } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReferralStatusChanged($practitionerId: ID!) {\n    referralStatusChanged(practitionerId: $practitionerId) {\n      version\n      type\n      at\n      journeyId\n      previousStatus\n      step { id kind status statusReason performer { ...PerformerFields } }\n      journey { id patient { givenName familyName } }\n    }\n  }\n"): (typeof documents)["\n  subscription ReferralStatusChanged($practitionerId: ID!) {\n    referralStatusChanged(practitionerId: $practitionerId) {\n      version\n      type\n      at\n      journeyId\n      previousStatus\n      step { id kind status statusReason performer { ...PerformerFields } }\n      journey { id patient { givenName familyName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeCharge($input: TakeChargeInput!) {\n    takeCharge(input: $input) { journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation TakeCharge($input: TakeChargeInput!) {\n    takeCharge(input: $input) { journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refer($input: ReferInput!) {\n    refer(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation Refer($input: ReferInput!) {\n    refer(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStep($input: UpdateStepInput!) {\n    updateStep(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation UpdateStep($input: UpdateStepInput!) {\n    updateStep(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseJourney($input: CloseJourneyInput!) {\n    closeJourney(input: $input) { journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation CloseJourney($input: CloseJourneyInput!) {\n    closeJourney(input: $input) { journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJourney($input: CancelJourneyInput!) {\n    cancelJourney(input: $input) { journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation CancelJourney($input: CancelJourneyInput!) {\n    cancelJourney(input: $input) { journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnToPrimaryCare($input: ReturnToPrimaryCareInput!) {\n    returnToPrimaryCare(input: $input) { journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation ReturnToPrimaryCare($input: ReturnToPrimaryCareInput!) {\n    returnToPrimaryCare(input: $input) { journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPractitioners(\n    $territoryId: ID!\n    $text: String\n    $role: PractitionerRole\n    $specialty: String\n    $freeSlotWithinHours: Int\n    $withSlots: Boolean! = false\n  ) {\n    searchPractitioners(\n      territoryId: $territoryId\n      text: $text\n      role: $role\n      specialty: $specialty\n      freeSlotWithinHours: $freeSlotWithinHours\n      first: 50\n    ) {\n      id\n      givenName\n      familyName\n      role\n      specialty\n      unitId\n      contact { ...ContactFields }\n      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }\n    }\n  }\n"): (typeof documents)["\n  query SearchPractitioners(\n    $territoryId: ID!\n    $text: String\n    $role: PractitionerRole\n    $specialty: String\n    $freeSlotWithinHours: Int\n    $withSlots: Boolean! = false\n  ) {\n    searchPractitioners(\n      territoryId: $territoryId\n      text: $text\n      role: $role\n      specialty: $specialty\n      freeSlotWithinHours: $freeSlotWithinHours\n      first: 50\n    ) {\n      id\n      givenName\n      familyName\n      role\n      specialty\n      unitId\n      contact { ...ContactFields }\n      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchUnits(\n    $territoryId: ID!\n    $text: String\n    $kind: UnitKind\n    $specialty: String\n    $freeSlotWithinHours: Int\n    $withSlots: Boolean! = false\n  ) {\n    searchUnits(\n      territoryId: $territoryId\n      text: $text\n      kind: $kind\n      specialty: $specialty\n      freeSlotWithinHours: $freeSlotWithinHours\n      first: 50\n    ) {\n      id\n      name\n      hospitalName\n      kind\n      specialty\n      contactPoint { ...ContactFields }\n      capacity { bedsFree bedsTotal erWaiting doctorsOnDuty }\n      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }\n    }\n  }\n"): (typeof documents)["\n  query SearchUnits(\n    $territoryId: ID!\n    $text: String\n    $kind: UnitKind\n    $specialty: String\n    $freeSlotWithinHours: Int\n    $withSlots: Boolean! = false\n  ) {\n    searchUnits(\n      territoryId: $territoryId\n      text: $text\n      kind: $kind\n      specialty: $specialty\n      freeSlotWithinHours: $freeSlotWithinHours\n      first: 50\n    ) {\n      id\n      name\n      hospitalName\n      kind\n      specialty\n      contactPoint { ...ContactFields }\n      capacity { bedsFree bedsTotal erWaiting doctorsOnDuty }\n      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PractitionerHome($practitionerId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      givenName\n      familyName\n      specialty\n      worklist { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n  }\n"): (typeof documents)["\n  query PractitionerHome($practitionerId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      givenName\n      familyName\n      specialty\n      worklist { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitCapacityFields on UnitCapacity {\n    bedsTotal\n    bedsOccupied\n    bedsFree\n    erWaiting\n    erLongestWaitMinutes\n    doctorsOnDuty\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment UnitCapacityFields on UnitCapacity {\n    bedsTotal\n    bedsOccupied\n    bedsFree\n    erWaiting\n    erLongestWaitMinutes\n    doctorsOnDuty\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitHome($unitId: ID!) {\n    hospitalUnit(id: $unitId) {\n      id\n      name\n      hospitalName\n      kind\n      capacity { ...UnitCapacityFields }\n      incoming { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n  }\n"): (typeof documents)["\n  query UnitHome($unitId: ID!) {\n    hospitalUnit(id: $unitId) {\n      id\n      name\n      hospitalName\n      kind\n      capacity { ...UnitCapacityFields }\n      incoming { ...WorkItemFields }\n      journeys(first: 100) { ...JourneySummary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnitJourneys($unitId: ID!) {\n    unitJourneys(unitId: $unitId) { version type journeyId }\n  }\n"): (typeof documents)["\n  subscription UnitJourneys($unitId: ID!) {\n    unitJourneys(unitId: $unitId) { version type journeyId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnitCapacity($input: UpdateUnitCapacityInput!) {\n    updateUnitCapacity(input: $input) { ...UnitCapacityFields }\n  }\n"): (typeof documents)["\n  mutation UpdateUnitCapacity($input: UpdateUnitCapacityInput!) {\n    updateUnitCapacity(input: $input) { ...UnitCapacityFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmergencyFields on Journey {\n    id\n    stage\n    version\n    updatedAt\n    patient { familyName givenName birthDate sex phone }\n    triage { level triagedAt reasons answers { question value } }\n  }\n"): (typeof documents)["\n  fragment EmergencyFields on Journey {\n    id\n    stage\n    version\n    updatedAt\n    patient { familyName givenName birthDate sex phone }\n    triage { level triagedAt reasons answers { question value } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegulatorQueue($territoryId: ID!) {\n    territory(id: $territoryId) { id emergencyQueue { ...EmergencyFields } }\n  }\n"): (typeof documents)["\n  query RegulatorQueue($territoryId: ID!) {\n    territory(id: $territoryId) { id emergencyQueue { ...EmergencyFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmergencyQueue($territoryId: ID!) {\n    emergencyQueue(territoryId: $territoryId) {\n      version\n      type\n      journeyId\n      journey { ...EmergencyFields }\n    }\n  }\n"): (typeof documents)["\n  subscription EmergencyQueue($territoryId: ID!) {\n    emergencyQueue(territoryId: $territoryId) {\n      version\n      type\n      journeyId\n      journey { ...EmergencyFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapacityFields on TerritoryCapacity {\n    territoryId\n    bedsTotal\n    bedsOccupied\n    erWaiting\n    updatedAt\n    units {\n      unitId\n      kind\n      capacity { ...UnitCapacityFields }\n      unit { id name hospitalName }\n    }\n  }\n"): (typeof documents)["\n  fragment CapacityFields on TerritoryCapacity {\n    territoryId\n    bedsTotal\n    bedsOccupied\n    erWaiting\n    updatedAt\n    units {\n      unitId\n      kind\n      capacity { ...UnitCapacityFields }\n      unit { id name hospitalName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryDashboard($territoryId: ID!) {\n    territory(id: $territoryId) { id name capacity { ...CapacityFields } }\n  }\n"): (typeof documents)["\n  query TerritoryDashboard($territoryId: ID!) {\n    territory(id: $territoryId) { id name capacity { ...CapacityFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryOverdue($territoryId: ID!) {\n    territory(id: $territoryId) { id overdue { ...JourneySummary } }\n  }\n"): (typeof documents)["\n  query TerritoryOverdue($territoryId: ID!) {\n    territory(id: $territoryId) { id overdue { ...JourneySummary } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TerritoryCapacity($territoryId: ID!) {\n    territoryCapacity(territoryId: $territoryId) { ...CapacityFields }\n  }\n"): (typeof documents)["\n  subscription TerritoryCapacity($territoryId: ID!) {\n    territoryCapacity(territoryId: $territoryId) { ...CapacityFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableSlots($performer: PerformerInput!, $from: DateTimeOffset, $to: DateTimeOffset) {\n    availableSlots(performer: $performer, from: $from, to: $to) { start end free reservedForUrgent }\n  }\n"): (typeof documents)["\n  query AvailableSlots($performer: PerformerInput!, $from: DateTimeOffset, $to: DateTimeOffset) {\n    availableSlots(performer: $performer, from: $from, to: $to) { start end free reservedForUrgent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) { step { id status slot { start end } } journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) { step { id status slot { start end } } journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($journeyId: ID!, $after: String) {\n    auditTrail(journeyId: $journeyId, first: 50, after: $after) {\n      nodes { id at actorId actorRole operation outcome transport }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($journeyId: ID!, $after: String) {\n    auditTrail(journeyId: $journeyId, first: 50, after: $after) {\n      nodes { id at actorId actorRole operation outcome transport }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts($practitionerId: ID!) {\n    alerts(practitionerId: $practitionerId) { ...LabAlertFields }\n  }\n"): (typeof documents)["\n  query Alerts($practitionerId: ID!) {\n    alerts(practitionerId: $practitionerId) { ...LabAlertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertEvents($practitionerId: ID!) {\n    alerts(practitionerId: $practitionerId) {\n      type\n      at\n      alert { ...LabAlertFields }\n      journey { id patient { givenName familyName } }\n    }\n  }\n"): (typeof documents)["\n  subscription AlertEvents($practitionerId: ID!) {\n    alerts(practitionerId: $practitionerId) {\n      type\n      at\n      alert { ...LabAlertFields }\n      journey { id patient { givenName familyName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) { journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderLabs($input: OrderLabsInput!) {\n    orderLabs(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation OrderLabs($input: OrderLabsInput!) {\n    orderLabs(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostLabResults($input: PostLabResultsInput!) {\n    postLabResults(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation PostLabResults($input: PostLabResultsInput!) {\n    postLabResults(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTeleExpertise($input: RequestTeleExpertiseInput!) {\n    requestTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation RequestTeleExpertise($input: RequestTeleExpertiseInput!) {\n    requestTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerTeleExpertise($input: AnswerTeleExpertiseInput!) {\n    answerTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation AnswerTeleExpertise($input: AnswerTeleExpertiseInput!) {\n    answerTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertTeleExpertise($input: ConvertTeleExpertiseInput!) {\n    convertTeleExpertiseToReferral(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"): (typeof documents)["\n  mutation ConvertTeleExpertise($input: ConvertTeleExpertiseInput!) {\n    convertTeleExpertiseToReferral(input: $input) { step { id status } journey { ...JourneyDetail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeleExpertiseInbox($practitionerId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      worklist {\n        journeyId\n        stepId\n        kind\n        status\n        priority\n        dueBy\n        step {\n          id\n          overdue\n          requester { id givenName familyName }\n          teleExpertise { question outcome dueBy initialDueBy attachments { name contentType downloadUrl reference } }\n        }\n        journey { ...JourneySummary }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeleExpertiseInbox($practitionerId: ID!) {\n    practitioner(id: $practitionerId) {\n      id\n      worklist {\n        journeyId\n        stepId\n        kind\n        status\n        priority\n        dueBy\n        step {\n          id\n          overdue\n          requester { id givenName familyName }\n          teleExpertise { question outcome dueBy initialDueBy attachments { name contentType downloadUrl reference } }\n        }\n        journey { ...JourneySummary }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeleExpertiseStatement($practitionerId: ID!, $month: String!) {\n    teleExpertiseStatement(practitionerId: $practitionerId, month: $month) {\n      practitionerId\n      month\n      billableCount\n      billableTotal\n      notBillableCount\n      lines { requestId journeyId answeredAt role code amount billable notBillableReason counterpartId }\n    }\n  }\n"): (typeof documents)["\n  query TeleExpertiseStatement($practitionerId: ID!, $month: String!) {\n    teleExpertiseStatement(practitionerId: $practitionerId, month: $month) {\n      practitionerId\n      month\n      billableCount\n      billableTotal\n      notBillableCount\n      lines { requestId journeyId answeredAt role code amount billable notBillableReason counterpartId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Document {\n    id\n    journeyId\n    stepId\n    kind\n    name\n    contentType\n    size\n    uploadedBy\n    uploadedByRole\n    uploadedAt\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment DocumentFields on Document {\n    id\n    journeyId\n    stepId\n    kind\n    name\n    contentType\n    size\n    uploadedBy\n    uploadedByRole\n    uploadedAt\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientFile($journeyId: ID!) {\n    journey(id: $journeyId) {\n      id\n      patientFile {\n        documents { ...DocumentFields }\n        prescriptions { ...DocumentFields prescription { category notes lines { text dosage duration quantity } } }\n        reports { kind completedAt report performer { ...PerformerFields } step { id } documents { ...DocumentFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatientFile($journeyId: ID!) {\n    journey(id: $journeyId) {\n      id\n      patientFile {\n        documents { ...DocumentFields }\n        prescriptions { ...DocumentFields prescription { category notes lines { text dosage duration quantity } } }\n        reports { kind completedAt report performer { ...PerformerFields } step { id } documents { ...DocumentFields } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on ConversationMessage {\n    id\n    sequence\n    stepId\n    senderId\n    senderRole\n    text\n    clientMessageId\n    sentAt\n    attachments { ...DocumentFields }\n  }\n"): (typeof documents)["\n  fragment MessageFields on ConversationMessage {\n    id\n    sequence\n    stepId\n    senderId\n    senderRole\n    text\n    clientMessageId\n    sentAt\n    attachments { ...DocumentFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReceiptFields on ReadReceipt {\n    participantId\n    role\n    lastReadSequence\n    readAt\n  }\n"): (typeof documents)["\n  fragment ReceiptFields on ReadReceipt {\n    participantId\n    role\n    lastReadSequence\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($journeyId: ID!, $before: Int) {\n    conversation(journeyId: $journeyId) {\n      journeyId\n      messages(first: 50, before: $before) { hasOlder lastSequence messages { ...MessageFields } }\n      receipts { ...ReceiptFields }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($journeyId: ID!, $before: Int) {\n    conversation(journeyId: $journeyId) {\n      journeyId\n      messages(first: 50, before: $before) { hasOlder lastSequence messages { ...MessageFields } }\n      receipts { ...ReceiptFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationUpdated($journeyId: ID!, $sinceSequence: Int) {\n    conversationUpdated(journeyId: $journeyId, sinceSequence: $sinceSequence) {\n      type\n      message { ...MessageFields }\n      receipt { ...ReceiptFields }\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationUpdated($journeyId: ID!, $sinceSequence: Int) {\n    conversationUpdated(journeyId: $journeyId, sinceSequence: $sinceSequence) {\n      type\n      message { ...MessageFields }\n      receipt { ...ReceiptFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...MessageFields }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...MessageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { ...ReceiptFields }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { ...ReceiptFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryCountFields on CategoryCount {\n    category\n    count\n    suppressed\n    rollingAverage7\n    weekTotal\n    previousWeekTotal\n    weekOverWeekChange\n  }\n"): (typeof documents)["\n  fragment CategoryCountFields on CategoryCount {\n    category\n    count\n    suppressed\n    rollingAverage7\n    weekTotal\n    previousWeekTotal\n    weekOverWeekChange\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpidemiologyAlertFields on EpidemiologyAlert {\n    category\n    date\n    rollingAverage7\n    previousAverage7\n    raisedAt\n    threshold { minDailyAverage riseRatio }\n  }\n"): (typeof documents)["\n  fragment EpidemiologyAlertFields on EpidemiologyAlert {\n    category\n    date\n    rollingAverage7\n    previousAverage7\n    raisedAt\n    threshold { minDailyAverage riseRatio }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpidemiologyDayFields on EpidemiologyDay {\n    date\n    total { ...CategoryCountFields }\n    categories { ...CategoryCountFields }\n  }\n"): (typeof documents)["\n  fragment EpidemiologyDayFields on EpidemiologyDay {\n    date\n    total { ...CategoryCountFields }\n    categories { ...CategoryCountFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Epidemiology($territoryId: ID!) {\n    epidemiology(territoryId: $territoryId) {\n      territoryId\n      from\n      to\n      suppressionThreshold\n      days { ...EpidemiologyDayFields }\n      activeAlerts { ...EpidemiologyAlertFields }\n    }\n  }\n"): (typeof documents)["\n  query Epidemiology($territoryId: ID!) {\n    epidemiology(territoryId: $territoryId) {\n      territoryId\n      from\n      to\n      suppressionThreshold\n      days { ...EpidemiologyDayFields }\n      activeAlerts { ...EpidemiologyAlertFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EpidemiologyUpdated($territoryId: ID!) {\n    epidemiologyUpdated(territoryId: $territoryId) {\n      day { ...EpidemiologyDayFields }\n      raisedAlerts { ...EpidemiologyAlertFields }\n    }\n  }\n"): (typeof documents)["\n  subscription EpidemiologyUpdated($territoryId: ID!) {\n    epidemiologyUpdated(territoryId: $territoryId) {\n      day { ...EpidemiologyDayFields }\n      raisedAlerts { ...EpidemiologyAlertFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EpidemiologyAlerts($territoryId: ID!) {\n    epidemiologyAlerts(territoryId: $territoryId) { ...EpidemiologyAlertFields }\n  }\n"): (typeof documents)["\n  subscription EpidemiologyAlerts($territoryId: ID!) {\n    epidemiologyAlerts(territoryId: $territoryId) { ...EpidemiologyAlertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePrescription($input: CreatePrescriptionInput!) {\n    createPrescription(input: $input) { id name stepId downloadUrl }\n  }\n"): (typeof documents)["\n  mutation CreatePrescription($input: CreatePrescriptionInput!) {\n    createPrescription(input: $input) { id name stepId downloadUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyDocuments($journeyId: ID!) {\n    documents(journeyId: $journeyId) { id name kind uploadedAt }\n  }\n"): (typeof documents)["\n  query JourneyDocuments($journeyId: ID!) {\n    documents(journeyId: $journeyId) { id name kind uploadedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EpidemiologyThresholds($territoryId: ID!) {\n    epidemiologyThresholds(territoryId: $territoryId) { category minDailyAverage riseRatio }\n  }\n"): (typeof documents)["\n  query EpidemiologyThresholds($territoryId: ID!) {\n    epidemiologyThresholds(territoryId: $territoryId) { category minDailyAverage riseRatio }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEpidemiologyThreshold($input: SetEpidemiologyThresholdInput!) {\n    setEpidemiologyThreshold(input: $input) { category minDailyAverage riseRatio }\n  }\n"): (typeof documents)["\n  mutation SetEpidemiologyThreshold($input: SetEpidemiologyThresholdInput!) {\n    setEpidemiologyThreshold(input: $input) { category minDailyAverage riseRatio }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkDocument($input: LinkDocumentInput!) {\n    linkDocument(input: $input) { id stepId }\n  }\n"): (typeof documents)["\n  mutation LinkDocument($input: LinkDocumentInput!) {\n    linkDocument(input: $input) { id stepId }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;