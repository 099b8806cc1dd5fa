using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// Who may load articles from chat: <c>Bot:AllowLoadingFor</c> lists AAD object ids, user ids or tenant ids, or <c>*</c>.
/// Ids are only believed from a channel that vouches for them (<c>/api/messages</c>); on the built-in Direct Line anyone can
/// ask for a token naming any user id, so there only <c>*</c> allows loading.
/// </summary>
internal static class LoadingPermission
{
    public static bool IsAllowed(Activity activity, IEnumerable<string> allowList, bool identityVouchedFor = true)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(allowList);
        var allowed = allowList.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (allowed.Contains("*"))
        {
            return true;
        }

        if (!identityVouchedFor)
        {
            return false;
        }

        string?[] identities =
        [
            activity.From?.AadObjectId,
            activity.From?.Id,
            activity.Conversation?.TenantId,
            activity.ChannelData?["tenant"] is System.Text.Json.Nodes.JsonObject tenant && tenant["id"] is System.Text.Json.Nodes.JsonValue id
                && id.TryGetValue<string>(out var tenantId) ? tenantId : null,
        ];
        return identities.Any(i => !string.IsNullOrEmpty(i) && allowed.Contains(i));
    }
}
