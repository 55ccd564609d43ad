using System.Text;
using SocialCare.Audit.Verify;

Console.OutputEncoding = Encoding.UTF8;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await AuditVerifyCommand.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, cancellation.Token).ConfigureAwait(false);
