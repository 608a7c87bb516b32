// Every GraphQL operation of the app, typed by codegen (npm run codegen) from api/schema.graphql.
import { graphql } from '../gql';

export const ContactFields = graphql(`
  fragment ContactFields on Contact {
    name
    phone
    email
    videoLink
  }
`);

export const PerformerFields = graphql(`
  fragment PerformerFields on Performer {
    kind
    id
    practitioner { id givenName familyName specialty role contact { ...ContactFields } }
    unit { id name hospitalName kind contactPoint { ...ContactFields } }
  }
`);

export const StepFields = graphql(`
  fragment StepFields on Step {
    id
    parentId
    kind
    status
    priority
    reason
    dueBy
    overdue
    report
    statusReason
    alternative
    requesterId
    requester { id givenName familyName }
    slot { start end }
    permittedActions
    performer { ...PerformerFields }
    suggestedPerformer { ...PerformerFields }
    notes { at authorId text }
    lab {
      exam
      clinicalInformation
      imagingReport
      tests { code label }
      results { code label value text unit referenceLow referenceHigh flag abnormal critical postedAt }
    }
    teleExpertise {
      question
      outcome
      dueBy
      answer
      answeredAt
      responseTimeSeconds
      withinDueBy
      expert { id givenName familyName specialty }
      attachments { name contentType downloadUrl reference }
      answerAttachments { name contentType downloadUrl reference }
      convertedTo { id kind status }
    }
    createdAt
    updatedAt
    completedAt
  }
`);

export const LabAlertFields = graphql(`
  fragment LabAlertFields on LabAlert {
    id
    journeyId
    stepId
    raisedAt
    orderedBy
    codes
    escalateAt
    escalatedAt
    escalatedTo
    acknowledgedAt
    acknowledgedBy
    open
  }
`);

export const JourneyDetail = graphql(`
  fragment JourneyDetail on Journey {
    id
    stage
    version
    territoryId
    overdue
    overdueSince
    outcome
    cancellationReason
    createdAt
    updatedAt
    endedAt
    permittedActions
    patient { familyName givenName birthDate sex phone email }
    triage { level triagedAt dueBy reasons triagedBy answers { question value } }
    gp { id givenName familyName contact { ...ContactFields } }
    steps { ...StepFields }
    alerts { ...LabAlertFields }
    timeline(first: 200) { nodes { version type at actorId stage stepId stepStatus detail } }
  }
`);

export const JourneySummary = graphql(`
  fragment JourneySummary on Journey {
    id
    stage
    version
    overdue
    overdueSince
    updatedAt
    patient { familyName givenName birthDate }
    triage { level dueBy reasons }
    gp { id givenName familyName }
  }
`);

export const WorkItemFields = graphql(`
  fragment WorkItemFields on WorkItem {
    journeyId
    stepId
    kind
    status
    priority
    dueBy
    level
    step { id reason overdue requester { id givenName familyName } }
    journey { ...JourneySummary }
  }
`);

export const JourneyQuery = graphql(`
  query Journey($id: ID!) {
    journey(id: $id) { ...JourneyDetail }
  }
`);

export const JourneyUpdatedSubscription = graphql(`
  subscription JourneyUpdated($journeyId: ID!, $sinceVersion: Int) {
    journeyUpdated(journeyId: $journeyId, sinceVersion: $sinceVersion) {
      version
      type
      at
      journey { ...JourneyDetail }
    }
  }
`);

export const TerritoryInfoQuery = graphql(`
  query TerritoryInfo($id: ID!) {
    territory(id: $id) { id name opensAt closesAt timeZone onCall { ...ContactFields } }
  }
`);

export const MyJourneysQuery = graphql(`
  query MyJourneys {
    myJourneys(first: 10) { id stage updatedAt }
  }
`);

export const StartJourneyMutation = graphql(`
  mutation StartJourney($input: StartJourneyInput!) {
    startJourney(input: $input) { journey { id stage version } }
  }
`);

export const TriageProgressFields = graphql(`
  fragment TriageProgressFields on TriageProgress {
    complete
    questionnaireVersion
    answers { question value }
    next {
      code
      kind
      text(lang: $lang)
      help(lang: $lang)
      min
      max
      decimals
      unit(lang: $lang)
      allowsUnknown
      isRedFlag
      maxLength
      options { code label(lang: $lang) }
    }
    journey { id stage version triage { level dueBy reasons } }
  }
`);

export const TriageProgressQuery = graphql(`
  query TriageProgress($journeyId: ID!, $lang: Lang!) {
    triageProgress(journeyId: $journeyId) { ...TriageProgressFields }
  }
`);

export const AnswerTriageMutation = graphql(`
  mutation AnswerTriage($input: AnswerTriageInput!, $lang: Lang!) {
    answerTriage(input: $input) { ...TriageProgressFields }
  }
`);

export const GpHomeQuery = graphql(`
  query GpHome($practitionerId: ID!, $territoryId: ID!) {
    practitioner(id: $practitionerId) {
      id
      worklist { ...WorkItemFields }
      journeys(first: 100) { ...JourneySummary }
    }
    territory(id: $territoryId) { id awaitingQueue { ...JourneySummary } }
  }
`);

export const ReferralStatusChangedSubscription = graphql(`
  subscription ReferralStatusChanged($practitionerId: ID!) {
    referralStatusChanged(practitionerId: $practitionerId) {
      version
      type
      at
      journeyId
      previousStatus
      step { id kind status statusReason performer { ...PerformerFields } }
      journey { id patient { givenName familyName } }
    }
  }
`);

export const TakeChargeMutation = graphql(`
  mutation TakeCharge($input: TakeChargeInput!) {
    takeCharge(input: $input) { journey { ...JourneyDetail } }
  }
`);

export const ReferMutation = graphql(`
  mutation Refer($input: ReferInput!) {
    refer(input: $input) { step { id status } journey { ...JourneyDetail } }
  }
`);

export const UpdateStepMutation = graphql(`
  mutation UpdateStep($input: UpdateStepInput!) {
    updateStep(input: $input) { step { id status } journey { ...JourneyDetail } }
  }
`);

export const CloseJourneyMutation = graphql(`
  mutation CloseJourney($input: CloseJourneyInput!) {
    closeJourney(input: $input) { journey { ...JourneyDetail } }
  }
`);

export const CancelJourneyMutation = graphql(`
  mutation CancelJourney($input: CancelJourneyInput!) {
    cancelJourney(input: $input) { journey { ...JourneyDetail } }
  }
`);

export const ReturnToPrimaryCareMutation = graphql(`
  mutation ReturnToPrimaryCare($input: ReturnToPrimaryCareInput!) {
    returnToPrimaryCare(input: $input) { journey { ...JourneyDetail } }
  }
`);

export const SearchPractitionersQuery = graphql(`
  query SearchPractitioners(
    $territoryId: ID!
    $text: String
    $role: PractitionerRole
    $specialty: String
    $freeSlotWithinHours: Int
    $withSlots: Boolean! = false
  ) {
    searchPractitioners(
      territoryId: $territoryId
      text: $text
      role: $role
      specialty: $specialty
      freeSlotWithinHours: $freeSlotWithinHours
      first: 50
    ) {
      id
      givenName
      familyName
      role
      specialty
      unitId
      contact { ...ContactFields }
      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }
    }
  }
`);

export const SearchUnitsQuery = graphql(`
  query SearchUnits(
    $territoryId: ID!
    $text: String
    $kind: UnitKind
    $specialty: String
    $freeSlotWithinHours: Int
    $withSlots: Boolean! = false
  ) {
    searchUnits(
      territoryId: $territoryId
      text: $text
      kind: $kind
      specialty: $specialty
      freeSlotWithinHours: $freeSlotWithinHours
      first: 50
    ) {
      id
      name
      hospitalName
      kind
      specialty
      contactPoint { ...ContactFields }
      capacity { bedsFree bedsTotal erWaiting doctorsOnDuty }
      nextFreeSlot(withinHours: 168) @include(if: $withSlots) { start end reservedForUrgent }
    }
  }
`);

export const PractitionerHomeQuery = graphql(`
  query PractitionerHome($practitionerId: ID!) {
    practitioner(id: $practitionerId) {
      id
      givenName
      familyName
      specialty
      worklist { ...WorkItemFields }
      journeys(first: 100) { ...JourneySummary }
    }
  }
`);

export const UnitCapacityFields = graphql(`
  fragment UnitCapacityFields on UnitCapacity {
    bedsTotal
    bedsOccupied
    bedsFree
    erWaiting
    erLongestWaitMinutes
    doctorsOnDuty
    updatedAt
  }
`);

export const UnitHomeQuery = graphql(`
  query UnitHome($unitId: ID!) {
    hospitalUnit(id: $unitId) {
      id
      name
      hospitalName
      kind
      capacity { ...UnitCapacityFields }
      incoming { ...WorkItemFields }
      journeys(first: 100) { ...JourneySummary }
    }
  }
`);

export const UnitJourneysSubscription = graphql(`
  subscription UnitJourneys($unitId: ID!) {
    unitJourneys(unitId: $unitId) { version type journeyId }
  }
`);

export const UpdateUnitCapacityMutation = graphql(`
  mutation UpdateUnitCapacity($input: UpdateUnitCapacityInput!) {
    updateUnitCapacity(input: $input) { ...UnitCapacityFields }
  }
`);

export const EmergencyFields = graphql(`
  fragment EmergencyFields on Journey {
    id
    stage
    version
    updatedAt
    patient { familyName givenName birthDate sex phone }
    triage { level triagedAt reasons answers { question value } }
  }
`);

export const RegulatorQueueQuery = graphql(`
  query RegulatorQueue($territoryId: ID!) {
    territory(id: $territoryId) { id emergencyQueue { ...EmergencyFields } }
  }
`);

export const EmergencyQueueSubscription = graphql(`
  subscription EmergencyQueue($territoryId: ID!) {
    emergencyQueue(territoryId: $territoryId) {
      version
      type
      journeyId
      journey { ...EmergencyFields }
    }
  }
`);

export const CapacityFields = graphql(`
  fragment CapacityFields on TerritoryCapacity {
    territoryId
    bedsTotal
    bedsOccupied
    erWaiting
    updatedAt
    units {
      unitId
      kind
      capacity { ...UnitCapacityFields }
      unit { id name hospitalName }
    }
  }
`);

export const TerritoryDashboardQuery = graphql(`
  query TerritoryDashboard($territoryId: ID!) {
    territory(id: $territoryId) { id name capacity { ...CapacityFields } }
  }
`);

export const TerritoryOverdueQuery = graphql(`
  query TerritoryOverdue($territoryId: ID!) {
    territory(id: $territoryId) { id overdue { ...JourneySummary } }
  }
`);

export const TerritoryCapacitySubscription = graphql(`
  subscription TerritoryCapacity($territoryId: ID!) {
    territoryCapacity(territoryId: $territoryId) { ...CapacityFields }
  }
`);

export const AvailableSlotsQuery = graphql(`
  query AvailableSlots($performer: PerformerInput!, $from: DateTimeOffset, $to: DateTimeOffset) {
    availableSlots(performer: $performer, from: $from, to: $to) { start end free reservedForUrgent }
  }
`);

export const BookSlotMutation = graphql(`
  mutation BookSlot($input: BookSlotInput!) {
    bookSlot(input: $input) { step { id status slot { start end } } journey { ...JourneyDetail } }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) { step { id status } journey { ...JourneyDetail } }
  }
`);

export const AuditTrailQuery = graphql(`
  query AuditTrail($journeyId: ID!, $after: String) {
    auditTrail(journeyId: $journeyId, first: 50, after: $after) {
      nodes { id at actorId actorRole operation outcome transport }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const AlertsQuery = graphql(`
  query Alerts($practitionerId: ID!) {
    alerts(practitionerId: $practitionerId) { ...LabAlertFields }
  }
`);

export const AlertsSubscription = graphql(`
  subscription AlertEvents($practitionerId: ID!) {
    alerts(practitionerId: $practitionerId) {
      type
      at
      alert { ...LabAlertFields }
      journey { id patient { givenName familyName } }
    }
  }
`);

export const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {
    acknowledgeAlert(input: $input) { journey { ...JourneyDetail } }
  }
`);

export const OrderLabsMutation = graphql(`
  mutation OrderLabs($input: OrderLabsInput!) {
    orderLabs(input: $input) { step { id status } journey { ...JourneyDetail } }
  }
`);

export const PostLabResultsMutation = graphql(`
  mutation PostLabResults($input: PostLabResultsInput!) {
    postLabResults(input: $input) { step { id status } journey { ...JourneyDetail } }
  }
`);

export const RequestTeleExpertiseMutation = graphql(`
  mutation RequestTeleExpertise($input: RequestTeleExpertiseInput!) {
    requestTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }
  }
`);

export const AnswerTeleExpertiseMutation = graphql(`
  mutation AnswerTeleExpertise($input: AnswerTeleExpertiseInput!) {
    answerTeleExpertise(input: $input) { step { id status } journey { ...JourneyDetail } }
  }
`);

export const ConvertTeleExpertiseMutation = graphql(`
  mutation ConvertTeleExpertise($input: ConvertTeleExpertiseInput!) {
    convertTeleExpertiseToReferral(input: $input) { step { id status } journey { ...JourneyDetail } }
  }
`);

export const TeleExpertiseInboxQuery = graphql(`
  query TeleExpertiseInbox($practitionerId: ID!) {
    practitioner(id: $practitionerId) {
      id
      worklist {
        journeyId
        stepId
        kind
        status
        priority
        dueBy
        step {
          id
          overdue
          requester { id givenName familyName }
          teleExpertise { question outcome dueBy initialDueBy attachments { name contentType downloadUrl reference } }
        }
        journey { ...JourneySummary }
      }
    }
  }
`);

export const TeleExpertiseStatementQuery = graphql(`
  query TeleExpertiseStatement($practitionerId: ID!, $month: String!) {
    teleExpertiseStatement(practitionerId: $practitionerId, month: $month) {
      practitionerId
      month
      billableCount
      billableTotal
      notBillableCount
      lines { requestId journeyId answeredAt role code amount billable notBillableReason counterpartId }
    }
  }
`);

// Documents and the patient file

export const DocumentFields = graphql(`
  fragment DocumentFields on Document {
    id
    journeyId
    stepId
    kind
    name
    contentType
    size
    uploadedBy
    uploadedByRole
    uploadedAt
    downloadUrl
  }
`);

export const PatientFileQuery = graphql(`
  query PatientFile($journeyId: ID!) {
    journey(id: $journeyId) {
      id
      patientFile {
        documents { ...DocumentFields }
        prescriptions { ...DocumentFields prescription { category notes lines { text dosage duration quantity } } }
        reports { kind completedAt report performer { ...PerformerFields } step { id } documents { ...DocumentFields } }
      }
    }
  }
`);

// Secure messaging

export const MessageFields = graphql(`
  fragment MessageFields on ConversationMessage {
    id
    sequence
    stepId
    senderId
    senderRole
    text
    clientMessageId
    sentAt
    attachments { ...DocumentFields }
  }
`);

export const ReceiptFields = graphql(`
  fragment ReceiptFields on ReadReceipt {
    participantId
    role
    lastReadSequence
    readAt
  }
`);

export const ConversationQuery = graphql(`
  query Conversation($journeyId: ID!, $before: Int) {
    conversation(journeyId: $journeyId) {
      journeyId
      messages(first: 50, before: $before) { hasOlder lastSequence messages { ...MessageFields } }
      receipts { ...ReceiptFields }
    }
  }
`);

export const ConversationUpdatedSubscription = graphql(`
  subscription ConversationUpdated($journeyId: ID!, $sinceSequence: Int) {
    conversationUpdated(journeyId: $journeyId, sinceSequence: $sinceSequence) {
      type
      message { ...MessageFields }
      receipt { ...ReceiptFields }
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) { ...MessageFields }
  }
`);

export const MarkConversationReadMutation = graphql(`
  mutation MarkConversationRead($input: MarkConversationReadInput!) {
    markConversationRead(input: $input) { ...ReceiptFields }
  }
`);

// Epidemiology

export const CategoryCountFields = graphql(`
  fragment CategoryCountFields on CategoryCount {
    category
    count
    suppressed
    rollingAverage7
    weekTotal
    previousWeekTotal
    weekOverWeekChange
  }
`);

export const EpidemiologyAlertFields = graphql(`
  fragment EpidemiologyAlertFields on EpidemiologyAlert {
    category
    date
    rollingAverage7
    previousAverage7
    raisedAt
    threshold { minDailyAverage riseRatio }
  }
`);

export const EpidemiologyDayFields = graphql(`
  fragment EpidemiologyDayFields on EpidemiologyDay {
    date
    total { ...CategoryCountFields }
    categories { ...CategoryCountFields }
  }
`);

export const EpidemiologyQuery = graphql(`
  query Epidemiology($territoryId: ID!) {
    epidemiology(territoryId: $territoryId) {
      territoryId
      from
      to
      suppressionThreshold
      days { ...EpidemiologyDayFields }
      activeAlerts { ...EpidemiologyAlertFields }
    }
  }
`);

export const EpidemiologyUpdatedSubscription = graphql(`
  subscription EpidemiologyUpdated($territoryId: ID!) {
    epidemiologyUpdated(territoryId: $territoryId) {
      day { ...EpidemiologyDayFields }
      raisedAlerts { ...EpidemiologyAlertFields }
    }
  }
`);

export const EpidemiologyAlertsSubscription = graphql(`
  subscription EpidemiologyAlerts($territoryId: ID!) {
    epidemiologyAlerts(territoryId: $territoryId) { ...EpidemiologyAlertFields }
  }
`);

export const CreatePrescriptionMutation = graphql(`
  mutation CreatePrescription($input: CreatePrescriptionInput!) {
    createPrescription(input: $input) { id name stepId downloadUrl }
  }
`);

export const JourneyDocumentsQuery = graphql(`
  query JourneyDocuments($journeyId: ID!) {
    documents(journeyId: $journeyId) { id name kind uploadedAt }
  }
`);

export const EpidemiologyThresholdsQuery = graphql(`
  query EpidemiologyThresholds($territoryId: ID!) {
    epidemiologyThresholds(territoryId: $territoryId) { category minDailyAverage riseRatio }
  }
`);

export const SetEpidemiologyThresholdMutation = graphql(`
  mutation SetEpidemiologyThreshold($input: SetEpidemiologyThresholdInput!) {
    setEpidemiologyThreshold(input: $input) { category minDailyAverage riseRatio }
  }
`);

export const LinkDocumentMutation = graphql(`
  mutation LinkDocument($input: LinkDocumentInput!) {
    linkDocument(input: $input) { id stepId }
  }
`);
