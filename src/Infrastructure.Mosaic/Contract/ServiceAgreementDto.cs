namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>A service agreement: what the page calls a care package.</summary>
internal sealed class ServiceAgreementDto
{
    public string? Id { get; init; }

    public ServiceAgreementStatus? Status { get; init; }

    public string? Service { get; init; }

    public string? Supplier { get; init; }

    public string? Frequency { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}
