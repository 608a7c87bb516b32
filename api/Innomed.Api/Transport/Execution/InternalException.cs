namespace Innomed.Api.Transport.Execution;

/// <summary>
/// Stands in for any unexpected exception before it reaches the client: graphql-dotnet derives the
/// error code from the type name ("INTERNAL") and nothing of the original (message, type, stack) leaks.
/// </summary>
internal sealed class InternalException : Exception
{
    public InternalException()
        : base("Internal server error.")
    {
    }
}
