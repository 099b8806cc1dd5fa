namespace DiploAssistant.Web.Limits;

/// <summary>The request body passed its limit while being read; answered 413 by <see cref="RequestBodyLimitMiddleware"/>.</summary>
internal sealed class RequestTooLargeException(long limit)
    : BadHttpRequestException($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge)
{
    public long Limit { get; } = limit;
}
