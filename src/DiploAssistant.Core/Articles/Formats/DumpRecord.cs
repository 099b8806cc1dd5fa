namespace DiploAssistant.Core.Articles.Formats;

/// <summary>One article of a JSON/JSONL dump: its body and what its fields state.</summary>
internal sealed record DumpRecord(string Body, PageHints Hints);
