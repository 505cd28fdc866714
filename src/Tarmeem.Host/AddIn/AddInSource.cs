namespace Tarmeem.Host.AddIn;

/// <summary>What both manifests are made from: identity, addresses, permission and text, decided once here.</summary>
internal sealed class AddInSource
{
    /// <summary>Shared mailboxes need 1.13 (categories on an item need 1.8).</summary>
    public const string MailboxRequirement = "1.13";

    /// <summary>Least permission that works: categories are written on the open item, nothing else in the mailbox.</summary>
    public const string ItemPermissionXml = "ReadWriteItem";

    public const string ItemPermissionUnified = "MailboxItem.ReadWrite.User";

    public const string SharedFolderPermissionUnified = "Mailbox.SharedFolder";

    public const string PanePath = "/addin/pane.html";

    public AddInSource(AddInOptions options, string root, AddInStrings strings)
    {
        ArgumentNullException.ThrowIfNull(options);
        Root = root.TrimEnd('/');
        Host = new Uri(Root).Authority;
        AppId = options.AppId;
        ClientId = options.ClientId;
        ApiResource = ApiResourceOf(options.ApiScope, Host, options.ClientId);
        Strings = strings;
    }

    public string Root { get; }

    public string Host { get; }

    public Guid AppId { get; }

    public string ClientId { get; }

    /// <summary>The Application ID URI (<c>api://host/client-id</c>) the scope belongs to.</summary>
    public string ApiResource { get; }

    public AddInStrings Strings { get; }

    public const string Version = "1.0.0";

    public string PaneUrl => Root + PanePath;

    public string IconUrl(int size) => $"{Root}/addin/{AddInFiles.IconName(size)}";

    private static string ApiResourceOf(string scope, string host, string clientId)
    {
        var slash = scope.LastIndexOf('/');
        return slash > "api://".Length ? scope[..slash] : $"api://{host}/{clientId}";
    }
}
