namespace SocialCare.Mosaic.Conformance;

/// <summary>The period a <see cref="ConformanceFrequency"/> counts in.</summary>
public enum ConformanceFrequencyPeriod
{
    Day,
    Week,
    Month,
}
