using Microsoft.AspNetCore.Authorization;

namespace Tarmeem.Host.AddIn;

/// <summary>The caller is relations staff: the app role or the group named in <c>Tarmeem:AddIn</c>.</summary>
internal sealed class StaffRequirement : IAuthorizationRequirement;
