namespace SocialCare.Domain.Records;

/// <summary>A current communication need, such as "Large print" under information format.</summary>
public sealed record CommunicationNeed(CommunicationNeedCategory Category, string Description, DateOnly? RecordedOn);
