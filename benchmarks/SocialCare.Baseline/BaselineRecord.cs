namespace SocialCare.Baseline;

/// <summary>
/// Everything one authority sent about one person, unfiltered. <see cref="Found"/> is false when the lookup found no
/// single consenting person, and the lists are then empty.
/// </summary>
public sealed class BaselineRecord
{
    public bool Found { get; set; }

    public List<BaselineWorkerRelationship> WorkerRelationships { get; set; } = [];

    public List<BaselineServiceAgreement> ServiceAgreements { get; set; } = [];

    public List<BaselineAssessment> Assessments { get; set; } = [];

    public List<BaselineCaseNote> CaseNotes { get; set; } = [];

    public List<BaselineCommunicationNeed> CommunicationNeeds { get; set; } = [];
}
