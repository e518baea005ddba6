namespace CoachBot.DirectLine;

/// <summary>
/// The error answers of Direct Line and of the Connector side, in their shared shape
/// {"error": {"code": "...", "message": "..."}}. Messages say what to do; none echoes input.
/// </summary>
public static class DirectLineErrors
{
    /// <summary>401: no credentials, or a token this host did not make.</summary>
    public static IResult Unauthorized(string message = "A valid Direct Line token is required (Authorization: Bearer <token>).") =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    /// <summary>403: the token is for another conversation.</summary>
    public static IResult WrongConversation() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation.");

    /// <summary>403 TokenExpired: the client must get a new token.</summary>
    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; generate a new one.");

    /// <summary>403: the caller is not on this machine and remote use is not allowed.</summary>
    public static IResult RemoteNotAllowed() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "The local Direct Line only serves this machine (set DirectLine:AllowRemote to change that).");

    /// <summary>404: no such conversation (never existed or expired).</summary>
    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "ConversationNotFound", "Conversation not found.");

    /// <summary>400: the request body is not what the endpoint takes.</summary>
    public static IResult BadArgument(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    /// <summary>413: larger than Direct Line accepts.</summary>
    public static IResult TooLarge(string message) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    /// <summary>502: the bot failed to take the activity.</summary>
    public static IResult BotError() =>
        Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not process the activity.");

    /// <summary>503: the production token endpoint has no Azure Direct Line secret, or Azure did not answer.</summary>
    public static IResult Unavailable(string message) =>
        Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", message);

    /// <summary>An error answer with <paramref name="code"/> and <paramref name="message"/>.</summary>
    public static IResult Error(int statusCode, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: statusCode);
}
