using GraphQL;

namespace Innomed.Api.Transport.Execution;

/// <summary>A request the transport refused before GraphQL saw it (bad JSON, missing query, …).</summary>
internal sealed class TransportRequestError : ExecutionError
{
    public TransportRequestError(string message)
        : base(message)
    {
        Code = "BAD_REQUEST";
    }
}
