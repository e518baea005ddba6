namespace CoachBot.DirectLine;

/// <summary>A file a person uploaded, kept with its conversation and served at an unguessable URL.</summary>
/// <param name="Name">The file name the client gave.</param>
/// <param name="ContentType">The media type the client gave.</param>
/// <param name="Content">The bytes.</param>
public sealed record DirectLineAttachment(string Name, string ContentType, byte[] Content);
