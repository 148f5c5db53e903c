using BenchmarkDotNet.Attributes;
using Transformation.Platform.Mail;

namespace Transformation.Benchmarks;

/// <summary>Rendering one SendGrid-sized chunk of personal messages (1,000 recipients, each with their own link).</summary>
[MemoryDiagnoser]
public class MailRenderBenchmarks
{
    private readonly MailTemplate _html = MailTemplate.Parse("<p>{{name}} 様</p><p><a href=\"{{link}}\">回答する</a>（期限：{{due}}）</p>");
    private readonly MailTemplate _text = MailTemplate.Parse("{{name}} 様\n回答はこちら：{{link}}\n期限：{{due}}");
    private readonly List<Dictionary<string, string>> _recipients = Enumerable.Range(0, 1000)
        .Select(i => new Dictionary<string, string>
        {
            ["name"] = $"職員 {i}",
            ["link"] = $"https://example.go.jp/links/{Guid.NewGuid():N}{Guid.NewGuid():N}",
            ["due"] = "12月19日",
        })
        .ToList();

    [Benchmark]
    public long RenderChunk()
    {
        long length = 0;
        foreach (var values in _recipients)
        {
            length += _html.Render(values, html: true).Length + _text.Render(values, html: false).Length;
        }

        return length;
    }
}
