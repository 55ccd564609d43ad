namespace SocialCare.Application.Tests.TestSupport;

/// <summary>
/// A test fixture that gives each test a fresh <see cref="SocialCareHarness"/> and disposes it after, so that no
/// substitute, fake clock or log collector leaks from one test into the next. NUnit runs this set-up before a derived
/// fixture's own, and this tear-down after it.
/// </summary>
public abstract class SocialCareHarnessFixture
{
    private protected SocialCareHarness Harness { get; private set; } = null!;

    [SetUp]
    public void CreateHarness() => Harness = new SocialCareHarness();

    [TearDown]
    public void DisposeHarness() => Harness.Dispose();
}
