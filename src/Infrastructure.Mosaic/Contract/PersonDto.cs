namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// A Mosaic person. Consent is read as a string: any value but <c>given</c>, unknown ones included, means not shared.
/// </summary>
internal sealed class PersonDto
{
    public string? PersonId { get; init; }

    public string? CaseStatus { get; init; }

    public string? ConsentToShareWithThirdParties { get; init; }
}
