using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Core.Watches;

/// <summary>Section <c>Watches</c>: how often a watch may send a digest, and how much a conversation may watch.</summary>
public sealed class WatchOptions
{
    public const string SectionName = "Watches";

    /// <summary>At most one digest per watch in this many minutes; matches in between wait for the next digest.</summary>
    [Range(0.0, 10_080.0)]
    public double MinMinutesBetweenDigests { get; set; } = 60;

    [Range(1, 100)]
    public int MaxWatchesPerConversation { get; set; } = 20;

    /// <summary>Articles listed in one digest (one cited line each); the others are counted.</summary>
    [Range(1, 20)]
    public int MaxArticlesPerDigest { get; set; } = 5;

    [Range(2, 200)]
    public int MaxQueryCharacters { get; set; } = 100;

    public TimeSpan MinTimeBetweenDigests => TimeSpan.FromMinutes(MinMinutesBetweenDigests);
}
