namespace Dashboard.Segmentation.PosTagging;

/// <summary>jieba.posseg.viterbi over the joint position-and-tag states.</summary>
internal static class PosViterbi
{
    public static int[] BestStates(ReadOnlySpan<char> obs, PosHmmModel model)
    {
        var n = model.Count;
        var length = obs.Length;
        var v = new double[n];
        var nextV = new double[n];
        var back = new int[length][];
        var active = new List<int>();
        var nextActive = new List<int>();
        var expected = new bool[n];
        var inSet = new bool[n];

        foreach (var y in model.StatesOf(obs[0]))
        {
            v[y] = model.Start[y] + model.Emission(y, obs[0]);
            active.Add(y);
        }

        back[0] = new int[n];
        for (var t = 1; t < length; t++)
        {
            var previous = active.Where(x => model.Successors[x].Length > 0).ToList();
            Array.Clear(expected);
            var anyExpected = false;
            foreach (var x in previous)
            {
                foreach (var y in model.Successors[x])
                {
                    expected[y] = true;
                    anyExpected = true;
                }
            }

            nextActive.Clear();
            Array.Clear(inSet);
            foreach (var y in model.StatesOf(obs[t]))
            {
                if (expected[y] && !inSet[y])
                {
                    inSet[y] = true;
                    nextActive.Add(y);
                }
            }

            if (nextActive.Count == 0)
            {
                for (var y = 0; y < n; y++)
                {
                    if (!anyExpected || expected[y])
                    {
                        nextActive.Add(y);
                    }
                }
            }

            var pointers = new int[n];
            foreach (var y in nextActive)
            {
                var best = double.NaN;
                var bestFrom = -1;
                var emission = model.Emission(y, obs[t]);
                // Python's max() would fail on an empty set of previous states; the model never produces one.
                foreach (var y0 in previous)
                {
                    var p = v[y0] + model.Transition[(y0 * n) + y] + emission;
                    if (bestFrom < 0 || p > best || (p == best && y0 > bestFrom))
                    {
                        best = p;
                        bestFrom = y0;
                    }
                }

                nextV[y] = best;
                pointers[y] = bestFrom;
            }

            back[t] = pointers;
            (v, nextV) = (nextV, v);
            (active, nextActive) = (nextActive, active);
        }

        var state = -1;
        var bestLast = double.NaN;
        foreach (var y in active)
        {
            if (state < 0 || v[y] > bestLast || (v[y] == bestLast && y > state))
            {
                bestLast = v[y];
                state = y;
            }
        }

        var route = new int[length];
        for (var t = length - 1; t >= 0; t--)
        {
            route[t] = state;
            state = state < 0 ? -1 : back[t][state];
        }

        return route;
    }
}
