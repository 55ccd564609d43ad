namespace SocialCare.Mosaic.Sandbox.Seed;

/// <summary>
/// How many synthetic items to add to a record's lists when the seed is loaded, so a large record does not need
/// thousands of lines in the seed file. The items are the same on every load.
/// </summary>
public sealed record SeedGenerate
{
    /// <summary>Complete case notes to add.</summary>
    public int CaseNotes { get; init; }

    /// <summary>Completed assessments to add.</summary>
    public int Assessments { get; init; }
}
