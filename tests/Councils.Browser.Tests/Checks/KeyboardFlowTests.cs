using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Councils.Browser.Tests.Pages.Motions;
using Councils.Node.Requests;
using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Checks;

/// <summary>
/// Every flow of the demo by keyboard alone, at phone and wide sizes, as a new member would do it: from the front
/// page, following links with Tab and Enter, filling forms by typing, choosing with Space and the arrow keys. Only
/// the front page is opened by address; a member's session is set up beforehand (<see cref="SignIn"/>), but for the
/// flow that signs in and out. Each flow acts on a motion or bodies of its own, made through the node.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class KeyboardFlowTests(BrowserFixture fixture) : MotionTest(fixture)
{
    /// <summary>Acts in the Vyborg side and in the tests' own federations; signs in nowhere else.</summary>
    private const string Dmitri = OwnFederation.Founder;

    /// <summary>Acts in the Kharkiv tram workshop, whose charter decides by consent; signs in nowhere else.</summary>
    private const string Andriy = "andriy-tkachenko";

    /// <summary>Signs in and out through the form by keyboard; signed in by no other test.</summary>
    private const string Grigory = "grigory-orlov";

    private const string Vyborg = "Vyborg Side Neighbourhood Council";

    public static TheoryData<string> Sizes => ["phone", "wide"];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task SignInThenOut_ByKeyboard_ShowsTheAccountThenSignsOut(string size)
    {
        var user = await StartAsync(size, member: null);

        await user.FollowLinkAsync("Sign in");
        await user.TypeIntoAsync("Member id", Grigory);
        await user.TypeIntoAsync(user.Page.GetByLabel("Password", new() { Exact = true }), "the password field", Password);
        await user.PressButtonAsync("Sign in");
        await StepAsync(user.Page, "signed in, on the account's page", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My memberships");
            await Expect(user.Page.Locator("header")).ToContainTextAsync($"Signed in as {Grigory}");
        });

        await user.PressButtonAsync("Sign out");
        await StepAsync(user.Page, "signed out", async () =>
        {
            await Expect(user.Find(AriaRole.Link, "Sign in")).ToBeVisibleAsync();
            await Expect(user.Page.Locator("header")).Not.ToContainTextAsync("Signed in as");
        });
    }

    [Theory]
    [InlineData("phone", "abstain")]
    [InlineData("wide", "no")]
    public async Task Vote_YesNoAbstain_ByKeyboard_IsCastAndListed(string size, string choice)
    {
        var title = $"Mend the bridge railings ({size}, keyboard)";
        await OpenMotionAsync("vyborg-side", "elena-smirnova", title);
        var user = await StartAsync(size, Dmitri);

        await user.FollowLinkAsync(Vyborg);
        await user.FollowLinkAsync(title);
        await user.ChooseAsync(choice);
        await user.PressButtonAsync("Cast my ballot");

        await ExpectBallotAsync(user, "Dmitri Popov", choice);
        await Expect(user.Page.GetByRole(AriaRole.Region, new() { Name = "Your ballot" })).ToContainTextAsync($"You voted: {choice}.");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Vote_ConsentObjection_ByKeyboard_RefusedWithoutAReasonThenCastWithIt(string size)
    {
        var title = $"Paint the trams grey ({size}, keyboard)";
        await OpenMotionAsync("kharkiv-tram-workshop", "mykola-bondarenko", title);
        var user = await StartAsync(size, Andriy);

        await user.FollowLinkAsync("Kharkiv Tram Workshop Committee");
        await user.FollowLinkAsync(title);
        await user.ChooseAsync("object");
        await user.PressButtonAsync("Cast my ballot");
        await StepAsync(user.Page, "an objection without a reason is refused, the choice kept", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("the ballot must fit the motion's decision method");
            await Expect(user.Find(AriaRole.Textbox, "Reason")).ToHaveAccessibleDescriptionAsync(ObjectionNeedsAReason());
            await Expect(user.Find(AriaRole.Radio, "object")).ToBeCheckedAsync();
        });
        await user.TypeIntoAsync("Reason", "Grey trams vanish in the winter fog; keep them red.");
        await user.PressButtonAsync("Cast my ballot");

        await ExpectBallotAsync(user, "Andriy Tkachenko", "object: “Grey trams vanish");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Vote_Approval_ByKeyboard_TicksWithSpace(string size)
    {
        var title = $"Trees for the courtyard ({size}, keyboard)";
        await OpenMotionAsync("vyborg-side", "elena-smirnova", title, Method("""{"type":"approval","options":["Linden","Maple","Birch"],"seats":1}"""));
        var user = await StartAsync(size, Dmitri);

        await user.FollowLinkAsync(Vyborg);
        await user.FollowLinkAsync(title);
        await user.TickAsync(user.Find(AriaRole.Checkbox, "Linden"), "the checkbox Linden");
        await user.TickAsync(user.Find(AriaRole.Checkbox, "Birch"), "the checkbox Birch");
        await user.PressButtonAsync("Cast my ballot");

        await ExpectBallotAsync(user, "Dmitri Popov", "Linden, Birch");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Vote_Score_ByKeyboard_TypesEachScore(string size)
    {
        var title = $"Score the summer outings ({size}, keyboard)";
        await OpenMotionAsync("vyborg-side", "elena-smirnova", title, Method("""{"type":"score","options":["Lake","Forest"],"seats":1,"max":5}"""));
        var user = await StartAsync(size, Dmitri);

        await user.FollowLinkAsync(Vyborg);
        await user.FollowLinkAsync(title);
        await user.TypeIntoAsync(user.Find(AriaRole.Spinbutton, "Lake"), "the score of Lake", "4");
        await user.TypeIntoAsync(user.Find(AriaRole.Spinbutton, "Forest"), "the score of Forest", "2");
        await user.PressButtonAsync("Cast my ballot");

        // The record keeps the scores by option, in the order of their names.
        await ExpectBallotAsync(user, "Dmitri Popov", "Forest: 2, Lake: 4");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Vote_RankedByNumbers_ByKeyboard_IsCastInOrder(string size)
    {
        var title = $"Name the tea room ({size}, keyboard)";
        await OpenMotionAsync("vyborg-side", "elena-smirnova", title,
            Method("""{"type":"schulze","options":["Samovar","Red Kettle","The Hearth"],"strength":"winning","statusQuo":null,"threshold":null}"""));
        var user = await StartAsync(size, Dmitri);

        await user.FollowLinkAsync(Vyborg);
        await user.FollowLinkAsync(title);
        await user.TypeIntoAsync(user.Find(AriaRole.Spinbutton, "Rank of The Hearth"), "the rank of The Hearth", "1");
        await user.TypeIntoAsync(user.Find(AriaRole.Spinbutton, "Rank of Samovar"), "the rank of Samovar", "2");
        await user.PressButtonAsync("Cast my ballot");

        await ExpectBallotAsync(user, "Dmitri Popov", "The Hearth > Samovar");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task MinorityReport_OnADecidedMotion_ByKeyboard_IsAttachedAndShownOnTheDecision(string size)
    {
        var title = $"Close the baths on Mondays ({size}, keyboard)";
        var path = await OpenMotionAsync("vyborg-side", "elena-smirnova", title);
        var id = long.Parse(path.Split('/')[^1], CultureInfo.InvariantCulture);
        foreach (var voter in new[] { "elena-smirnova", "sofia-lebedeva", "arkady-novikov" })
            await Fixture.Node.CastBallotAsync("vyborg-side", id, new CastBallot(voter, new JsonObject { ["choice"] = "yes" }), CancellationToken.None);
        await Fixture.Node.CloseMotionAsync("vyborg-side", id, new CloseMotion("elena-smirnova"), CancellationToken.None);
        var user = await StartAsync(size, Dmitri);

        await user.FollowLinkAsync(Vyborg);
        await user.FollowLinkAsync(title);
        await user.TypeIntoAsync("Your minority report", "Monday is the only day the night shift can bathe.");
        await user.PressButtonAsync("Attach the minority report");

        var report = user.Page.GetByRole(AriaRole.Article, new() { Name = "Minority report by Dmitri Popov" });
        await StepAsync(user.Page, "the report is attached and shown", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your minority report is attached");
            await Expect(report).ToContainTextAsync("the night shift can bathe");
        });
        await user.FollowLinkAsync("The decision's own page");
        await StepAsync(user.Page, "the decision's page carries the report", () => Expect(report).ToContainTextAsync("the night shift can bathe"));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task NewMotion_ByKeyboard_OpensWithTheChosenMethod(string size)
    {
        var title = $"Choose the choir's songs ({size}, keyboard)";
        var user = await StartAsync(size, Dmitri);

        await user.FollowLinkAsync(Vyborg);
        await user.FollowLinkAsync("Open a motion");
        await user.TypeIntoAsync("Title", title);
        await user.TypeIntoAsync("Text", "Each member approves the songs the choir should learn this winter.");
        await user.SelectAsync("Decision method", "approval voting");
        await user.TypeIntoAsync("Options, one a line (approval, score, ranked methods)", "Dubinushka\nVarshavianka\nKalinka");
        await user.PressButtonAsync("Open the motion");

        await StepAsync(user.Page, "the motion is open, with its method and options", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The motion is open.");
            await Expect(user.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            await Expect(user.Find(AriaRole.Checkbox, "Varshavianka")).ToBeVisibleAsync();
        });
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task CharterAmendment_ByKeyboard_OpensTheAmendmentMotion(string size)
    {
        var title = $"Admit members by decision ({size}, keyboard)";
        var user = await StartAsync(size, Dmitri);

        await user.FollowLinkAsync(Vyborg);
        await user.FollowLinkAsync("Propose a charter amendment");
        await user.TypeIntoAsync("Title", title);
        await user.TypeIntoAsync("Text", "Newcomers join once the council has met them.");
        await user.SelectAsync("How members are admitted", "by a decision of the members");
        await user.PressButtonAsync("Open the charter amendment motion");

        await StepAsync(user.Page, "the amendment's motion is open", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The motion is open.");
            await Expect(user.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            await Expect(user.Page.Locator("main")).ToContainTextAsync("If it carries:");
        });
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task ElectDelegates_ByKeyboard_OpensTheElectionMotion(string size)
    {
        var own = await OwnFederation.CreateAsync(Fixture, $"Keyboard Elect {size}", CancellationToken.None);
        var user = await StartAsync(size, Dmitri);

        await OpenDelegatesAsync(user, own);
        var election = user.Page.GetByRole(AriaRole.Form, new() { Name = "Open an election of delegates" });
        await user.TickAsync(election.GetByRole(AriaRole.Checkbox, new() { Name = own.Substitute, Exact = true }), $"the candidate {own.Substitute}");
        await user.TickAsync(election.GetByRole(AriaRole.Checkbox, new() { Name = "Dmitri Popov", Exact = true }), "the candidate Dmitri Popov");
        await user.PressButtonAsync("Open the election");

        await ExpectMotionOpenedAsync(user, own, "delegates.elect");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Mandate_ByKeyboard_OpensTheMandateMotion(string size)
    {
        var own = await OwnFederation.CreateAsync(Fixture, $"Keyboard Mandate {size}", CancellationToken.None);
        var item = await Fixture.Node.OpenMotionAsync(own.Federation, new OpenMotion(own.DelegateKey, "Lay rails to the new depot", Matter: "transport"), CancellationToken.None);
        var user = await StartAsync(size, Dmitri);

        await OpenDelegatesAsync(user, own);
        await user.TypeIntoAsync(user.Find(AriaRole.Spinbutton, "Agenda item (the federation's motion number)"), "the agenda item's number",
            item.Id.ToString(CultureInfo.InvariantCulture));
        var allow = user.Page.GetByRole(AriaRole.Group, new() { Name = "Choices the delegates may cast" });
        await user.TickAsync(allow.GetByRole(AriaRole.Checkbox, new() { Name = "no", Exact = true }), "the allowed choice no");
        await user.PressButtonAsync("Open the mandate motion");

        var motion = await ExpectMotionOpenedAsync(user, own, "mandate.set");
        Assert.Equal("[\"no\"]", motion.Effect?["allow"]?.ToJsonString());
        Assert.Equal(item.Id, motion.Effect?["motion"]?.GetValue<long>());
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Recall_PetitionThenMotion_ByKeyboard_SupportCountedAndMotionOpened(string size)
    {
        var own = await OwnFederation.CreateAsync(Fixture, $"Keyboard Recall {size}", CancellationToken.None);
        var user = await StartAsync(size, Dmitri);

        await OpenDelegatesAsync(user, own);
        await user.PressButtonAsync($"Support recalling {own.Delegate}");
        await StepAsync(user.Page, "the support is recorded and counted", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your support for the recall is recorded");
            await Expect(user.Page.Locator("main")).ToContainTextAsync("held; recall petitioned by 1 of the 1 members needed");
        });
        await user.PressButtonAsync($"Open the recall motion for {own.Delegate}");

        await ExpectMotionOpenedAsync(user, own, "delegate.recall");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task FederationPage_ByKeyboard_ShowsTreeCompetencesAndDecisions(string size)
    {
        var user = await StartAsync(size, member: null);

        await user.FollowLinkAsync("Petrograd Regional Federation");
        await user.FollowLinkAsync("Federations");
        // A table wider than a phone scrolls inside its region, which the keyboard must reach to scroll it.
        await user.TabToAsync(AriaRole.Region, "Competences it holds");

        await StepAsync(user.Page, "the tree, the competences and the referendum are shown", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Petrograd Regional Federation among federations");
            await Expect(user.Page.GetByRole(AriaRole.Heading, new() { Name = "The federation tree" })).ToBeVisibleAsync();
            await Expect(user.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "budget" })).ToContainTextAsync("a referendum of every member");
            await Expect(user.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "A common winter fund for fuel" })).ToContainTextAsync("carried");
        });
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task VerifyLog_FromTheFrontPage_ByKeyboard_SaysTheLogHolds(string size)
    {
        var user = await StartAsync(size, member: null);

        await user.FollowLinkAsync("Huliaipole Land Commune");
        await user.FollowLinkAsync("The log");
        await user.PressButtonAsync("Verify this log");

        await StepAsync(user.Page, "the result says the log holds", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Verified: everything holds.");
            await Expect(user.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 log(s)");
        });
    }

    /// <summary>A new page at <paramref name="size"/>, with <paramref name="member"/>'s session if any, open at the front page: where every flow starts.</summary>
    private async Task<KeyboardUser> StartAsync(string size, string? member, [CallerMemberName] string test = "")
    {
        var page = await NewPageAsync(size == "phone" ? Viewports.Phone : Viewports.Wide);
        if (member is not null)
            await StepAsync(page, $"a session for {member}", () => SignIn.AsAsync(page, Fixture.Url, member), test);
        var front = await page.GotoAsync("/");
        Assert.True(front is { Ok: true }, $"The front page answered {front?.Status}.");
        return new KeyboardUser(page, $"{test}-{size}");
    }

    private static async Task OpenDelegatesAsync(KeyboardUser user, OwnFederation own)
    {
        await user.FollowLinkAsync(own.CellName);
        await user.FollowLinkAsync("Delegates and mandates");
    }

    private static Task ExpectBallotAsync(KeyboardUser user, string name, string ballot) =>
        StepAsync(user.Page, "the ballot is confirmed and listed", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your ballot is cast");
            await Expect(user.Page.GetByRole(AriaRole.Row, new() { Name = name })).ToContainTextAsync(ballot);
        });

    /// <summary>The page says the motion is open and links it; the keyboard follows the link to it; returns the node's view of it.</summary>
    private async Task<Node.Views.MotionView> ExpectMotionOpenedAsync(KeyboardUser user, OwnFederation own, string effect)
    {
        var link = user.Page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link, new() { NameRegex = MotionLink() });
        await StepAsync(user.Page, "the page says the motion is open and links it", async () =>
        {
            await Expect(user.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The motion is open");
            await Expect(link).ToBeVisibleAsync();
        });
        var name = (await link.TextContentAsync())!.Trim();
        await user.FollowLinkAsync(name);
        var id = long.Parse(new Uri(user.Page.Url).AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
        var motion = await Fixture.Node.GetMotionAsync(own.Cell, id, CancellationToken.None);
        Assert.Equal(effect, motion.Effect?["type"]?.GetValue<string>());
        await StepAsync(user.Page, "the motion's page shows it open", () =>
            Expect(user.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(motion.Title));
        return motion;
    }

    [GeneratedRegex("An objection states its reason")]
    private static partial Regex ObjectionNeedsAReason();

    [GeneratedRegex("^motion \\d+$")]
    private static partial Regex MotionLink();
}
