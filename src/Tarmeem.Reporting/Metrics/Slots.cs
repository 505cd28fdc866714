using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Array positions for channels and branches, so tallies are arrays rather than dictionaries. A value the
/// enum does not define lands on «غير محدد» (0): counted, never lost.
/// </summary>
internal static class Slots
{
    public const int Channels = 9;

    public const int Branches = 6;

    public static int Of(Channel channel) => (uint)channel < Channels ? (int)channel : 0;

    public static int Of(Branch branch) => (uint)branch < Branches ? (int)branch : 0;
}
