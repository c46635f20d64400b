namespace Dashboard.Analysis.Places;

/// <summary>The four economic regions of the national statistics (东部/中部/西部/东北); Hong Kong, Macau and Taiwan are in none.</summary>
public enum EconomicRegion
{
    East,
    Central,
    West,
    Northeast,
    None,
}
