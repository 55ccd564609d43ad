using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// Statuses and categories as the contract writes them (<c>in-progress</c>, <c>timed-out</c>). Numbers are refused,
/// so that an undefined value cannot slip in as a number; an unknown name fails the item, which is then counted
/// as unreadable.
/// </summary>
internal sealed class MosaicEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
