using CoachBot.Dialogs.Pictures;

namespace CoachBot.Dialogs.Tests.Pictures;

public sealed class BodyOutlineTests
{
    [Fact]
    public void The_outline_holds_the_trunk_and_the_limbs_but_not_the_gap_beside_the_arm_or_between_the_feet()
    {
        Assert.True(BodyOutline.Contains(new FigurePoint(50, 70)));
        Assert.True(BodyOutline.Contains(new FigurePoint(20, 90)));
        Assert.True(BodyOutline.Contains(new FigurePoint(80, 90)));
        Assert.True(BodyOutline.ContainsCircle(new FigurePoint(42, 180), 2));
        Assert.False(BodyOutline.Contains(new FigurePoint(28.5, 80)));
        Assert.False(BodyOutline.Contains(new FigurePoint(50, 210)));
        Assert.False(BodyOutline.ContainsCircle(new FigurePoint(46, 180), 3));
    }
}
