using GraphQL;
using GraphQL.Types;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

/// <summary>The tele-expertise queries, added to <see cref="QueryType"/>.</summary>
public static class TeleExpertiseQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<TeleExpertiseStatementGraphType>>("teleExpertiseStatement")
            .Description("A practitioner's monthly tele-expertise statement (acts as expert and as requester), with a CSV export. "
                + "Practitioners see their own; an admin anyone's.")
            .Argument<NonNullGraphType<IdGraphType>>("practitionerId")
            .Argument<NonNullGraphType<StringGraphType>>("month", "yyyy-MM, in Europe/Paris time.")
            .Allow(Rules.Any(Rules.Self(c => c.GetArgument<string>("practitionerId")), Rules.Roles(ActorRole.Admin)))
            .ResolveAsync(async c =>
            {
                var practitionerId = Ids.Key(c.GetArgument<string>("practitionerId"), "practitionerId");
                var month = c.GetArgument<string>("month");
                if (!TeleExpertiseKeys.IsMonth(month))
                    throw new InvalidInputException("month", "'month' must be yyyy-MM, e.g. 2026-11.");
                return await c.Grains().Get<ITeleExpertiseStatementGrain>(TeleExpertiseKeys.Statement(practitionerId, month)).GetAsync();
            });
    }
}
