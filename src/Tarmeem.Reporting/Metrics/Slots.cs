using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Array positions for channels and branches, so tallies are arrays rather than dictionaries. A value the
/// enum (for branches: the configured <see cref="ValueCatalog{TEnum}"/>) does not define lands on «غير محدد» (0):
/// counted, never lost.
/// </summary>
internal static class Slots
{
    public const int Channels = 9;

    /// <summary>Today's five branches and «غير محدد» by default; more when settings add branches.</summary>
    public static int Branches => ValueCatalogs.Current<Branch>().SlotCount;

    public static int Of(Channel channel) => (uint)channel < Channels ? (int)channel : 0;

    public static int Of(Branch branch) => ValueCatalogs.Current<Branch>().IsKnown(branch) ? (int)branch : 0;
}
