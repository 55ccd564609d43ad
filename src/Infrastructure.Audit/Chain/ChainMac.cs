using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SocialCare.Infrastructure.Audit.Chain;

/// <summary>
/// The chain's arithmetic (ADR 0007). Each row's MAC is HMAC-SHA256 under the key of the previous row's MAC and every
/// column of the row but its own MAC, each field length-prefixed so that no two rows encode alike. The head's seal
/// is a MAC of the newest sequence and MAC, so that removing the newest rows is seen too.
/// </summary>
internal static class ChainMac
{
    public const int Length = 32;

    private static readonly byte[] EntryDomain = "socialcare-audit/v1 entry\n"u8.ToArray();
    private static readonly byte[] HeadDomain = "socialcare-audit/v1 head\n"u8.ToArray();

    /// <summary>What the first row of a chain that was never purged follows.</summary>
    public static ReadOnlySpan<byte> Genesis => new byte[Length];

    public static byte[] Of(AuditKey key, ReadOnlySpan<byte> previous, ChainRecord record)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(record);
        using var mac = key.CreateMac();
        mac.AppendData(EntryDomain);
        mac.AppendData(previous);
        Append(mac, record.Sequence);
        Append(mac, record.Kind);
        Append(mac, record.Id.ToString("D"));
        Append(mac, (record.At.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
        Append(mac, record.ViewerId);
        Append(mac, record.Relationships);
        Append(mac, record.PatientId);
        Append(mac, record.Surface);
        Append(mac, record.AuthoritiesAsked);
        Append(mac, record.TrueOutcome);
        Append(mac, record.AnsweredCode);
        Append(mac, record.TraceId);
        Append(mac, record.PurgedBeforeSequence);
        Append(mac, record.AnchorMac);
        Append(mac, record.KeyId);
        return mac.GetHashAndReset();
    }

    public static byte[] Seal(AuditKey key, long sequence, ReadOnlySpan<byte> newestMac)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var mac = key.CreateMac();
        mac.AppendData(HeadDomain);
        Append(mac, sequence);
        mac.AppendData(newestMac);
        return mac.GetHashAndReset();
    }

    public static bool Same(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) =>
        CryptographicOperations.FixedTimeEquals(left, right);

    private static void Append(IncrementalHash mac, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        mac.AppendData(bytes);
    }

    private static void Append(IncrementalHash mac, long? value)
    {
        mac.AppendData(value.HasValue ? [1] : [0]);
        if (value.HasValue)
        {
            Append(mac, value.Value);
        }
    }

    private static void Append(IncrementalHash mac, string? value) =>
        Append(mac, value is null ? null : Encoding.UTF8.GetBytes(value));

    private static void Append(IncrementalHash mac, byte[]? value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, value?.Length ?? -1);
        mac.AppendData(length);
        if (value is not null)
        {
            mac.AppendData(value);
        }
    }
}
