using CoachBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoachBot();

var app = builder.Build();
app.MapCoachBot();
app.Run();

/// <summary>The host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
