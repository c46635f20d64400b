namespace Dashboard.Analysis.Industries;

/// <summary>
/// One canonical industry of the vocabulary (Data/industries.json): its id, names, the other strings that denote it,
/// and the category of a recognised scheme it belongs to.
/// </summary>
/// <param name="Id">A stable slug used in links and filters: new-energy-vehicles.</param>
/// <param name="Variants">Other ways texts write the same industry: 新能源车, 智能网联新能源汽车.</param>
/// <param name="Source">Where the entry comes from: the scheme's class, or the documents that name it.</param>
public sealed record Industry(string Id, string Zh, string En, string CategoryId, IReadOnlyList<string> Variants, string Source)
{
    /// <summary>The Chinese name and every variant.</summary>
    public IEnumerable<string> Terms => Variants.Prepend(Zh);
}

/// <summary>A class of a scheme (a first-level category of the NBS strategic emerging industries, a future-industry
/// direction, a GB/T 4754 division) and the group it belongs to.</summary>
public sealed record IndustryCategory(string Id, string GroupId, string Code, string Zh, string En, string Source);

/// <summary>What the charts compare: strategic emerging, future, manufacturing, agriculture, services, resources.</summary>
public sealed record IndustryGroup(string Id, string Zh, string En, string Scheme);
