using System.Text.Json;

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// What reading a value that cannot be converted throws: the reader's and the serializer's errors (a wrong JSON type,
/// a duplicated member, invalid UTF-8), a number or a date out of range. Spec §4: in an item any of them costs that
/// item only, in an envelope the authority. A bug of ours (a null reference, say) is none of these.
/// </summary>
internal static class UnreadableValue
{
    public static bool Is(Exception exception) =>
        exception is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException
            or KeyNotFoundException;
}
