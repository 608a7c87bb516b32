namespace Innomed.Grains.Errors;

/// <summary>
/// The database did not answer (stopped, unreachable, connection lost): the change was refused or
/// not confirmed. Raised in place of the driver's exception, which is not serializable across the
/// cluster and would reach clients as an unrelated codec error. A client reads the journey back
/// (its version tells whether the change landed) before sending the change again.
/// </summary>
[GenerateSerializer, Alias("innomed.storage-unavailable")]
public sealed class StorageUnavailableException : DomainException
{
    public StorageUnavailableException()
        : base("The journey store is unavailable; the change was not confirmed. Read the journey back, then retry.") { }

    public override string Code => "STORAGE_UNAVAILABLE";
}
