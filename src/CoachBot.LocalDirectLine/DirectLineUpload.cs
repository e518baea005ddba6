using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CoachBot.DirectLine;

/// <summary>
/// POST conversations/{id}/upload: a multipart body with an optional "activity" part (the
/// activity, JSON) and one part per file. The files are kept with the conversation and the
/// activity reaches the bot with attachments whose contentUrl serves them from this host.
/// </summary>
public static class DirectLineUpload
{
    private const string ActivityPart = "activity";

    /// <summary>Handles an upload.</summary>
    public static async Task<IResult> PostAsync(HttpContext http, string conversationId, DirectLineAuthorizer authorizer, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(authorizer);
        ArgumentNullException.ThrowIfNull(options);
        var access = authorizer.Authorize(DirectLineAuthorizer.ReadBearer(http.Request), conversationId);
        if (!access.IsAllowed)
        {
            return access.Error!;
        }

        if (!http.Request.HasFormContentType)
        {
            return DirectLineErrors.BadArgument("An upload is a multipart/form-data body.");
        }

        var limit = options.Value.MaxUploadBytes + (DirectLineRequests.MaxActivityChars * 4L);
        if (http.Request.ContentLength > limit)
        {
            return DirectLineErrors.TooLarge("The upload is too large.");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, http.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return DirectLineErrors.TooLarge("The upload is too large.");
        }

        var activity = await ReadActivityPartAsync(form, http.RequestAborted).ConfigureAwait(false);
        if (activity is null)
        {
            return DirectLineErrors.BadArgument("The activity part is not an activity.");
        }

        var conversation = access.Conversation!;
        var attachments = new List<Attachment>();
        foreach (var file in form.Files.Where(file => file.Name != ActivityPart))
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, http.RequestAborted).ConfigureAwait(false);
            var stored = new DirectLineAttachment(file.FileName, file.ContentType ?? "application/octet-stream", content.ToArray());
            if (!conversation.TryAddAttachment(stored, options.Value.MaxUploadBytesPerConversation, out var key))
            {
                return DirectLineErrors.TooLarge("This conversation has no room for more uploads.");
            }

            var url = $"{DirectLineAddresses.Domain(http.Request)}/conversations/{Uri.EscapeDataString(conversation.Id)}/attachments/{key}";
            attachments.Add(new Attachment(stored.ContentType, url, name: stored.Name));
        }

        activity.Type ??= ActivityTypes.Message;
        activity.Attachments = attachments;
        return await DirectLineApiEndpoints.AcceptFromPersonAsync(http, access, activity).ConfigureAwait(false);
    }

    /// <summary>
    /// Serves an uploaded file. The random key in the URL is the credential, as with Azure's
    /// attachment URLs: Web Chat shows images with plain &lt;img&gt; requests that carry no token.
    /// </summary>
    public static IResult GetAttachment(string conversationId, string key, DirectLineConversationStore conversations)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        var attachment = conversations.Find(conversationId)?.FindAttachment(key);
        return attachment is null
            ? Results.NotFound()
            : Results.File(attachment.Content, attachment.ContentType, attachment.Name);
    }

    // directlinejs sends the activity as a file part (a Blob); other clients send a text field.
    private static async Task<Activity?> ReadActivityPartAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var part = form.Files.GetFile(ActivityPart);
        string? json = form[ActivityPart];
        if (part is not null)
        {
            using var reader = new StreamReader(part.OpenReadStream());
            json = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        return string.IsNullOrWhiteSpace(json) ? new Activity(ActivityTypes.Message) : DirectLineJson.ReadActivity(json);
    }
}
