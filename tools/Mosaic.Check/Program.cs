using System.Text;
using SocialCare.Mosaic.Check;

Console.OutputEncoding = Encoding.UTF8;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await MosaicCheckCommand.RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
