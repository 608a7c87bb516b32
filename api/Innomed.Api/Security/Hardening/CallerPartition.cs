using System.Net;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Security.Hardening;

/// <summary>Who a request counts against: the token's subject, else the remote address.</summary>
public readonly record struct CallerPartition(string Key, bool IsUser)
{
    private static readonly object ItemKey = new();

    public static CallerPartition ForUser(string subject) => new("user:" + subject, true);

    public static CallerPartition ForAddress(IPAddress? address) => new("ip:" + Normalise(address), false);

    /// <summary>The partition stored by <see cref="CallerPartitionMiddleware"/>, or the address when it did not run.</summary>
    public static CallerPartition Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is CallerPartition partition
            ? partition
            : ForAddress(context.Connection.RemoteIpAddress);

    internal static void Store(HttpContext context, CallerPartition partition) => context.Items[ItemKey] = partition;

    /// <summary>IPv6 clients own a whole /64; counting addresses inside it would let one client rotate through them.</summary>
    private static string Normalise(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }
}
