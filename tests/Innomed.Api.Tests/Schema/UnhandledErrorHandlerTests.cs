using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Innomed.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Tests.Schema;

/// <summary>
/// The schema's execution settings must keep the transport's unhandled-exception handler, which logs
/// unexpected errors and answers INTERNAL: an AddUnhandledExceptionHandler in the schema's setup
/// replaced it, so unexpected errors went unlogged and reached clients coded by their type names.
/// </summary>
public sealed class UnhandledErrorHandlerTests
{
    [Fact]
    public async Task Given_TheSchemasExecutionSettings_When_Applied_Then_TheTransportsHandlerIsKept()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddInnomedSchema();
        await using var provider = services.BuildServiceProvider();
        Func<UnhandledExceptionContext, Task> transportHandler = _ => Task.CompletedTask;
        var options = new ExecutionOptions { UnhandledExceptionDelegate = transportHandler, RequestServices = provider };

        Func<UnhandledExceptionContext, Task>? seen = null;
        ExecutionDelegate next = o =>
        {
            seen = o.UnhandledExceptionDelegate;
            return Task.FromResult(new ExecutionResult());
        };
        var settings = provider.GetServices<IConfigureExecution>().OrderBy(c => c.SortOrder).ToArray();
        settings.ShouldNotBeEmpty();
        foreach (var setting in settings.Reverse())
        {
            var inner = next;
            next = o => setting.ExecuteAsync(o, inner);
        }
        await next(options);

        seen.ShouldBeSameAs(transportHandler);
    }
}
