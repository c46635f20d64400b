namespace Dashboard.Analysis.Places;

/// <summary>A point on the map in degrees (WGS 84 as the source gives it).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>Which division's point stands for a place on the map.</summary>
public enum CoordinateSource
{
    /// <summary>The place's own point.</summary>
    Own,

    /// <summary>The place has none; its prefecture's point is used.</summary>
    Prefecture,

    /// <summary>Neither the place nor a prefecture above it has one; its province's point is used.</summary>
    Province,
}

/// <summary>Where a place is drawn, and whose point that is.</summary>
public sealed record PlaceLocation(GeoPoint Point, CoordinateSource Source, Division LocatedBy);
