namespace Digest.Core.Summaries;

/// <summary>What kind of thing an entity is.</summary>
public enum EntityType
{
    Person,
    Organization,
    Place,
    Other,
}
