using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Audit;

/// <summary>
/// Registers <see cref="AuditSchemaVisitor"/> on every schema built from this container: the
/// schema constructor runs all <see cref="IConfigureSchema"/> services, so the schema code needs no line.
/// </summary>
internal sealed class AuditConfigureSchema : IConfigureSchema
{
    public void Configure(ISchema schema, IServiceProvider serviceProvider) =>
        schema.RegisterVisitor(serviceProvider.GetRequiredService<AuditSchemaVisitor>());
}
