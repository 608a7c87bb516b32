using GraphQL.Types;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class TeleExpertiseOutcomeEnum : EnumerationGraphType<TeleExpertiseOutcome>
{
    public TeleExpertiseOutcomeEnum()
    {
        Name = "TeleExpertiseOutcome";
        Description = "PENDING, ANSWERED, or CONVERTED into a referral (declined and cancelled requests: see the step status).";
    }
}
