using Innomed.Grains.Journeys;

namespace Innomed.Grains.Journeys;

/// <summary>Turns persisted state into the immutable shapes that leave the grain.</summary>
public static class JourneyProjection
{
    public static JourneySnapshot ToSnapshot(JourneyState s)
    {
        var workflow = new JourneyWorkflow(s, s.UpdatedAt);
        return new JourneySnapshot
        {
            Id = s.Id, TerritoryId = s.TerritoryId, Stage = s.Stage, Version = s.Version, Patient = s.Patient!,
            Triage = s.Triage, PrimaryPractitionerId = s.PrimaryPractitionerId, RootStepId = s.RootStepId,
            Steps = s.Steps.Select(step => ToSnapshot(step, s)).ToArray(), CreatedAt = s.CreatedAt, UpdatedAt = s.UpdatedAt,
            EndedAt = s.EndedAt, Outcome = s.Outcome, CancellationReason = s.CancellationReason,
            OverdueSince = s.OverdueSince, PermittedTriggers = workflow.PermittedTriggers, PatientUserId = s.PatientUserId,
            Alerts = s.Alerts.ToArray(),
        };
    }

    public static JourneySummary ToSummary(JourneyState s) => new()
    {
        JourneyId = s.Id, TerritoryId = s.TerritoryId, Stage = s.Stage, Version = s.Version, Level = s.Triage?.Level,
        DueBy = s.Triage?.DueBy, OverdueSince = s.OverdueSince, PrimaryPractitionerId = s.PrimaryPractitionerId,
        UpdatedAt = s.UpdatedAt, CreatedAt = s.CreatedAt, OpenAlerts = s.Alerts.Where(a => a.IsOpen).ToArray(),
        Steps = s.Steps.Select(step => new StepSummary(step.Id, step.Kind, step.Status, step.Priority, step.RequesterId,
            step.Performer, step.DueBy, step.UpdatedAt)).ToArray(),
    };

    private static StepSnapshot ToSnapshot(StepState step, JourneyState journey)
    {
        var managed = step.Kind is StepKind.Triage or StepKind.PrimaryCare or StepKind.FollowUp;
        var open = journey.Stage is JourneyStage.PrimaryCare or JourneyStage.SpecialistCare or JourneyStage.FollowUp;
        return new StepSnapshot
        {
            Id = step.Id, ParentId = step.ParentId, Kind = step.Kind, Status = step.Status, Priority = step.Priority,
            RequesterId = step.RequesterId, Performer = step.Performer, Reason = step.Reason, DueBy = step.DueBy,
            Notes = step.Notes.ToArray(), Report = step.Report, StatusReason = step.StatusReason, Slot = step.Slot,
            CreatedAt = step.CreatedAt, UpdatedAt = step.UpdatedAt, CompletedAt = step.CompletedAt,
            PermittedActions = managed || !open ? []
                : step.TeleExpertise is null ? StepLifecycle.PermittedActions(step.Status)
                : StepLifecycle.PermittedActions(step.Status).Where(a => a != StepAction.Complete).ToArray(), // answered, not completed
            Alternative = step.Alternative, SuggestedPerformer = step.SuggestedPerformer, TeleExpertise = step.TeleExpertise,
            Lab = step.Lab,
        };
    }
}
