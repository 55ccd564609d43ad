namespace SocialCare.Benchmarks.Support;

/// <summary>A patient of the benchmarks' directory: who they are, their NHS number and the authorities to ask.</summary>
public sealed record BenchmarkPatient(string PatientId, string NhsNumber, IReadOnlyList<string> OwnAuthorities);
