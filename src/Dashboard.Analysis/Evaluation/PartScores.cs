namespace Dashboard.Analysis.Evaluation;

/// <summary>The figures of one part of the gold corpus (development or test).</summary>
public sealed record PartScores(
    string Part,
    int Documents,
    int LocalityExact,
    int LocalityProvince,
    int WrongPlaces,
    int LocalityUnknown,
    int DatesGiven,
    int DatesRight,
    int GoldIndustries,
    int FoundIndustries,
    int MatchedGold,
    int CorrectFound,
    int SectorFreeDocuments,
    int SectorFreeWithIndustries,
    int DatelineTitles,
    IReadOnlyList<ConfidenceBand> Calibration)
{
    public double LocalityExactRate => Rate(LocalityExact, Documents);

    public double LocalityProvinceRate => Rate(LocalityProvince, Documents);

    public double DateRightRate => Rate(DatesRight, DatesGiven);

    /// <summary>Of the industries found, the share that denote a gold industry of the document.</summary>
    public double IndustryPrecision => Rate(CorrectFound, FoundIndustries);

    /// <summary>Of the gold industries, the share some found industry denotes.</summary>
    public double IndustryRecall => Rate(MatchedGold, GoldIndustries);

    public double IndustryF1 => IndustryPrecision + IndustryRecall == 0 ? 0 : 2 * IndustryPrecision * IndustryRecall / (IndustryPrecision + IndustryRecall);

    private static double Rate(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}

/// <summary>Of the documents whose locality was detected with a confidence in [<see cref="From"/>, <see cref="To"/>), how many were exact.</summary>
public sealed record ConfidenceBand(double From, double To, int Documents, int Exact, int Wrong)
{
    public double ExactRate => Documents == 0 ? 0 : (double)Exact / Documents;
}
