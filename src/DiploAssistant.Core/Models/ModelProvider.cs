namespace DiploAssistant.Core.Models;

/// <summary>Which service answers chat or embedding requests (<c>Chat:Provider</c>, <c>Embeddings:Provider</c>).</summary>
public enum ModelProvider
{
    /// <summary>No model: the offline default (extractive answers, hashed n-gram embeddings).</summary>
    None,

    /// <summary>Azure OpenAI through its v1 endpoint (<c>{Endpoint}/openai/v1/</c>, <c>api-key</c> header); Model is the deployment name.</summary>
    AzureOpenAI,

    /// <summary>api.openai.com (or Endpoint when given), <c>Authorization: Bearer</c>.</summary>
    OpenAI,

    /// <summary>Any server speaking the OpenAI API (Ollama, vLLM, llama.cpp) at Endpoint, e.g. <c>http://127.0.0.1:11434/v1</c>.</summary>
    OpenAICompatible,
}
