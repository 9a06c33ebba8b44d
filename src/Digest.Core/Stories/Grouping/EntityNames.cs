using System.Runtime.InteropServices;
using Digest.Core.Summaries;

namespace Digest.Core.Stories.Grouping;

/// <summary>
/// Resolves the names and aliases articles use for one entity ("Daesh", "ISIS", "Islamic State") to one key,
/// learning aliases as articles arrive; the first article to use a name decides what it means.
/// </summary>
internal sealed class EntityNames
{
    // Two-letter aliases ("IS", "US") collide with ordinary words and with each other too often to trust.
    private const int MinAliasLength = 3;

    private readonly Dictionary<string, string> _keyByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _displayByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _normalized = new(StringComparer.Ordinal);

    public EntityNames()
    {
    }

    /// <summary>Resumes with the names and display names another instance had learnt.</summary>
    public EntityNames(IReadOnlyDictionary<string, string> keyByName, IReadOnlyDictionary<string, string> displayByKey)
    {
        ArgumentNullException.ThrowIfNull(keyByName);
        ArgumentNullException.ThrowIfNull(displayByKey);
        _keyByName = new(keyByName, StringComparer.OrdinalIgnoreCase);
        _displayByKey = new(displayByKey, StringComparer.Ordinal);
    }

    /// <summary>The key each name learnt so far resolves to.</summary>
    public IReadOnlyDictionary<string, string> KeyByName => _keyByName;

    /// <summary>The display name of each key.</summary>
    public IReadOnlyDictionary<string, string> DisplayByKey => _displayByKey;

    /// <summary>The key for an entity, registering its name and aliases for later articles.</summary>
    public string Resolve(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);

        // The entity's own name first, then its aliases long enough to trust: the first one known decides the key.
        var name = NormalizedOf(entity.Name);
        var key = _keyByName.GetValueOrDefault(name);
        foreach (var alias in entity.Aliases)
        {
            if (key is not null)
            {
                break;
            }

            var normalized = NormalizedOf(alias);
            key = normalized.Length >= MinAliasLength ? _keyByName.GetValueOrDefault(normalized) : null;
        }

        key ??= name;
        _displayByKey.TryAdd(key, entity.Name.Trim());
        _keyByName.TryAdd(name, key);
        foreach (var alias in entity.Aliases)
        {
            var normalized = NormalizedOf(alias);
            if (normalized.Length >= MinAliasLength)
            {
                _keyByName.TryAdd(normalized, key);
            }
        }

        return key;
    }

    /// <summary>The display name of the entity a name refers to, or null when no article has used it.</summary>
    public string? DisplayNameOf(string name)
    {
        var key = _keyByName.GetValueOrDefault(Normalize(name));
        return key is null ? null : _displayByKey[key];
    }

    // Articles name the same entities over and over: each spelling is normalised once.
    private string NormalizedOf(string name)
    {
        ref var normalized = ref CollectionsMarshal.GetValueRefOrAddDefault(_normalized, name, out var known);
        if (!known)
        {
            normalized = Normalize(name);
        }

        return normalized!;
    }

    private static string Normalize(string name) =>
        string.Join(' ', name.Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToLowerInvariant();
}
