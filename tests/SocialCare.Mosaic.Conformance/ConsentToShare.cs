namespace SocialCare.Mosaic.Conformance;

/// <summary>What the person said about sharing their record with third parties, as your Mosaic records it.</summary>
public enum ConsentToShare
{
    /// <summary>Consent given: the record may be shown.</summary>
    Given,

    /// <summary>Consent withheld: nothing may be fetched beyond finding the person.</summary>
    Withheld,

    /// <summary>Never asked: serve whatever your dialect says when there is no answer (an empty or missing field).</summary>
    NotRecorded,
}
