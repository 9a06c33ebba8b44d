using System.Globalization;
using Digest.Core.Stories.Grouping;

namespace Digest.Core.Tests.Stories;

public class GroupingVersionTests
{
    [Fact]
    public void The_fingerprint_starts_with_the_grouping_code_version()
    {
        Assert.StartsWith(GroupingVersion.Version.ToString(CultureInfo.InvariantCulture) + ":", GroupingVersion.Of(StoryGroupingOptions.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_options_have_the_same_fingerprint()
    {
        Assert.Equal(GroupingVersion.Of(StoryGroupingOptions.Default), GroupingVersion.Of(new StoryGroupingOptions()));
        Assert.Equal(
            GroupingVersion.Of(StoryGroupingOptions.Default with { MinCoreShare = 0.3 }),
            GroupingVersion.Of(new StoryGroupingOptions(MinCoreShare: 0.3)));
    }

    [Fact]
    public void Every_grouping_option_changes_the_fingerprint()
    {
        // Through the record's constructor, so an option added later is checked without touching this test.
        var constructor = Assert.Single(typeof(StoryGroupingOptions).GetConstructors());
        var defaults = constructor.GetParameters().Select(p => p.DefaultValue).ToArray();
        var fingerprint = GroupingVersion.Of(StoryGroupingOptions.Default);

        Assert.All(constructor.GetParameters(), parameter =>
        {
            var arguments = (object?[])defaults.Clone();
            arguments[parameter.Position] = parameter.DefaultValue switch
            {
                int i => (object)(i + 1),
                double d => (object)(d + 0.01),
                var other => throw new InvalidOperationException($"No other value known for {parameter.Name} = {other}."),
            };

            Assert.NotEqual(fingerprint, GroupingVersion.Of((StoryGroupingOptions)constructor.Invoke(arguments)));
        });
    }

    [Fact]
    public void The_fingerprint_names_each_option_with_its_value_in_invariant_form()
    {
        var fingerprint = GroupingVersion.Of(StoryGroupingOptions.Default with { SimilarityThreshold = 0.125, MaxCandidates = 1234 });

        Assert.Contains("\"SimilarityThreshold\":0.125", fingerprint, StringComparison.Ordinal);
        Assert.Contains("\"MaxCandidates\":1234", fingerprint, StringComparison.Ordinal);
    }
}
