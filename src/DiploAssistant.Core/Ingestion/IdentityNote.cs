namespace DiploAssistant.Core.Ingestion;

/// <summary>How a loaded article came by its document id, when that is worth telling the user.</summary>
internal enum IdentityNote
{
    /// <summary>Its own id: a new document, or the one this input stored before.</summary>
    None,

    /// <summary>Another input already holds the id its name gives: stored beside it under an id with the origin's tag.</summary>
    BesideAnother,

    /// <summary>Asked to replace: it took over the id its name gives from another input.</summary>
    Replaced,

    /// <summary>The same input stored by an earlier version (no origin tag): stored again in the new form, same id.</summary>
    Migrated,
}
