namespace SocialCare.Infrastructure.Audit.Tests.Support;

/// <summary>
/// A test fixture that gives each test a freshly migrated audit database of its provider and a store on it, and
/// deletes both after; NUnit runs this set-up before a derived fixture's own, and this tear-down after it.
/// </summary>
public abstract class SqlAuditStoreFixture(string provider)
{
    protected string Provider { get; } = provider;

    private protected TestAuditDatabase Database { get; private set; } = null!;

    private protected SqlAuditStore Store { get; private set; } = null!;

    [SetUp]
    public async Task CreateStore()
    {
        Database = await TestAuditDatabase.MigratedAsync(Provider);
        Store = Database.Store();
    }

    [TearDown]
    public async Task DeleteStore()
    {
        Store.Dispose();
        await Database.DisposeAsync();
    }
}
