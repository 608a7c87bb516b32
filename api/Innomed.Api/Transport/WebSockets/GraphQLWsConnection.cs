using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using GraphQL;
using Innomed.Api.Transport.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>
/// One graphql-transport-ws socket. The read loop handles client messages in order; operations run
/// concurrently; every outgoing frame goes through one bounded queue, drained by one writer at a
/// time (<see cref="DrainAsync"/>), which is also the only place that sends the close frame. The
/// writer starts on the thread that queued the frame when that thread may write to sockets (a live
/// pump: <see cref="SocketWrites"/>) and on the thread pool otherwise, so a grain or the Redis
/// reader never waits on a socket.
/// </summary>
internal sealed class GraphQLWsConnection
{
    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly GraphQLTransportOptions _options;
    private readonly GraphQLOperationExecutor _executor;
    private readonly IGraphQLRequestContextFactory _contextFactory;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly GraphQLWsMessageWriter _messages;
    private readonly IGraphQLSerializer _serializer;
    private readonly ILogger _logger;
    // A lock-free queue and a count rather than a bounded Channel, whose lock every frame took three
    // times (write, read, peek); the capacity check is the count.
    private readonly ConcurrentQueue<OutgoingFrame> _outgoing = new();
    private int _queued;
    private readonly ConcurrentDictionary<string, GraphQLWsOperation> _operations = new(StringComparer.Ordinal);

    // Timers and operations stop with _lifetime; receive and send only get cancelled (which aborts the
    // socket) after a close has had WebSocketCloseTimeout to complete gracefully.
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CancellationToken _stopping;
    private readonly CancellationTokenSource _receiveAbort;
    private readonly CancellationTokenSource _sendAbort = new();
    private int _initReceived;
    private GraphQLRequestContext? _context;
    private readonly Lock _closeGate = new();
    private int _closeRequested;
    private (WebSocketCloseStatus Status, string Reason) _close;
    private int _writing; // 1 while a writer owns the socket's sending side (for good once the close frame is due)
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GraphQLWsConnection(
        WebSocket socket,
        HttpContext http,
        GraphQLTransportOptions options,
        GraphQLOperationExecutor executor,
        IGraphQLRequestContextFactory contextFactory,
        IServiceScopeFactory scopeFactory,
        GraphQLWsMessageWriter messages,
        IGraphQLSerializer serializer,
        ILogger logger)
    {
        _socket = socket;
        _http = http;
        _options = options;
        _executor = executor;
        _contextFactory = contextFactory;
        _scopeFactory = scopeFactory;
        _messages = messages;
        _serializer = serializer;
        _logger = logger;
        _stopping = _lifetime.Token;
        _receiveAbort = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        // Sends take no token: ManagedWebSocket sends with a cancellable token through an async path
        // that registers on it and awaits its lock every time (allocations and a lock per frame, ~2×
        // the CPU of a bare broadcast); aborting the socket once ends a stuck send just the same.
        _sendAbort.Token.UnsafeRegister(static socket => ((WebSocket)socket!).Abort(), socket);
    }

    public async Task RunAsync()
    {
        _ = CloseIfNotInitialisedAsync();
        try
        {
            await ReadLoopAsync();
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Aborted by us after a close timeout, or the client vanished.
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "GraphQL WebSocket connection failed");
            Close(GraphQLWsCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            Close(WebSocketCloseStatus.NormalClosure, string.Empty);
            await _written.Task;
            _receiveAbort.Dispose();
            _sendAbort.Dispose();
        }
    }

    /// <summary>Requests the close once: stops every operation now, then lets the writer send the close frame.</summary>
    public void Close(WebSocketCloseStatus status, string reason)
    {
        lock (_closeGate)
        {
            if (_closeRequested == 1)
            {
                return;
            }

            // Published before the flag: the writer reads the flag, then the status.
            _close = (status, Truncate(reason));
            Volatile.Write(ref _closeRequested, 1);
        }

        _lifetime.Cancel();
        foreach (var operation in _operations.Values)
        {
            operation.Stop();
        }

        _operations.Clear();
        _sendAbort.CancelAfter(_options.WebSocketCloseTimeout);
        _receiveAbort.CancelAfter(_options.WebSocketCloseTimeout);
        StartWriter();
    }

    public void SendNext(GraphQLWsOperation operation, ExecutionResult result) => Send(_messages.Next(operation, result));

    public void CompleteOperation(GraphQLWsOperation operation)
    {
        if (Finish(operation))
        {
            Send(GraphQLWsMessageWriter.Complete(operation.Id));
        }
    }

    public void FailOperation(GraphQLWsOperation operation, Exception error)
    {
        if (!Finish(operation))
        {
            return;
        }

        if (error is not ExecutionError executionError)
        {
            _logger.LogError(error, "GraphQL subscription {OperationId} failed", operation.Id);
            executionError = new ExecutionError("Internal server error.") { Code = "INTERNAL" };
        }

        Send(_messages.Error(operation.Id, new ExecutionResult(executionError)));
    }

    private bool Finish(GraphQLWsOperation operation)
    {
        _operations.TryRemove(new KeyValuePair<string, GraphQLWsOperation>(operation.Id, operation));
        return operation.Stop();
    }

    private void Send(OutgoingFrame frame)
    {
        if (Volatile.Read(ref _closeRequested) == 1) return; // closing: nothing more goes out
        if (Interlocked.Increment(ref _queued) > _options.WebSocketSendBufferCapacity)
        {
            Interlocked.Decrement(ref _queued);
            frame.Release();
            _logger.LogWarning("GraphQL WebSocket client too slow: {Capacity} frames waiting, closing", _options.WebSocketSendBufferCapacity);
            Close(GraphQLWsCloseCodes.SlowConsumer, "Slow consumer: send buffer full");
            return;
        }
        _outgoing.Enqueue(frame);
        StartWriter();
    }

    /// <summary>Starts a writer unless one is running (it will see the new frame or the close).</summary>
    private void StartWriter()
    {
        if (Interlocked.CompareExchange(ref _writing, 1, 0) != 0) return;
        if (SocketWrites.Inline) _ = DrainAsync();
        else ThreadPool.UnsafeQueueUserWorkItem(static connection => _ = connection.DrainAsync(), this, preferLocal: false);
    }

    /// <summary>
    /// Sends what is queued, then lets go of the socket; sends that complete at once (the usual case:
    /// Kestrel buffers) stay on the calling thread. Once a close is requested it sends the close frame
    /// and keeps the socket for good.
    /// </summary>
    private async Task DrainAsync()
    {
        try
        {
            while (true)
            {
                while (Volatile.Read(ref _closeRequested) == 0 && _outgoing.TryDequeue(out var frame))
                {
                    Interlocked.Decrement(ref _queued);
                    try
                    {
                        var sending = _socket.SendAsync(frame.Memory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                        if (sending.IsCompletedSuccessfully) sending.GetAwaiter().GetResult();
                        else await sending.ConfigureAwait(false);
                    }
                    finally
                    {
                        frame.Release();
                    }
                }

                if (Volatile.Read(ref _closeRequested) == 1)
                {
                    if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(_close.Status, _close.Reason, _sendAbort.Token).ConfigureAwait(false);
                    }

                    _written.TrySetResult();
                    return;
                }

                Volatile.Write(ref _writing, 0);
                // A frame queued between the last read and letting go found a writer running and left it
                // to us: take it back unless someone else has.
                if ((_outgoing.IsEmpty && Volatile.Read(ref _closeRequested) == 0)
                    || Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
                {
                    return;
                }
            }
        }
        catch (Exception exception)
        {
            if (exception is not (OperationCanceledException or WebSocketException or ObjectDisposedException))
            {
                _logger.LogError(exception, "GraphQL WebSocket send failed");
            }

            // Aborted after a close timeout, or the client vanished: nothing more can be sent.
            _socket.Abort();
            _written.TrySetResult();
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (true)
            {
                var length = 0;
                var tooBig = false;
                ValueWebSocketReceiveResult received;
                do
                {
                    if (length == buffer.Length)
                    {
                        if (buffer.Length >= _options.MaxWebSocketMessageSize)
                        {
                            Close(WebSocketCloseStatus.MessageTooBig, "Message too big");
                            tooBig = true;
                            length = 0;
                        }
                        else
                        {
                            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _options.MaxWebSocketMessageSize));
                            buffer.AsSpan(0, length).CopyTo(larger);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }
                    }

                    received = await _socket.ReceiveAsync(buffer.AsMemory(length), _receiveAbort.Token);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        Close(WebSocketCloseStatus.NormalClosure, string.Empty);
                        return;
                    }

                    length += received.Count;
                }
                while (!received.EndOfMessage);

                if (!tooBig && Volatile.Read(ref _closeRequested) == 0)
                {
                    await HandleMessageAsync(buffer.AsMemory(0, length));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask HandleMessageAsync(ReadOnlyMemory<byte> data)
    {
        if (!GraphQLWsMessageParser.TryParse(data, _serializer, out var message, out var error))
        {
            Close(GraphQLWsCloseCodes.BadRequest, error);
            return;
        }

        switch (message.Type)
        {
            case "connection_init":
                await InitialiseAsync(message);
                break;
            case "ping":
                Send(GraphQLWsMessageWriter.Pong(message.Payload));
                break;
            case "pong":
                break;
            case "subscribe":
                Subscribe(message.Id!, message.Request!);
                break;
            case "complete":
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Stop();
                }

                break;
        }
    }

    private async ValueTask InitialiseAsync(GraphQLWsIncomingMessage message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            Close(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        GraphQLRequestContext? context;
        try
        {
            context = await _contextFactory.CreateForWebSocketAsync(_http, message.Payload);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "GraphQL WebSocket connection_init failed");
            Close(GraphQLWsCloseCodes.InternalServerError, "Internal server error");
            return;
        }

        if (context is null)
        {
            Close(GraphQLWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        Volatile.Write(ref _context, context);
        Send(GraphQLWsMessageWriter.ConnectionAck());
        if (_options.ConnectionValidator is { } validator)
        {
            _ = RevalidatePeriodicallyAsync(validator, context);
        }
    }

    private void Subscribe(string id, GraphQLRequestParams request)
    {
        var context = Volatile.Read(ref _context);
        if (context is null)
        {
            Close(GraphQLWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (_operations.ContainsKey(id))
        {
            Close(GraphQLWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (_operations.Count >= _options.MaxOperationsPerConnection)
        {
            var tooMany = new ExecutionError($"Too many operations on this connection (at most {_options.MaxOperationsPerConnection}).") { Code = "TOO_MANY_OPERATIONS" };
            Send(_messages.Error(id, new ExecutionResult(tooMany)));
            return;
        }

        var operation = new GraphQLWsOperation(id, _scopeFactory.CreateAsyncScope(), _http.RequestServices.GetService<SubscriptionGauge>());
        _operations[id] = operation;
        _ = RunOperationAsync(operation, request, context);
    }

    private async Task RunOperationAsync(GraphQLWsOperation operation, GraphQLRequestParams request, GraphQLRequestContext context)
    {
        try
        {
            var result = await _executor.ExecuteAsync(request, context, operation.Services, httpRule: null, operation.CancellationToken);
            if (!operation.IsActive)
            {
                return; // completed by the client (or the socket closed) while executing: nothing to say
            }

            if (result.Streams is { Count: 1 } streams)
            {
                // May deliver events (and even complete) before Subscribe returns; Attach copes with both.
                operation.Attach(streams.Values.First().Subscribe(new GraphQLWsObserver(this, operation)));
                return;
            }

            if (result.Executed)
            {
                Send(_messages.Next(operation, result));
                CompleteOperation(operation);
            }
            else if (Finish(operation))
            {
                Send(_messages.Error(operation.Id, result));
            }
        }
        catch (OperationCanceledException) when (operation.CancellationToken.IsCancellationRequested)
        {
            Finish(operation);
        }
        catch (Exception exception)
        {
            FailOperation(operation, exception);
        }
    }

    private async Task CloseIfNotInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitWaitTimeout, _stopping);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            Close(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private async Task RevalidatePeriodicallyAsync(Func<GraphQLRequestContext, CancellationToken, ValueTask<bool>> validator, GraphQLRequestContext context)
    {
        try
        {
            using var timer = new PeriodicTimer(_options.ConnectionValidationInterval);
            while (await timer.WaitForNextTickAsync(_stopping))
            {
                if (!await validator(context, _stopping))
                {
                    Close(GraphQLWsCloseCodes.Forbidden, "Forbidden");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "GraphQL WebSocket connection validator failed");
            Close(GraphQLWsCloseCodes.InternalServerError, "Internal server error");
        }
    }

    /// <summary>Close reasons are limited to 123 UTF-8 bytes by RFC 6455.</summary>
    private static string Truncate(string reason)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(reason) <= 123)
        {
            return reason;
        }

        var cut = reason.Length;
        while (System.Text.Encoding.UTF8.GetByteCount(reason.AsSpan(0, cut)) > 120)
        {
            cut--;
        }

        return string.Concat(reason.AsSpan(0, cut), "…");
    }
}
