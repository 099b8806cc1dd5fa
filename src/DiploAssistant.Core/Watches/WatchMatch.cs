using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Watches;

/// <summary>A newly loaded article that answers a watch: its document, the sentence that names the watch's topic, its retrieval score.</summary>
public sealed record WatchMatch(DocumentInfo Document, string Sentence, double Score);
