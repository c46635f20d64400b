using System.Text.Json.Nodes;

namespace Dashboard.Segmentation.Tests.Support;

/// <summary>
/// Python jieba's answers to a fixed list of requests, asked once per test class (a class fixture) so each
/// theory case only compares.
/// </summary>
public abstract class ReferenceAnswers
{
    private readonly Lazy<Dictionary<string, JsonNode?>> _answers;

    protected ReferenceAnswers()
    {
        _answers = new Lazy<Dictionary<string, JsonNode?>>(() =>
        {
            var requests = Requests().ToList();
            var answers = PythonJieba.Ask(requests.Select(r => r.Request), Options);
            return requests.Select((r, i) => (r.Key, Answer: answers[i])).ToDictionary(x => x.Key, x => x.Answer);
        });
    }

    protected virtual string[] Options => ["--dict", Lexicon.Paths.MainDictionary];

    public JsonNode? this[string key] => _answers.Value[key];

    protected abstract IEnumerable<(string Key, JsonObject Request)> Requests();
}
