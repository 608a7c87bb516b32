using GraphQL.Types;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class BillingRoleEnum : EnumerationGraphType<BillingRole>
{
    public BillingRoleEnum()
    {
        Name = "BillingRole";
        Description = "EXPERT (médecin requis) or REQUESTER (médecin requérant).";
    }
}
