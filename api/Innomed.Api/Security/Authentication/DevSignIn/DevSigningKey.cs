using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.Api.Security.Authentication.DevSignIn;

/// <summary>
/// The development sign-in's HMAC key: random, created on first start in the data directory
/// (<c>dev-signing-key</c>, owner-only) so tokens survive a restart of the embedded run, and
/// never shipped with the code, so no two installations share one.
/// </summary>
public sealed class DevSigningKey
{
    public const string FileName = "dev-signing-key";
    public const string KeyId = "innomed-dev";
    private const int KeyBytes = 32;

    private DevSigningKey(SymmetricSecurityKey key) => Key = key;

    public SymmetricSecurityKey Key { get; }

    public static DevSigningKey LoadOrCreate(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        var secret = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (secret.Length < KeyBytes)
        {
            throw new InvalidOperationException($"{path} holds a key shorter than {KeyBytes} bytes; delete it to make a new one.");
        }

        return new DevSigningKey(new SymmetricSecurityKey(secret) { KeyId = KeyId });
    }

    private static void TryCreate(string path)
    {
        // Written aside then moved without overwrite: two processes starting together keep one key.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = CreateOwnerOnly(temporary))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process won the race; its key is as good as ours.
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static FileStream CreateOwnerOnly(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }
}
