using System.Globalization;
using System.Text;
using SocialCare.Application.Abstractions;
using SocialCare.HostileMosaic;
using static SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus.HostileClass;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// What goes wrong below the JSON, written byte for byte: status and header lines, lengths, chunks, encodings, byte
/// order marks, pace, redirects, interim answers, and every status code from 100 to 599. Mostly on the person search,
/// some on a list. Nothing here is followed, retried beyond the contract, or read past the caps.
/// </summary>
internal static class TransportCases
{
    /// <summary>Where a redirect points: a council that must never be asked.</summary>
    public const string Trap = "trap";

    private const long Bombs64 = 96L * 1024 * 1024;
    private const string Echo = "9990000026 " + RawJson.Sentinel;

    private static readonly byte[] Search = Encoding.UTF8.GetBytes(CleanCouncil.PersonSearch);
    private static readonly HostileExpectation Malformed = HostileExpectation.Unavailable(UnavailableReason.MalformedResponse);
    private static readonly HostileExpectation ConnectionFailed = HostileExpectation.Unavailable(UnavailableReason.ConnectionFailed);
    private static readonly HostileExpectation Timeout = HostileExpectation.Unavailable(UnavailableReason.Timeout);

    public static IEnumerable<HostileCase> All() =>
        StatusLines().Concat(HeaderLines()).Concat(Lengths()).Concat(Pace()).Concat(ContentTypes()).Concat(Encodings())
            .Concat(Redirects()).Concat(Interim()).Concat(Marks()).Concat(NotJson()).Concat(Sizes()).Concat(EveryStatus());

    private static IEnumerable<HostileCase> StatusLines()
    {
        foreach (var (line, expected) in new[]
        {
            ($"HTTP/1.1 2O0 {Echo}", ConnectionFailed),
            (Echo, ConnectionFailed),
            ("HTTP/1.1 99 Too low", ConnectionFailed),
            ("HTTP/1.1 1000 Too high", ConnectionFailed),
            ("HTTP/1.1  200 OK", ConnectionFailed),
            ("HTTP/2.0 200 OK", ConnectionFailed),
            ("", ConnectionFailed),
            ("HTTP/1.1 600 Beyond the registry", HostileExpectation.Unavailable(UnavailableReason.ServerError)),
            ("HTTP/1.1 999 Beyond the registry", HostileExpectation.Unavailable(UnavailableReason.ServerError)),
            ("HTTP/1.1 200", HostileExpectation.Clean),
            ("HTTP/1.0 200 OK", HostileExpectation.Clean),
            ($"HTTP/1.1 200 {Echo} caf\u00e9", HostileExpectation.Clean),
        })
        {
            var answer = HostileAnswer.Http(200, Search, statusLine: line);
            yield return new(BadStatusLines, $"person search: status line \"{Shown(line)}\"", Councils.Search(answer), expected, [Echo]);
        }

        yield return new(BadStatusLines, "case-notes: status line quoting an NHS number", Councils.List("case-notes", HostileAnswer.Http(200, Search, statusLine: Echo)), ConnectionFailed, [Echo]);
        yield return new(BadStatusLines, "a blank line before the status line", Councils.Search(HostileAnswer.Raw([.. "\r\n"u8, .. HostileAnswer.Http(200, Search).Bytes])), ConnectionFailed);
    }

    private static IEnumerable<HostileCase> HeaderLines()
    {
        foreach (var (what, header, expected) in new (string, string, HostileExpectation)[]
        {
            ("a header line without a colon, quoting an NHS number", "X-Echo " + Echo, ConnectionFailed),
            ("a header without a name", ": " + Echo, ConnectionFailed),
            ("a header name with a space", "X Echo: " + Echo, ConnectionFailed),
            ("a header value with a NUL byte (.NET keeps it; no header but the status's is read)", "X-Echo: a\0" + Echo, HostileExpectation.Clean),
            ("a folded header line (.NET unfolds it)", "X-Echo: a\r\n " + Echo, HostileExpectation.Clean),
            ("a header line of 70 KiB", "X-Echo: " + new string('e', 70 * 1024), ConnectionFailed),
            ("a header value in Latin-1", "X-Echo: caf\u00e9 " + Echo, HostileExpectation.Clean),
            ("1,000 small headers", string.Join("\r\n", Enumerable.Range(0, 1000).Select(i => string.Create(CultureInfo.InvariantCulture, $"X-Echo-{i}: {Echo}"))), HostileExpectation.Clean),
        })
        {
            yield return new(BadHeaderLines, $"person search: {what}", Councils.Search(HostileAnswer.Http(200, Search, headers: [header])), expected, [Echo]);
        }

        yield return new(BadHeaderLines, "case-notes: a header line without a colon", Councils.List("case-notes", HostileAnswer.Http(200, Search, headers: ["X-Echo " + Echo])), ConnectionFailed, [Echo]);
        yield return new(BadHeaderLines, "a Retry-After of text on a 503", Councils.Search(HostileAnswer.Http(503, Search, headers: ["Retry-After: " + Echo])), HostileExpectation.Unavailable(UnavailableReason.ServerError), [Echo]);
    }

    private static IEnumerable<HostileCase> Lengths()
    {
        var length = Search.Length;
        HostileCase Row(string @class, string what, HostileAnswer answer, HostileExpectation expected, string list = "") =>
            new(@class, (list.Length == 0 ? "person search: " : list + ": ") + what, list.Length == 0 ? Councils.Search(answer) : Councils.List(list, answer), expected);

        yield return Row(FalseContentLength, "Content-Length longer than the body, then closed", HostileAnswer.Http(200, Search, contentLength: length + 100), ConnectionFailed);
        yield return Row(FalseContentLength, "Content-Length longer than the body, then held open", HostileAnswer.Http(200, Search, contentLength: length + 100).Held(), Timeout);
        yield return Row(FalseContentLength, "Content-Length shorter than the body, cutting the JSON", HostileAnswer.Http(200, Search, contentLength: length - 10), Malformed);
        yield return Row(FalseContentLength, "Content-Length ending where the JSON does, garbage after", HostileAnswer.Http(200, [.. "{\"persons\":[]}"u8, .. Encoding.UTF8.GetBytes(RawJson.Sentinel)], contentLength: 14), HostileExpectation.NotFound);
        yield return Row(FalseContentLength, "Content-Length over MaxResponseBytes, small body", HostileAnswer.Http(200, Search, contentLength: 9L * 1024 * 1024), HostileExpectation.Unavailable(UnavailableReason.ResponseTooLarge));
        yield return Row(FalseContentLength, "Content-Length that is not a number (read to the close)", HostileAnswer.Http(200, Search, contentLength: null, headers: ["Content-Length: " + Echo]), HostileExpectation.Clean);
        yield return Row(FalseContentLength, "two different Content-Lengths (.NET reads by the first)", HostileAnswer.Http(200, Search, headers: ["Content-Length: 3"]), HostileExpectation.Clean);
        yield return Row(FalseContentLength, "a negative Content-Length (read to the close)", HostileAnswer.Http(200, Search, contentLength: null, headers: ["Content-Length: -1"]), HostileExpectation.Clean);
        yield return Row(FalseContentLength, "Content-Length and chunked together (.NET reads 5 bytes of chunks)", HostileAnswer.Raw([.. Head("Content-Length: 5", "Transfer-Encoding: chunked"), .. Chunked(Search, final: true)]), Malformed);
        yield return Row(FalseContentLength, "Content-Length longer than the body, then closed", HostileAnswer.Http(200, Encoding.UTF8.GetBytes(Councils.Page(CleanCouncil.Items["case-notes"])), contentLength: 5000), ConnectionFailed, "case-notes");
        yield return Row(TruncatedBodies, "the JSON cut in half, its length matching", HostileAnswer.Http(200, Search.AsSpan(0, length / 2)), Malformed);
        yield return Row(TruncatedBodies, "the JSON cut in half, its length matching", HostileAnswer.Http(200, Encoding.UTF8.GetBytes(Councils.Page(CleanCouncil.Items["case-notes"])).AsSpan(0, 40)), Malformed, "case-notes");
        yield return Row(TruncatedBodies, "an empty body", HostileAnswer.Http(200, []), Malformed);
        yield return Row(TruncatedBodies, "chunked, closed before the last chunk", HostileAnswer.Raw([.. Head("Transfer-Encoding: chunked"), .. Chunked(Search, final: false)]), ConnectionFailed);
        yield return Row(TruncatedBodies, "chunked, a chunk size that is not hexadecimal", HostileAnswer.Raw([.. Head("Transfer-Encoding: chunked"), .. "zz\r\n{}\r\n0\r\n\r\n"u8]), ConnectionFailed);
        yield return Row(TruncatedBodies, "closed in the middle of the headers", HostileAnswer.Raw("HTTP/1.1 200 OK\r\nContent-Type: appl"), ConnectionFailed);
        yield return Row(TruncatedBodies, "chunked, closed before the last chunk", HostileAnswer.Raw([.. Head("Transfer-Encoding: chunked"), .. Chunked(Encoding.UTF8.GetBytes(Councils.Page(CleanCouncil.Items["assessments"])), final: false)]), ConnectionFailed, "assessments");
        yield return Row(FalseContentLength, "chunked, honestly", HostileAnswer.Raw([.. Head("Transfer-Encoding: chunked"), .. Chunked(Search, final: true)]), HostileExpectation.Clean);
    }

    private static IEnumerable<HostileCase> Pace()
    {
        var drip = TimeSpan.FromMilliseconds(100);
        yield return new(SlowDrip, "person search: the whole answer, one byte every 100 ms", Councils.Search(HostileAnswer.Http(200, Search).Dripped(drip)), Timeout);
        yield return new(SlowDrip, "worker-relationships: the whole answer, one byte every 100 ms", Councils.List("worker-relationships", HostileAnswer.Http(200, Encoding.UTF8.GetBytes(Councils.Page(CleanCouncil.Items["worker-relationships"]))).Dripped(drip)), Timeout);
        yield return new(Silence, "person search: accepted, never answered", Councils.Search(HostileAnswer.Silence), Timeout);
        yield return new(Silence, "person search: closed at once", Councils.Search(HostileAnswer.Close), ConnectionFailed);
        yield return new(Silence, "communication-needs: closed at once", Councils.List("communication-needs", HostileAnswer.Close), ConnectionFailed);
        yield return new(Silence, "person search: headers, then nothing", Councils.Search(HostileAnswer.Raw(Head($"Content-Length: {Search.Length}")).Held()), Timeout);
    }

    private static IEnumerable<HostileCase> ContentTypes()
    {
        foreach (var (type, body, expected) in new (string?, byte[], HostileExpectation)[]
        {
            ("text/html", Search, HostileExpectation.Clean),
            ("text/plain", Search, HostileExpectation.Clean),
            (null, Search, HostileExpectation.Clean),
            ("application/json; charset=utf-16", Search, HostileExpectation.Clean),
            ("application/json; charset=" + RawJson.Sentinel, Search, HostileExpectation.Clean),
            ("text/html", Encoding.UTF8.GetBytes($"<html><body>{RawJson.Sentinel} 9990000026</body></html>"), Malformed),
            ("application/xml", Encoding.UTF8.GetBytes($"<persons><person id=\"{RawJson.Sentinel}\"/></persons>"), Malformed),
            ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], Malformed),
        })
        {
            yield return new(WrongContentType, $"person search: {type ?? "no Content-Type"}, {(ReferenceEquals(body, Search) ? "the JSON" : "not JSON")}", Councils.Search(HostileAnswer.Http(200, body, contentType: type)), expected);
        }
    }

    private static IEnumerable<HostileCase> Encodings()
    {
        HostileAnswer Encoded(string encoding, byte[] body) => HostileAnswer.Http(200, body, headers: ["Content-Encoding: " + encoding]);
        var tooLarge = HostileExpectation.Unavailable(UnavailableReason.ResponseTooLarge);

        yield return new(GzipBombs, "person search: gzip, 1 GiB of zeros in 1 MiB", request => Councils.Search(Encoded("gzip", Bombs.Gzip))(request), tooLarge, AllocationBound: Bombs64);
        yield return new(GzipBombs, "person search: deflate, 64 MiB of zeros", request => Councils.Search(Encoded("deflate", Bombs.Deflate))(request), tooLarge, AllocationBound: Bombs64);
        yield return new(GzipBombs, "person search: Brotli, 64 MiB of zeros", request => Councils.Search(Encoded("br", Bombs.Brotli))(request), tooLarge, AllocationBound: Bombs64);

        // A list too large at every page size is read again smaller (docs/mosaic-contract.md); the second reading of
        // 8 MiB passes the view's 16 MiB.
        yield return new(GzipBombs, "case-notes: gzip, 1 GiB of zeros in 1 MiB", request => Councils.List("case-notes", Encoded("gzip", Bombs.Gzip))(request), HostileExpectation.Unavailable(UnavailableReason.LookupTooLarge), AllocationBound: 2 * Bombs64);
        yield return new(GzipBombs, "person search: gzip, honestly", Councils.Search(Encoded("gzip", Bombs.Gzipped(Search))), HostileExpectation.Clean);
        yield return new(GzipBombs, "person search: said to be gzip, but is not", Councils.Search(Encoded("gzip", Search)), Malformed);
        yield return new(GzipBombs, "person search: an encoding no one knows", Councils.Search(Encoded(RawJson.Sentinel, Search)), HostileExpectation.Clean);
    }

    private static IEnumerable<HostileCase> Redirects()
    {
        foreach (var status in new[] { 301, 302, 303, 307, 308 })
        {
            yield return new(HostileClass.Redirects, $"person search: {status} to another council", request => HostileAnswer.Http(status, Search, headers: [$"Location: http://{request.Header("Host")}/{Trap}/v1/persons"]), HostileExpectation.Unavailable(UnavailableReason.Other));
        }

        yield return new(HostileClass.Redirects, "case-notes: 302 to another council", request => CleanCouncil.ListOf(request) == "case-notes"
            ? HostileAnswer.Http(302, [], headers: [$"Location: http://{request.Header("Host")}/{Trap}/{request.Path}"])
            : CleanCouncil.Answer(request), HostileExpectation.Unavailable(UnavailableReason.Other));
    }

    private static IEnumerable<HostileCase> Interim()
    {
        foreach (var status in new[] { 100, 102, 103, 150, 199 })
        {
            var interim = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} Interim\r\nLink: </{RawJson.Sentinel}>\r\n\r\n"));
            yield return new(Informational, $"person search: {status}, then the answer", Councils.Search(HostileAnswer.Raw([.. interim, .. HostileAnswer.Http(200, Search).Bytes])), HostileExpectation.Clean);
        }

        var three = Encoding.Latin1.GetBytes("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\n\r\n");
        yield return new(Informational, "person search: three interim answers, then the answer", Councils.Search(HostileAnswer.Raw([.. three, .. HostileAnswer.Http(200, Search).Bytes])), HostileExpectation.Clean);
        yield return new(Informational, "person search: 100, then closed", Councils.Search(HostileAnswer.Raw("HTTP/1.1 100 Continue\r\n\r\n")), ConnectionFailed);
        yield return new(Informational, "case-notes: 103, then the answer", Councils.List("case-notes", HostileAnswer.Raw([.. "HTTP/1.1 103 Early Hints\r\n\r\n"u8, .. HostileAnswer.Http(200, Encoding.UTF8.GetBytes(Councils.Page(CleanCouncil.Items["case-notes"]))).Bytes])), HostileExpectation.Clean);
    }

    private static IEnumerable<HostileCase> Marks()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        yield return new(ByteOrderMarks, "person search: a UTF-8 byte order mark (ignored, RFC 8259 §8.1)", Councils.Search(HostileAnswer.Http(200, [.. bom, .. Search])), HostileExpectation.Clean);
        yield return new(ByteOrderMarks, "case-notes: a UTF-8 byte order mark", Councils.List("case-notes", HostileAnswer.Http(200, [.. bom, .. Encoding.UTF8.GetBytes(Councils.Page(CleanCouncil.Items["case-notes"]))])), HostileExpectation.Clean);
        yield return new(ByteOrderMarks, "person search: two UTF-8 byte order marks", Councils.Search(HostileAnswer.Http(200, [.. bom, .. bom, .. Search])), Malformed);
        yield return new(ByteOrderMarks, "person search: UTF-16 with its byte order mark", Councils.Search(HostileAnswer.Http(200, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(CleanCouncil.PersonSearch)])), Malformed);
        yield return new(ByteOrderMarks, "person search: a UTF-32 big-endian byte order mark", Councils.Search(HostileAnswer.Http(200, [0x00, 0x00, 0xFE, 0xFF, .. Search])), Malformed);
        yield return new(InvalidUtf8, "person search: a byte that is not UTF-8 before the JSON", Councils.Search(HostileAnswer.Http(200, [0xFF, .. Search])), Malformed);
        yield return new(InvalidUtf8, "person search: a broken sequence between members", Councils.Search(HostileAnswer.Http(200, [.. "{\"persons\":[]"u8, 0xC3, 0x28, .. "}"u8])), Malformed);
    }

    private static IEnumerable<HostileCase> NotJson()
    {
        foreach (var (what, body) in new[]
        {
            ("null", "null"), ("an array", "[]"), ("a number", "42"), ("a string", RawJson.Quote(RawJson.Sentinel)), ("spaces", "   "),
            ("a comment", "/* " + RawJson.Sentinel + " */ {\"persons\":[]}"), ("a trailing comma", "{\"persons\":[],}"),
            ("single quotes", "{'persons':[]}"), ("NaN", "{\"persons\":NaN}"), ("two documents", "{\"persons\":[]}{\"persons\":[]}"),
            ("trailing text", "{\"persons\":[]} " + RawJson.Sentinel),
        })
        {
            yield return new(NotJsonClass, $"person search: {what}", Councils.Search(HostileAnswer.Http(200, Encoding.UTF8.GetBytes(body))), Malformed);
        }

        yield return new(NotJsonClass, "case-notes: null", Councils.List("case-notes", Councils.Json("null")), Malformed);
    }

    private static IEnumerable<HostileCase> Sizes()
    {
        var large = 9 * 1024 * 1024;
        yield return new(Oversized, "person search: 9 MiB, chunked", Councils.Search(HostileAnswer.Raw([.. Head("Transfer-Encoding: chunked"), .. Chunked(Encoding.UTF8.GetBytes("{\"persons\":[],\"zz\":" + RawJson.Long(large, 'z') + "}"), final: true)])), HostileExpectation.Unavailable(UnavailableReason.ResponseTooLarge), AllocationBound: Bombs64);
        yield return new(Oversized, "case-notes: 9 MiB at every page size", Councils.List("case-notes", HostileAnswer.Http(200, Encoding.UTF8.GetBytes(RawJson.With(Councils.Page(CleanCouncil.Items["case-notes"]), "zz", RawJson.Long(large, 'z'))), contentLength: null)), HostileExpectation.Unavailable(UnavailableReason.LookupTooLarge), AllocationBound: 2 * Bombs64);
        yield return new(Oversized, "all five lists: 12 pages of one 1.3 MB name", LongNamesCouncil.Answer([.. CleanCouncil.Items.Keys], 12, 1_300_000), HostileExpectation.Unavailable(UnavailableReason.LookupTooLarge), ["nnnnnnnnnnnnnnnnnnnn"], AllocationBound: 3 * Bombs64);
    }

    /// <summary>Every status code from 100 to 599, answering the person search with a clean body.</summary>
    private static IEnumerable<HostileCase> EveryStatus()
    {
        for (var status = 100; status <= 599; status++)
        {
            var answer = status < 200
                ? HostileAnswer.Raw(string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} Status\r\n\r\n"))
                : HostileAnswer.Http(status, Search);
            yield return new(StatusCodes, string.Create(CultureInfo.InvariantCulture, $"person search: {status}"), Councils.Search(answer), ForStatus(status));
        }
    }

    /// <summary>
    /// The contract's reading of a status (docs/mosaic-contract.md, "Failures"): an interim status alone is a
    /// connection that ended without an answer (101 ends it as a final one); 2xx is read, but 204 has nothing to read
    /// whatever it sends; 401 and 403 are refused credentials; 408 a timeout and 429 a rate limit (each retried once);
    /// 5xx a server error (retried); any other status, redirects and 304 included, is not followed and gives Other.
    /// </summary>
    private static HostileExpectation ForStatus(int status) => status switch
    {
        101 => HostileExpectation.Unavailable(UnavailableReason.Other),
        < 200 => ConnectionFailed,
        204 => Malformed,
        < 300 => HostileExpectation.Clean,
        401 or 403 => HostileExpectation.Unavailable(UnavailableReason.BadCredentials),
        408 => HostileExpectation.Unavailable(UnavailableReason.Timeout),
        429 => HostileExpectation.Unavailable(UnavailableReason.RateLimited),
        >= 500 => HostileExpectation.Unavailable(UnavailableReason.ServerError),
        _ => HostileExpectation.Unavailable(UnavailableReason.Other),
    };

    private const string NotJsonClass = HostileClass.NotJson;

    private static byte[] Head(params string[] headers) =>
        Encoding.Latin1.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + string.Concat(headers.Select(h => h + "\r\n")) + "Connection: close\r\n\r\n");

    private static byte[] Chunked(byte[] body, bool final)
    {
        using var output = new MemoryStream();
        for (var at = 0; at < body.Length; at += 4096)
        {
            var size = Math.Min(4096, body.Length - at);
            output.Write(Encoding.ASCII.GetBytes(size.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
            output.Write(body, at, size);
            output.Write("\r\n"u8);
        }

        if (final)
        {
            output.Write("0\r\n\r\n"u8);
        }

        return output.ToArray();
    }

    private static string Shown(string line) => line.Length == 0 ? "(empty)" : line;
}
