namespace Digest.Core.Dates;

/// <summary>
/// The years a date or a four-digit number may be taken for: outside them a "date" is an ID, a version, a count or a typo.
/// One home for the bounds, whether a rule checks them in code or spells them in a regex.
/// </summary>
internal static class PlausibleYears
{
    // News pages carry no publication dates from before the web took hold; an earlier "date" is a founding year or a placeholder.
    public const int FirstPublication = 1990;

    // Articles name years of the last century as often as this one's, and earlier ones too rarely to tell them from counts.
    public const int FirstMention = 1900;

    // Far enough ahead for any plan or forecast an article names; a larger four-digit number is a count, not a year.
    public const int Last = 2100;

    /// <summary>
    /// A year as regex rules spell it in text: <see cref="FirstMention"/> to one short of <see cref="Last"/> (1900–2099), since
    /// two leading digits cannot spell 2100 too. Non-capturing, so it can sit inside a rule's own named group.
    /// </summary>
    public const string MentionPattern = @"(?:19|20)\d{2}";

    /// <summary>Whether a page may have been published in <paramref name="year"/>.</summary>
    public static bool IsPublication(int year) => year is >= FirstPublication and <= Last;

    /// <summary>Whether a four-digit number in running text may be a year.</summary>
    public static bool IsMention(int year) => year is >= FirstMention and <= Last;
}
