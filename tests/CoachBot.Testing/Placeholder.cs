namespace CoachBot.Testing;
internal static class Placeholder { }
