using System.Text.Json.Nodes;
using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Turns.Streaming;

/// <summary>
/// Marks an activity as part of a streamed answer (spec §4.4, §5.1): the <c>streaminfo</c> entity Teams reads, mirrored
/// into <c>channelData</c>, where Web Chat 4.18 looks for it.
/// </summary>
internal static class StreamInfo
{
    public const string EntityType = "streaminfo";
    public const string Informative = "informative";
    public const string Streaming = "streaming";
    public const string Final = "final";

    /// <param name="activity">The typing update or the final message.</param>
    /// <param name="streamType"><see cref="Informative"/>, <see cref="Streaming"/> or <see cref="Final"/>.</param>
    /// <param name="streamId">The id the channel gave the stream's first activity; null on that first activity.</param>
    /// <param name="sequence">1, 2, … on typing updates; null on the final message.</param>
    public static void Apply(Activity activity, string streamType, string? streamId, int? sequence)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(streamType);
        var entity = new JsonObject { ["type"] = EntityType };
        var channelData = activity.ChannelData ?? [];
        if (streamId is not null)
        {
            entity["streamId"] = streamId;
            channelData["streamId"] = streamId;
        }

        entity["streamType"] = streamType;
        channelData["streamType"] = streamType;
        if (sequence is { } n)
        {
            entity["streamSequence"] = n;
            channelData["streamSequence"] = n;
        }

        activity.Entities = [.. activity.Entities ?? [], entity];
        activity.ChannelData = channelData;
    }
}
