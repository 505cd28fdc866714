using System.Xml.Linq;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// The add-in-only XML manifest: Outlook on Mac and older Outlook for Windows read only this one. Same source as the
/// unified manifest; VersionOverrides 1.1 because <c>SupportsSharedFolders</c> lives there.
/// </summary>
internal static class AddInXmlManifest
{
    private static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Overrides10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    private static readonly XNamespace Overrides11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    private static readonly int[] RibbonIconSizes = [16, 32, 80];

    public static string Write(AddInSource source)
    {
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Office + "OfficeApp",
                new XAttribute("xmlns", Office.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "bt", Bt.NamespaceName),
                new XAttribute(Xsi + "type", "MailApp"),
                new XElement(Office + "Id", source.AppId.ToString("D")),
                new XElement(Office + "Version", AddInSource.Version + ".0"),
                new XElement(Office + "ProviderName", source.Strings.Manifest("provider")),
                new XElement(Office + "DefaultLocale", "ar-SA"),
                Valued(Office + "DisplayName", source.Strings.Manifest("name")),
                Valued(Office + "Description", source.Strings.Manifest("description")),
                Valued(Office + "IconUrl", source.IconUrl(64)),
                Valued(Office + "HighResolutionIconUrl", source.IconUrl(128)),
                Valued(Office + "SupportUrl", source.Root),
                new XElement(Office + "AppDomains", new XElement(Office + "AppDomain", source.Root)),
                new XElement(Office + "Hosts", new XElement(Office + "Host", new XAttribute("Name", "Mailbox"))),
                new XElement(Office + "Requirements",
                    new XElement(Office + "Sets", new XElement(Office + "Set", new XAttribute("Name", "Mailbox"), new XAttribute("MinVersion", "1.1")))),
                new XElement(Office + "FormSettings",
                    new XElement(Office + "Form", new XAttribute(Xsi + "type", "ItemRead"),
                        new XElement(Office + "DesktopSettings",
                            Valued(Office + "SourceLocation", source.PaneUrl),
                            new XElement(Office + "RequestedHeight", "250")))),
                new XElement(Office + "Permissions", AddInSource.ItemPermissionXml),
                new XElement(Office + "Rule", new XAttribute(Xsi + "type", "RuleCollection"), new XAttribute("Mode", "Or"),
                    new XElement(Office + "Rule", new XAttribute(Xsi + "type", "ItemIs"), new XAttribute("ItemType", "Message"), new XAttribute("FormType", "Read"))),
                new XElement(Office + "DisableEntityHighlighting", "false"),
                new XElement(Overrides10 + "VersionOverrides",
                    new XAttribute("xmlns", Overrides10.NamespaceName),
                    new XAttribute(Xsi + "type", "VersionOverridesV1_0"),
                    // Hosts that know only 1.0 read this part: the same button, without shared folders.
                    new XElement(Overrides10 + "Requirements",
                        new XElement(Bt + "Sets", new XAttribute("DefaultMinVersion", "1.3"),
                            new XElement(Bt + "Set", new XAttribute("Name", "Mailbox")))),
                    Hosts(Overrides10, sharedFolders: false),
                    Resources(Overrides10, source),
                    new XElement(Overrides11 + "VersionOverrides",
                        new XAttribute("xmlns", Overrides11.NamespaceName),
                        new XAttribute(Xsi + "type", "VersionOverridesV1_1"),
                        new XElement(Overrides11 + "Requirements",
                            new XElement(Bt + "Sets", new XAttribute("DefaultMinVersion", AddInSource.MailboxRequirement),
                                new XElement(Bt + "Set", new XAttribute("Name", "Mailbox")))),
                        Hosts(Overrides11, sharedFolders: true),
                        Resources(Overrides11, source),
                        new XElement(Overrides11 + "WebApplicationInfo",
                            new XElement(Overrides11 + "Id", source.ClientId),
                            new XElement(Overrides11 + "Resource", source.ApiResource))))));
        return document.Declaration + Environment.NewLine + document.ToString();
    }

    private static XElement Hosts(XNamespace ns, bool sharedFolders) =>
        new(ns + "Hosts",
            new XElement(ns + "Host", new XAttribute(Xsi + "type", "MailHost"),
                new XElement(ns + "DesktopFormFactor",
                    sharedFolders ? new XElement(ns + "SupportsSharedFolders", "true") : null,
                    new XElement(ns + "ExtensionPoint", new XAttribute(Xsi + "type", "MessageReadCommandSurface"),
                        new XElement(ns + "OfficeTab", new XAttribute("id", "TabDefault"),
                            new XElement(ns + "Group", new XAttribute("id", "tarmeemGroup"),
                                new XElement(ns + "Label", new XAttribute("resid", "GroupLabel")),
                                new XElement(ns + "Control", new XAttribute(Xsi + "type", "Button"), new XAttribute("id", "tarmeemOpenPane"),
                                    new XElement(ns + "Label", new XAttribute("resid", "ButtonLabel")),
                                    new XElement(ns + "Supertip",
                                        new XElement(ns + "Title", new XAttribute("resid", "ButtonLabel")),
                                        new XElement(ns + "Description", new XAttribute("resid", "ButtonTooltip"))),
                                    new XElement(ns + "Icon",
                                        from size in RibbonIconSizes
                                        select new XElement(Bt + "Image", new XAttribute("size", size), new XAttribute("resid", $"Icon{size}"))),
                                    new XElement(ns + "Action", new XAttribute(Xsi + "type", "ShowTaskpane"),
                                        new XElement(ns + "SourceLocation", new XAttribute("resid", "PaneUrl"))))))))));

    private static XElement Resources(XNamespace ns, AddInSource source) =>
        new(ns + "Resources",
            new XElement(Bt + "Images",
                from size in RibbonIconSizes
                select Resource("Image", $"Icon{size}", source.IconUrl(size))),
            new XElement(Bt + "Urls", Resource("Url", "PaneUrl", source.PaneUrl)),
            new XElement(Bt + "ShortStrings",
                Resource("String", "GroupLabel", source.Strings.Manifest("groupLabel")),
                Resource("String", "ButtonLabel", source.Strings.Manifest("buttonLabel"))),
            new XElement(Bt + "LongStrings", Resource("String", "ButtonTooltip", source.Strings.Manifest("buttonTooltip"))));

    private static XElement Resource(string kind, string id, string value) =>
        new(Bt + kind, new XAttribute("id", id), new XAttribute("DefaultValue", value));

    private static XElement Valued(XName name, string value) => new(name, new XAttribute("DefaultValue", value));
}
