using SocialCare.Domain.Records;

namespace SocialCare.Mosaic.Conformance;

/// <summary>A communication need to serve. <paramref name="EndDate"/> is the last day it applies.</summary>
public sealed record ConformanceCommunicationNeed(
    string Id,
    CommunicationNeedCategory Category,
    string Description,
    DateOnly? RecordedDate,
    DateOnly? EndDate);
