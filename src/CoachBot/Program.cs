using CoachBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoachBot();

var app = builder.Build();

// The local Direct Line (Web Chat without Azure) is mapped only where it is on: Development,
// unless DirectLine:Enabled says otherwise. Its clients stream over WebSockets.
if (app.UsesLocalDirectLine())
{
    app.UseWebSockets();
    app.MapLocalDirectLine();
}

app.MapCoachBot();
app.Run();

/// <summary>The host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
