using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// Lets in a token whose <c>roles</c> hold <c>Tarmeem:AddIn:StaffRole</c> or whose <c>groups</c> hold
/// <c>Tarmeem:AddIn:StaffGroupId</c>; anything else is refused (403), however valid the token.
/// </summary>
internal sealed class StaffHandler(IOptions<AddInOptions> options) : AuthorizationHandler<StaffRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        var user = context.User;
        var byRole = settings.StaffRole.Length > 0 && user.HasClaim("roles", settings.StaffRole);
        var byGroup = settings.StaffGroupId.Length > 0 && user.HasClaim(c => c.Type == "groups" && string.Equals(c.Value, settings.StaffGroupId, StringComparison.OrdinalIgnoreCase));
        if (byRole || byGroup)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
