namespace Innomed.Api.Tests.Security;

internal sealed class SecurityTestSchema : GraphQL.Types.Schema
{
    public SecurityTestSchema(IServiceProvider services)
        : base(services) => Query = new SecurityTestQuery();
}
