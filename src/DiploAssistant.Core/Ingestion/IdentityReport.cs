namespace DiploAssistant.Core.Ingestion;

/// <summary>Tells the user how an article's id was chosen when it was not simply its own: stored beside another, replaced one, migrated.</summary>
internal static class IdentityReport
{
    public static IngestionItem Describe(IngestionItem item, ResolvedArticle resolved)
    {
        if (item.Status == IngestionStatus.Failed)
        {
            return item;
        }

        var nameId = resolved.NameId ?? resolved.Article.Document.Id;
        return resolved.Note switch
        {
            IdentityNote.BesideAnother when item.Status == IngestionStatus.Added => item with
            {
                Status = IngestionStatus.AddedAsNew,
                Reason = $"another document already has the id '{nameId}' (another file or different content); this one was stored beside it as '{item.DocumentId}' (to replace it instead, upload with replace=true)",
            },
            IdentityNote.Replaced when item.Status != IngestionStatus.Unchanged => item with
            {
                Status = IngestionStatus.Updated,
                Reason = $"replaced the document '{item.DocumentId}', which had come from another input, as asked",
            },
            IdentityNote.Migrated when item.Status != IngestionStatus.Unchanged => item with
            {
                Reason = "stored again with its origin: an earlier version had stored this same input",
            },
            _ => item,
        };
    }
}
