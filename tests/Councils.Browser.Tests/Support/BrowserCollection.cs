namespace Councils.Browser.Tests.Support;

/// <summary>Every browser test class joins this collection, so one node and one Chromium serve the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
