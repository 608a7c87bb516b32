using GraphQL.Types;
using Innomed.Api.Schema;
using Innomed.Api.Schema.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Tests.Access;

/// <summary>No operation can be added without deciding who may use it.</summary>
[Trait("Category", "Security")]
public sealed class AccessRuleCoverageTests
{
    [Fact]
    public void GivenTheSchema_WhenEveryRootFieldIsInspected_ThenEachDeclaresAnAccessRule()
    {
        var services = new ServiceCollection();
        services.AddInnomedSchema();
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();

        var roots = new IObjectGraphType?[] { schema.Query, schema.Mutation, schema.Subscription };
        var missing = roots.OfType<IObjectGraphType>()
            .SelectMany(root => root.Fields.Where(f => FieldAccess.RuleOf(f) is null).Select(f => $"{root.Name}.{f.Name}"))
            .ToArray();
        missing.ShouldBeEmpty();
        roots.OfType<IObjectGraphType>().Sum(r => r.Fields.Count).ShouldBeGreaterThan(15);
    }
}
