namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>How <see cref="FaultyEmbedder"/> treats a text holding its marker.</summary>
public enum EmbedderFault
{
    None,
    Refuses,
    WrongLength,
}
