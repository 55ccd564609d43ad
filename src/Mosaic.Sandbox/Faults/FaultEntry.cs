namespace SocialCare.Mosaic.Sandbox.Faults;

/// <summary>A fault in force with its bookkeeping; <see cref="Added"/> orders it against token issues.</summary>
internal sealed class FaultEntry(string id, SandboxFault fault, string origin, long added)
{
    public string Id { get; } = id;

    public SandboxFault Fault { get; } = fault;

    public string Origin { get; } = origin;

    public long Added { get; } = added;

    public int? Remaining { get; set; }
}
