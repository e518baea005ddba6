namespace CoachBot.Waterfall;
internal static class Placeholder { }
