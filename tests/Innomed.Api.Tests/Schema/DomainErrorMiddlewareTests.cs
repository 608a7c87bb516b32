using GraphQL;
using GraphQL.Instrumentation;
using Innomed.Api.Schema;
using Innomed.Grains.Errors;
using Orleans.Runtime;

namespace Innomed.Api.Tests.Schema;

/// <summary>
/// Errors raised under a field reach clients with our codes: the cluster's transient failures seen
/// in the kill-silo fault runs came out as ORLEANS_MESSAGE_REJECTION and SILO_UNAVAILABLE before.
/// </summary>
public sealed class DomainErrorMiddlewareTests
{
    private static Task<InnomedError> FailWith(Exception ex) =>
        Should.ThrowAsync<InnomedError>(async () =>
            await new DomainErrorMiddleware().ResolveAsync(new ResolveFieldContext(), _ => throw ex));

    [Fact]
    public async Task Given_SiloUnavailable_When_Resolved_Then_ServiceUnavailableWithoutOrleansDetails()
    {
        var error = await FailWith(new SiloUnavailableException("Silo S127.0.0.1:11112:0 is dead"));

        error.Code.ShouldBe("SERVICE_UNAVAILABLE");
        error.Message.ShouldBe(DomainErrorMiddleware.ServiceUnavailable);
        error.Message.ShouldNotContain("127.0.0.1");
    }

    [Fact]
    public async Task Given_ResponseTimeout_When_Resolved_Then_ServiceUnavailable()
    {
        (await FailWith(new TimeoutException("Response did not arrive on time"))).Code.ShouldBe("SERVICE_UNAVAILABLE");
    }

    [Fact]
    public async Task Given_DomainError_When_Resolved_Then_ItsOwnCode()
    {
        (await FailWith(new NotFoundException("Journey", "j1"))).Code.ShouldBe("NOT_FOUND");
    }

    [Fact]
    public async Task Given_UnexpectedError_When_Resolved_Then_LeftToTheUnhandledHandler()
    {
        var ex = await Should.ThrowAsync<InvalidOperationException>(async () =>
            await new DomainErrorMiddleware().ResolveAsync(new ResolveFieldContext(), _ => throw new InvalidOperationException("bug")));
        ex.Message.ShouldBe("bug");
    }
}
