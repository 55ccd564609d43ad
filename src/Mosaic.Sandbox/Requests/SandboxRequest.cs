namespace SocialCare.Mosaic.Sandbox.Requests;

/// <summary>One request the sandbox received. Header values are not kept, the NHS number least of all.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, e.g. <c>/E09000013/v1/persons</c>.</param>
/// <param name="QueryString">The query string with its <c>?</c>, or empty.</param>
/// <param name="Authority">The authority's GSS code, or null when the path names none.</param>
/// <param name="Resource">The resource (see <see cref="Faults.SandboxResources"/>), or null when the path is unknown.</param>
/// <param name="HadNhsNumberHeader">Whether an <c>X-NHS-Number</c> header was sent.</param>
/// <param name="TraceParent">The <c>traceparent</c> header, or null.</param>
/// <param name="Status">The status answered, or null while unanswered or when the connection ended without one.</param>
public sealed record SandboxRequest(
    string Method,
    string Path,
    string QueryString,
    string? Authority,
    string? Resource,
    bool HadNhsNumberHeader,
    string? TraceParent,
    int? Status)
{
    /// <summary>
    /// The body of a successful answer to <c>persons</c> or a list, as served (sentinels included); null unless
    /// <see cref="SandboxSettings.RecordBodies"/> is on, and for every other answer. Left out of
    /// <see cref="ToString"/>, which stays one short line.
    /// </summary>
    public string? ResponseBody { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Method = {Method}, Path = {Path}, QueryString = {QueryString}, Authority = {Authority}, Resource = {Resource}, HadNhsNumberHeader = {HadNhsNumberHeader}, TraceParent = {TraceParent}, Status = {Status}");
        return true;
    }
}
