using GraphQL.Types;
using GraphQL;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class JourneyGraphType : ObjectGraphType<JourneySnapshot>
{
    public JourneyGraphType()
    {
        Name = "Journey";
        Description = "A patient journey: a live tree of steps from triage to follow-up.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<JourneyStageEnum>>("stage").Resolve(c => c.Source.Stage);
        Field(x => x.Version).Description("Grows by exactly one per accepted change.");
        Field<NonNullGraphType<IdGraphType>>("territoryId").Resolve(c => c.Source.TerritoryId);
        Field<TerritoryGraphType>("territory").ResolveAsync(async c =>
            await c.Grains().GetGrain<Grains.Directory.ITerritoryGrain>(c.Source.TerritoryId).GetProfileAsync());
        Field<NonNullGraphType<PatientGraphType>>("patient").Resolve(c => c.Source.Patient);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Labs.LabAlertGraphType>>>>("alerts")
            .Description("Critical-result alerts, acknowledged or not, oldest first.").Resolve(c => c.Source.Alerts);
        Field<TriageGraphType>("triage").Resolve(c => c.Source.Triage);
        Field<PractitionerGraphType>("gp").Description("The GP who took charge.").ResolveAsync(async c =>
            c.Source.PrimaryPractitionerId is { } id ? await c.Loader().PractitionerAsync(id) : null);
        Field<NonNullGraphType<StepGraphType>>("root").Description("The triage step, root of the tree.")
            .Resolve(c => new StepNode(c.Source.FindStep(c.Source.RootStepId)!, c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StepGraphType>>>>("steps")
            .Description("Every step, parents before children.")
            .Resolve(c => c.Source.Steps.Select(s => new StepNode(s, c.Source)));
        Field<StepGraphType>("step").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Source.FindStep(Ids.Guid(c.GetArgument<string>("id"), "id")) is { } s ? new StepNode(s, c.Source) : null);
        Field<NonNullGraphType<JourneyEventConnectionGraphType>>("timeline")
            .Argument<IntGraphType>("first", "At most this many events (default 50, max 500).")
            .Argument<StringGraphType>("after", "Cursor: the events after this one.")
            .ResolveAsync(async c =>
            {
                var first = Math.Clamp(c.GetArgument("first", 50), 0, 500);
                var after = Cursors.Version(c.GetArgument<string?>("after"));
                var page = await c.Grains().Get<IJourneyGrain>(c.Source.Id).GetEventsAsync(after, first);
                return new JourneyEventConnection(page.Events.Select(e => new JourneyEventNode(e, null)).ToArray(),
                    page.CurrentVersion, page.Events.Count > 0 && page.Events[^1].Version < page.CurrentVersion);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyActionEnum>>>>("permittedActions")
            .Description("What may move the journey on from its current stage.").Resolve(c => c.Source.PermittedTriggers);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Resolve(c => c.Source.OverdueSince is not null
            && c.Source.Stage == JourneyStage.AwaitingPrimaryCare);
        Field(x => x.OverdueSince, nullable: true);
        Field(x => x.Outcome, nullable: true);
        Field(x => x.CancellationReason, nullable: true);
        Field(x => x.CreatedAt);
        Field(x => x.UpdatedAt);
        Field(x => x.EndedAt, nullable: true);
        Documents.DocumentFields.AddToJourney(this);
    }
}
