using Digest.Core.Parsing;

namespace Digest.Core.Tests.Parsing;

public sealed class PageChromeFilterTests
{
    private static readonly string[] ChromeLines =
    [
        "Home", "You are here", "Leave a Reply", "Your email address will not be published.", "Newsletter",
        "Get top stories and blog posts emailed to you each day.", "45 users have voted, including you.", "up", "PDF",
        "Advertisement", "Read: Ministers Discuss Budget Ahead Of Summit", "| Image:self", "Reported by: Anna Berg",
        "[Officials arrive for the meeting in Brussels. Credit: Pool]", "Reuters",
    ];

    private static ArticleLayout Layout(string file) => PageChromeFilter.Filter(SeedArticles.TestFile(file));

    [Fact]
    public void Removes_chrome_lines_above_and_below_the_story()
    {
        var layout = Layout("chrome-around-story.txt");

        Assert.Equal(2, layout.Paragraphs.Count);
        foreach (var chrome in ChromeLines)
        {
            Assert.DoesNotContain(layout.Paragraphs, p => p.Contains(chrome, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Takes_the_first_headline_line_as_title_and_drops_its_duplicate()
    {
        var layout = Layout("chrome-around-story.txt");

        Assert.Equal("Ministers agree to widen training mission in Baghdad", layout.Title);
        Assert.DoesNotContain(layout.Paragraphs, p => p == layout.Title);
    }

    [Fact]
    public void Moves_reported_by_line_to_byline()
    {
        Assert.Equal("Anna Berg", Layout("chrome-around-story.txt").Byline);
    }

    [Fact]
    public void Reads_by_line_with_date_as_byline_and_date_evidence()
    {
        var layout = PageChromeFilter.Filter("Title of the story here\n\nBy Mohammad Ghazal - Feb 12,2020 - Last updated at Feb 12,2020\n\nThe story itself starts here.");

        Assert.Equal("Mohammad Ghazal", layout.Byline);
        Assert.Contains(layout.Datelines, d => d.Kind == DatelineKind.Byline && d.DateText.StartsWith("Feb 12,2020", StringComparison.Ordinal));
        Assert.Equal(["The story itself starts here."], layout.Paragraphs);
    }

    [Fact]
    public void Keeps_published_and_updated_lines_as_date_evidence_not_body()
    {
        var layout = Layout("chrome-around-story.txt");

        Assert.Contains(layout.Datelines, d => d.Kind == DatelineKind.Published);
        Assert.Contains(layout.Datelines, d => d.Kind == DatelineKind.Updated);
        Assert.DoesNotContain(layout.Paragraphs, p => p.Contains("March 3rd", StringComparison.Ordinal));
    }

    [Fact]
    public void Takes_a_trailing_agency_line_as_outlet()
    {
        Assert.Equal("Reuters", Layout("chrome-around-story.txt").Outlet);
    }

    [Fact]
    public void Keeps_today_line_as_viewing_date_only()
    {
        var layout = Layout("today-line-only.txt");

        Assert.Equal("Ministers meet to discuss the mission", layout.Title);
        Assert.Contains(layout.Datelines, d => d.Kind == DatelineKind.Viewed);
        Assert.DoesNotContain(layout.Paragraphs, p => p.StartsWith("Today", StringComparison.Ordinal));
    }

    [Fact]
    public void Drops_a_teaser_for_another_story_under_the_title()
    {
        var layout = Layout("teaser-under-title.txt");

        Assert.DoesNotContain(layout.Paragraphs, p => p.Contains("collision", StringComparison.Ordinal));
        Assert.Contains(layout.Warnings, w => w.Contains("teaser", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_a_short_lede_that_shares_the_headline_words()
    {
        var layout = Layout("lede-under-title.txt");

        Assert.Equal("The council approved the budget on Tuesday.", layout.Paragraphs[0]);
    }

    [Fact]
    public void Cuts_a_read_more_tail_glued_to_the_last_sentence()
    {
        var layout = PageChromeFilter.Filter("A headline for the test\n\nThe talks went on all night.To read more arab politics news.");

        Assert.Equal(["The talks went on all night."], layout.Paragraphs);
    }

    [Theory]
    [InlineData("Posted by: jimbob1962 | Report abuse")]
    [InlineData("March 21, 2011 at 10:13 am |")]
    [InlineData("Mon Feb 21 2011 20:38:00")]
    [InlineData("21 March 2011 10:13")]
    [InlineData("Letters for publication should be sent to: letters@example.co.uk")]
    [InlineData("Send your tips to news@example.com")]
    [InlineData("Report abuse")]
    [InlineData("At 2:13 pm on 28 May 2010, corum-populo-2010 wrote: Before commenting - we should remember the workers.")]
    [InlineData("jimbob_62 wrote: This is a disgrace and someone should pay for it.")]
    public void Drops_reader_comments_time_stamps_and_contact_lines(string furniture)
    {
        var layout = PageChromeFilter.Filter($"Ministers agree to widen training mission\n\nThe ministers agreed on Thursday to widen the mission.\n\n{furniture}\n\nThe mission will grow to 4,000 troops, officials said.");

        Assert.Equal(2, layout.Paragraphs.Count);
        Assert.DoesNotContain(layout.Paragraphs, p => p.Contains(furniture, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("WASHINGTON | Tue Mar 1, 2011 12:46pm EST WASHINGTON (Reuters) - President Barack Obama took responsibility on Tuesday.")]
    [InlineData("BAGHDAD (AP) — President Barack Obama took responsibility on Tuesday.")]
    [InlineData("NEW YORK, March 1 (Reuters) - President Barack Obama took responsibility on Tuesday.")]
    [InlineData("Spill WASHINGTON | Thu May 27, 2010 3:54pm EDT WASHINGTON (Reuters) - President Barack Obama took responsibility on Tuesday.")]
    [InlineData("WHAT HAPPENS NEXT President Barack Obama took responsibility on Tuesday.")]
    public void Keeps_the_sentence_after_a_wire_dateline(string line)
    {
        var layout = PageChromeFilter.Filter($"Obama takes responsibility for spill\n\n{line}\n\nThe company said it would pay.");

        Assert.Equal("President Barack Obama took responsibility on Tuesday.", layout.Paragraphs[0]);
    }

    [Fact]
    public void Removes_link_labels_glued_into_a_line()
    {
        var layout = PageChromeFilter.Filter("Ministers agree to widen training mission\n\nThe ministers agreed to widen the mission. Full Article The mission will grow to 4,000 troops.\n\nOfficials welcomed it.");

        Assert.Equal("The ministers agreed to widen the mission. The mission will grow to 4,000 troops.", layout.Paragraphs[0]);
    }

    [Fact]
    public void Drops_another_page_s_headline_glued_before_a_link_label()
    {
        var layout = PageChromeFilter.Filter("No exercise, more than lying around, tied to fat in kids Full Article Only a flight away?\n\nSwine flu followed the airline route map, a report published on Monday shows.\n\nThe virus spread first in the United States and Canada.");

        Assert.Equal("Only a flight away?", layout.Title);
        Assert.Equal("Swine flu followed the airline route map, a report published on Monday shows.", layout.Paragraphs[0]);
    }

    [Theory]
    [InlineData("The company said its address, press@example.com, had been used by the hackers to reach 4,000 customers.")]
    [InlineData("The ministers met at 10:30 on Tuesday, March 1, 2011, and agreed on the plan.")]
    [InlineData("A WASHINGTON official (unnamed) - who spoke to reporters - said the plan would go ahead.")]
    [InlineData("US NATO Forces arrived in Baghdad on Tuesday to widen the training mission.")]
    [InlineData("Obama wrote: \"We will not rest until the well is capped.\"")]
    public void Keeps_story_sentences_that_only_look_like_furniture(string sentence)
    {
        var layout = PageChromeFilter.Filter($"Ministers agree to widen training mission\n\n{sentence}\n\nThe mission will grow to 4,000 troops, officials said.");

        Assert.Equal(sentence, layout.Paragraphs[0]);
    }
}
