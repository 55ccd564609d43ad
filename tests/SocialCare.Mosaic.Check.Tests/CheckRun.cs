namespace SocialCare.Mosaic.Check.Tests;

/// <summary>What one run of the tool returned and wrote.</summary>
public sealed record CheckRun(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;

    public override string ToString() => $"exit {ExitCode}\n--- output\n{Output}--- error\n{Error}";
}
