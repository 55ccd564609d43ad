using System.Globalization;

namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// How often a care package's service is given, as a domain value: <paramref name="Count"/> times each
/// <paramref name="Per"/>. Write it in your dialect's own way (free text, or structured such as
/// <c>{"count": 3, "per": "week"}</c>); the kit expects the adapter to show
/// <see cref="MosaicGatewayConformanceTests.FrequencyShown"/> of it, <see cref="ToString"/> unless your fixture says
/// how your dialect words it.
/// </summary>
public sealed record ConformanceFrequency(int Count, ConformanceFrequencyPeriod Per)
{
    /// <summary>Plain English: <c>once a week</c>, <c>twice a day</c>, <c>4 times a day</c>.</summary>
    public override string ToString()
    {
        var times = Count switch
        {
            1 => "once",
            2 => "twice",
            _ => string.Create(CultureInfo.InvariantCulture, $"{Count} times"),
        };
        return $"{times} a {Per.ToString().ToLowerInvariant()}";
    }
}
