namespace SocialCare.Mosaic.Sandbox.Requests;

/// <summary>A logged request whose status arrives when the answer starts.</summary>
internal sealed class RequestEntry(SandboxRequest request)
{
    private int _status;

    public SandboxRequest Request { get; } = request;

    public void Answered(int status) => Volatile.Write(ref _status, status);

    public SandboxRequest ToRecord()
    {
        var status = Volatile.Read(ref _status);
        return Request with { Status = status == 0 ? null : status };
    }
}
