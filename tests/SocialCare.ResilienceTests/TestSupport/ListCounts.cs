namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>How many items of each list one source shows.</summary>
internal sealed record ListCounts(int SocialWorkers, int CarePackages, int Assessments, int CaseNotes, int CommunicationNeeds)
{
    public override string ToString() => $"{SocialWorkers}/{CarePackages}/{Assessments}/{CaseNotes}/{CommunicationNeeds}";
}
