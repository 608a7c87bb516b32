using GraphQL;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>
/// Receives a subscription's results on the event source's thread and only enqueues frames,
/// so a slow socket never holds up the source.
/// </summary>
internal sealed class GraphQLWsObserver : IObserver<ExecutionResult>
{
    private readonly GraphQLWsConnection _connection;
    private readonly GraphQLWsOperation _operation;

    public GraphQLWsObserver(GraphQLWsConnection connection, GraphQLWsOperation operation)
    {
        _connection = connection;
        _operation = operation;
    }

    public void OnNext(ExecutionResult value)
    {
        if (_operation.IsActive)
        {
            _connection.SendNext(_operation, value);
        }
    }

    public void OnError(Exception error) => _connection.FailOperation(_operation, error);

    public void OnCompleted() => _connection.CompleteOperation(_operation);
}
