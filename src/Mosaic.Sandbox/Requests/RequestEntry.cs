namespace SocialCare.Mosaic.Sandbox.Requests;

/// <summary>A logged request whose status arrives when the answer starts, and its body once served.</summary>
internal sealed class RequestEntry(SandboxRequest request)
{
    private int _status;
    private string? _responseBody;

    public SandboxRequest Request { get; } = request;

    public void Answered(int status) => Volatile.Write(ref _status, status);

    public void Served(string body) => Volatile.Write(ref _responseBody, body);

    public SandboxRequest ToRecord()
    {
        var status = Volatile.Read(ref _status);
        return Request with { Status = status == 0 ? null : status, ResponseBody = Volatile.Read(ref _responseBody) };
    }
}
