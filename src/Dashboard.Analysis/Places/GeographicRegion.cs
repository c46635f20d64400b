namespace Dashboard.Analysis.Places;

/// <summary>The seven traditional geographic regions (华北, 东北, 华东, 华中, 华南, 西南, 西北).</summary>
public enum GeographicRegion
{
    NorthChina,
    Northeast,
    EastChina,
    CentralChina,
    SouthChina,
    Southwest,
    Northwest,
}
