namespace SocialCare.Load.ReferenceEndpoint;

/// <summary>A demo patient the load test drives: the NHS number and the authorities the Host's directory gives it.</summary>
public sealed record ReferencePatient(string NhsNumber, IReadOnlyList<string> Authorities);
