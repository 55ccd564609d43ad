namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>What one authority answers for one NHS number (the gateway's <c>MosaicLookup</c>, spec §1 step 8).</summary>
internal enum AnswerKind
{
    Found,
    NotFound,
    NotShared,
    SeveralPersons,
    Unavailable,
}
