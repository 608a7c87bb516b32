using GraphQL.Types;
using GraphQL;
using Innomed.Api.Audit.Graph;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Availability;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Inputs;
using Innomed.Api.Schema.Capacity;
using Innomed.Api.Schema.Epidemiology;
using Innomed.Api.Schema.TeleExpertise;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<JourneyGraphType>("journey").Argument<NonNullGraphType<IdGraphType>>("id").AllowRoles(Rules.Clinical)
            .ResolveAsync(async c => await c.Loader().JourneyAsync(Ids.Journey(c.GetArgument<string>("id"), "id")));
        Field<NonNullGraphType<JourneyConnectionGraphType>>("journeys")
            .Argument<JourneyFilterGraphType>("filter")
            .Argument<IntGraphType>("first", "Default 20, max 100.")
            .Argument<StringGraphType>("after")
            .Allow(JourneysRule)
            .ResolveAsync(async c => await JourneysAsync(c));
        Field<PractitionerGraphType>("practitioner").Argument<NonNullGraphType<IdGraphType>>("id").Allow(Rules.AnyoneSignedIn)
            .ResolveAsync(async c => await c.Loader().PractitionerAsync(Ids.Key(c.GetArgument<string>("id"), "id")));
        Field<HospitalUnitGraphType>("hospitalUnit").Argument<NonNullGraphType<IdGraphType>>("id").Allow(Rules.AnyoneSignedIn)
            .ResolveAsync(async c => await c.Loader().UnitAsync(Ids.Key(c.GetArgument<string>("id"), "id")));
        Field<TerritoryGraphType>("territory").Argument<NonNullGraphType<IdGraphType>>("id").Allow(Rules.AnyoneSignedIn)
            .ResolveAsync(async c => await c.Grains().Get<ITerritoryGrain>(Ids.Key(c.GetArgument<string>("id"), "id")).GetProfileAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PractitionerGraphType>>>>("searchPractitioners")
            .Description("The territory's practitioners by name, role and specialty (accents and case ignored).")
            .Argument<NonNullGraphType<IdGraphType>>("territoryId")
            .Argument<StringGraphType>("text").Argument<PractitionerRoleEnum>("role").Argument<StringGraphType>("specialty")
            .Argument<IntGraphType>("first", "Default 50, max 200.")
            .Argument<IntGraphType>("freeSlotWithinHours", "Only those with a free slot starting within this many hours (1–1440).")
            .Allow(Rules.AnyoneSignedIn)
            .ResolveAsync(async c => await DirectorySearch.PractitionersAsync(c));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HospitalUnitGraphType>>>>("searchUnits")
            .Description("The territory's hospital units, labs and radiology centres by name, kind and specialty.")
            .Argument<NonNullGraphType<IdGraphType>>("territoryId")
            .Argument<StringGraphType>("text").Argument<UnitKindEnum>("kind").Argument<StringGraphType>("specialty")
            .Argument<IntGraphType>("first", "Default 50, max 200.")
            .Argument<IntGraphType>("freeSlotWithinHours", "Only those with a free slot starting within this many hours (1–1440).")
            .Allow(Rules.AnyoneSignedIn)
            .ResolveAsync(async c => await DirectorySearch.UnitsAsync(c));
        Field<NonNullGraphType<TriageProgressGraphType>>("triageProgress")
            .Description("The triage chatbot: the next question to ask, resumable at any time.")
            .Argument<NonNullGraphType<IdGraphType>>("journeyId")
            .AllowRoles(Rules.Clinical)
            .ResolveAsync(async c => await c.Grains().Get<IJourneyGrain>(Ids.Journey(c.GetArgument<string>("journeyId")))
                .GetTriageProgressAsync());
        AuditQueries.AddTo(this).AllowRoles(ActorRole.Patient, ActorRole.DataProtectionOfficer);
        TeleExpertiseQueries.AddTo(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyGraphType>>>>("myJourneys")
            .Description("The journeys the signed-in patient started, most recently updated first.")
            .Argument<IntGraphType>("first", "Default 50, max 200.")
            .AllowRoles(ActorRole.Patient)
            .ResolveAsync(async c => await c.FirstJourneysAsync(c.Grains().Get<IPatientGrain>(ActorResolver.Resolve(c).Id).GetJourneysAsync()));
        AvailabilityFields.AddQueries(this);
        CapacityFields.AddQueries(this);
        EpidemiologyFields.AddQueries(this);
        Labs.LabFields.AddQueries(this);
        Documents.DocumentFields.AddQueries(this);
        Conversations.ConversationFields.AddQueries(this);
    }

    /// <summary>A territory's active journeys: its GPs and regulator; a practitioner's: themselves; a unit's: its staff.</summary>
    private static bool JourneysRule(Actor actor, IResolveFieldContext c)
    {
        var filter = c.GetArgument<JourneyFilter?>("filter");
        if (filter?.TerritoryId is { } t) return Rules.Any(Rules.GpOf(_ => t), Rules.RegulatorOf(_ => t))(actor, c);
        if (filter?.PractitionerId is { } p) return Rules.Self(_ => p)(actor, c);
        if (filter?.UnitId is { } u) return Rules.StaffOf(_ => u)(actor, c);
        return true; // no index named: the resolver answers BAD_USER_INPUT
    }

    private static async Task<JourneyConnection> JourneysAsync(IResolveFieldContext c)
    {
        var filter = c.GetArgument<JourneyFilter?>("filter") ?? new JourneyFilter();
        var first = Math.Clamp(c.GetArgument("first", 20), 0, 100);
        var offset = Cursors.Version(c.GetArgument<string?>("after"));
        var grains = c.Grains();
        IReadOnlyList<JourneySummary> summaries = (filter.TerritoryId, filter.PractitionerId, filter.UnitId) switch
        {
            ({ } t, null, null) => await grains.Get<ITerritoryGrain>(Ids.Key(t, "filter.territoryId")).GetActiveJourneysAsync(filter.Stage),
            (null, { } p, null) => await grains.Get<IPractitionerGrain>(Ids.Key(p, "filter.practitionerId")).GetJourneysAsync(),
            (null, null, { } u) => await grains.Get<IHospitalUnitGrain>(Ids.Key(u, "filter.unitId")).GetJourneysAsync(),
            _ => throw new InvalidInputException("filter", "Give exactly one of territoryId, practitionerId or unitId."),
        };
        var matching = summaries
            .Where(s => filter.Stage is null || s.Stage == filter.Stage)
            .Where(s => filter.Overdue is null || (s.OverdueSince is not null && s.Stage == JourneyStage.AwaitingPrimaryCare) == filter.Overdue)
            .ToArray();
        var page = await c.Loader().JourneysAsync(matching.Skip(offset).Take(first).Select(s => s.JourneyId));
        return new JourneyConnection(page, offset, matching.Length);
    }
}
