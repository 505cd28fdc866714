namespace Tarmeem.Host.Scheduling.Locks;

/// <summary>A hand run found its work under way elsewhere; the message says where and since when, and to try later.</summary>
internal sealed class JobLockBusyException(string message) : Exception(message);
