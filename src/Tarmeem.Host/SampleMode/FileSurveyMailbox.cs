using MimeKit;
using Tarmeem.Host.Surveys;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Replies;

namespace Tarmeem.Host.SampleMode;

/// <summary>
/// The survey mailbox of <c>serve --sample</c>: drafts are files in <c>.drafts</c>, sending moves one into the folder
/// (the "Sent Items" that <see cref="LocateAsync"/> searches), and nothing ever arrives in the inbox.
/// </summary>
internal sealed class FileSurveyMailbox(string directory, TimeProvider time) : ISurveyMailbox
{
    /// <summary>The sub-folder of the <c>.eml</c> folder that survey mail goes to.</summary>
    public const string Folder = "surveys";

    private readonly EmlFolder sent = new(directory);
    private readonly EmlFolder drafts = new(Path.Combine(directory, ".drafts"));

    public async Task<MailboxMessage> CreateDraftAsync(OutgoingSurveyMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var id = EmlFolder.NameFor(time, "survey");
        var messageId = $"<{Guid.NewGuid():N}@sample.tarmeem>";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SurveyMimeMessage.Build(mail, messageId)));
        using var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        message.From.Add(MailboxAddress.Parse(SampleSettings.SurveyMailbox));
        message.Date = time.GetUtcNow();
        message.Headers.Add(EmlFolder.TagHeader, mail.Tag);
        await drafts.WriteAsync(message, id, cancellationToken);
        return new MailboxMessage(id, id, messageId);
    }

    public Task SendDraftAsync(string messageId, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(sent.Directory);
        File.Move(Path.Combine(drafts.Directory, messageId + ".eml"), Path.Combine(sent.Directory, messageId + ".eml"), overwrite: true);
        return Task.CompletedTask;
    }

    public async Task<MailboxLookup> LocateAsync(string tag, CancellationToken cancellationToken)
    {
        var draft = (await drafts.FindAsync(tag, cancellationToken)).Select(d => Message(d.Path, d.Headers)).ToList();
        var copy = (await sent.FindAsync(tag, cancellationToken)).Select(d => Message(d.Path, d.Headers)).FirstOrDefault();
        return new MailboxLookup(draft, copy);
    }

    public Task DeleteDraftAsync(string messageId, CancellationToken cancellationToken)
    {
        File.Delete(Path.Combine(drafts.Directory, messageId + ".eml"));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InboundMail>> ReadInboxAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InboundMail>>([]);

    private static MailboxMessage Message(string path, HeaderList headers)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        return new MailboxMessage(id, id, headers[HeaderId.MessageId]?.Trim());
    }
}
