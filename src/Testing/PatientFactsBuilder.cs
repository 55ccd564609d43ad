using SocialCare.Application.Abstractions;
using SocialCare.Domain.Viewers;

namespace SocialCare.Testing;

/// <summary>
/// Writes the <see cref="PatientFacts"/> a host's directory returns for one patient and one viewer: the NHS number as
/// recorded, the patient's teams and their regions, and each way the viewer is related to the patient with the
/// privacy labels it holds. Nothing is valid by default: a fact a test does not state is absent.
/// </summary>
public sealed class PatientFactsBuilder
{
    private readonly List<Grant> _grants = [];
    private readonly List<PatientTeam> _teams = [];
    private List<string>? _ownAuthorities;
    private string? _nhsNumber;

    /// <summary>The NHS number as PKB records it: unchecked text, so a test can give an invalid one.</summary>
    /// <param name="nhsNumber">Ten digits, with or without spaces, or anything else to see it refused.</param>
    /// <returns>This builder.</returns>
    public PatientFactsBuilder WithNhsNumber(string? nhsNumber)
    {
        _nhsNumber = nhsNumber;
        return this;
    }

    /// <summary>Links the patient to a team in <paramref name="regionId"/>; the regions decide the pilot.</summary>
    /// <param name="teamId">The team's id in PKB.</param>
    /// <param name="regionId">A <c>SocialCare:Regions:[n]:Id</c>, or one not configured to be outside the pilot.</param>
    /// <returns>This builder.</returns>
    public PatientFactsBuilder InTeam(string teamId, string regionId)
    {
        _teams.Add(new PatientTeam(teamId, regionId));
        return this;
    }

    /// <summary>Links the patient to a team in the harness's pilot region, <see cref="SocialCareTestHarness.PilotRegion"/>.</summary>
    /// <returns>This builder.</returns>
    public PatientFactsBuilder InPilotTeam() => InTeam("pilot-team", SocialCareTestHarness.PilotRegion);

    /// <summary>Relates the viewer to the patient by <paramref name="relationship"/>, holding <paramref name="labels"/>.</summary>
    /// <param name="relationship">How the viewer stands to the patient.</param>
    /// <param name="labels">The privacy labels this relationship holds; none for a grant without the Social care label.</param>
    /// <returns>This builder.</returns>
    public PatientFactsBuilder Granting(ViewerRelationship relationship, params PrivacyLabel[] labels)
    {
        _grants.Add(new Grant(relationship, labels));
        return this;
    }

    /// <summary>Relates the viewer by <paramref name="relationship"/> holding the <see cref="PrivacyLabel.SocialCare"/> label.</summary>
    /// <param name="relationship">How the viewer stands to the patient.</param>
    /// <returns>This builder.</returns>
    public PatientFactsBuilder GrantingSocialCare(ViewerRelationship relationship) => Granting(relationship, PrivacyLabel.SocialCare);

    /// <summary>The patient is the viewer (<see cref="ViewerRelationship.Self"/>), who needs no label.</summary>
    /// <returns>This builder.</returns>
    public PatientFactsBuilder AsSelf() => Granting(ViewerRelationship.Self);

    /// <summary>The local authorities the host knows the patient belongs to: only these are asked.</summary>
    /// <param name="gssCodes">GSS codes, such as <c>E09000013</c>; none to ask no authority.</param>
    /// <returns>This builder.</returns>
    public PatientFactsBuilder BelongingTo(params string[] gssCodes)
    {
        _ownAuthorities = [.. gssCodes];
        return this;
    }

    /// <summary>The facts as stated.</summary>
    /// <returns>A new <see cref="PatientFacts"/>.</returns>
    public PatientFacts Build() => new([.. _grants], [.. _teams], _nhsNumber, _ownAuthorities?.ToList());
}
