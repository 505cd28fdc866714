namespace Tarmeem.GraphLoopback.Faults;

/// <summary>Patterns for <see cref="FaultInjector.Inject"/> that pick out one kind of mail request (with any query string).</summary>
public static class MailFaultPaths
{
    /// <summary>POST: a message created in the mailbox or a folder, from JSON or MIME.</summary>
    public const string MessageCreate = @"^/users/[^/]+/(mailFolders/[^/]+/)?messages(\?.*)?$";

    /// <summary>PATCH (or GET): one message.</summary>
    public const string Message = @"^/users/[^/]+/messages/[^/?]+(\?.*)?$";

    /// <summary>POST: a draft's <c>/send</c>.</summary>
    public const string DraftSend = @"^/users/[^/]+/messages/[^/]+/(microsoft\.graph\.)?send(\?.*)?$";

    /// <summary>POST: <c>/sendMail</c>.</summary>
    public const string SendMail = @"^/users/[^/]+/(microsoft\.graph\.)?sendMail(\?.*)?$";
}
