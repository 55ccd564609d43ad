using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using SocialCare.Api.Http;

namespace SocialCare.Api.Tests.Http;

[NonParallelizable]
public class RequestTraceTests
{
    private Activity? _outer;

    [SetUp]
    public void ClearCurrentActivity()
    {
        _outer = Activity.Current;
        Activity.Current = null;
    }

    [TearDown]
    public void RestoreCurrentActivity() => Activity.Current = _outer;

    [Test]
    public void Valid_traceparent_is_continued()
    {
        using var trace = RequestTrace.Begin(Context(("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")));

        Assert.That(trace.TraceId, Is.EqualTo("0af7651916cd43dd8448eb211c80319c"));
        Assert.That(Activity.Current?.TraceId.ToHexString(), Is.EqualTo(trace.TraceId), "the audit and Mosaic calls see the same id");
    }

    [TestCase("traceparent", "00-zzzz-b7ad6b7169203331-01")]
    [TestCase("Request-Id", "|0af7651916cd43dd8448eb211c80319c.b7ad6b7169203331.")]
    [TestCase("tracestate", "congo=t61rcWkgMzE")]
    public void Anything_but_a_valid_traceparent_gets_a_new_trace_id(string header, string value)
    {
        using var trace = RequestTrace.Begin(Context((header, value)));

        Assert.That(trace.TraceId, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(trace.TraceId, Is.Not.EqualTo("0af7651916cd43dd8448eb211c80319c"));
    }

    [Test]
    public void Hosts_w3c_activity_is_used_as_it_is()
    {
        using var host = new Activity("host").SetIdFormat(ActivityIdFormat.W3C).Start();

        using var trace = RequestTrace.Begin(Context(("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")));

        Assert.That(trace.TraceId, Is.EqualTo(host.TraceId.ToHexString()));
    }

    [Test]
    public void Hosts_hierarchical_activity_does_not_lend_its_id()
    {
        using var host = new Activity("host").SetIdFormat(ActivityIdFormat.Hierarchical).SetParentId("|abc.1.").Start();

        using var trace = RequestTrace.Begin(Context());

        Assert.That(trace.TraceId, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(trace.TraceId, Does.Not.Contain("abc"));
    }

    private static DefaultHttpContext Context(params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context;
    }
}
