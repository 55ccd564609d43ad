namespace SocialCare.Mosaic.Sandbox.Faults;

/// <summary>The resource names a fault may be limited to (<see cref="SandboxFault.Resource"/>).</summary>
public static class SandboxResources
{
    /// <summary>The person lookup, <c>v1/persons</c>.</summary>
    public const string Persons = "persons";

    /// <summary><c>v1/persons/{id}/worker-relationships</c>.</summary>
    public const string WorkerRelationships = "worker-relationships";

    /// <summary><c>v1/persons/{id}/service-agreements</c>.</summary>
    public const string ServiceAgreements = "service-agreements";

    /// <summary><c>v1/persons/{id}/assessments</c>.</summary>
    public const string Assessments = "assessments";

    /// <summary><c>v1/persons/{id}/case-notes</c>.</summary>
    public const string CaseNotes = "case-notes";

    /// <summary><c>v1/persons/{id}/communication-needs</c>.</summary>
    public const string CommunicationNeeds = "communication-needs";

    /// <summary><c>v1/status</c>: whether the service answers, for health checks; it concerns no person.</summary>
    public const string Status = "status";

    /// <summary>The OAuth2 token endpoint, <c>oauth/token</c>.</summary>
    public const string Token = "token";

    /// <summary>The five lists of a person, in the contract's order.</summary>
    public static IReadOnlyList<string> Lists { get; } =
        [WorkerRelationships, ServiceAgreements, Assessments, CaseNotes, CommunicationNeeds];
}
