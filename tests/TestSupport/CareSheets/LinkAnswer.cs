using System.Net;

namespace Transformation.Tests.Support.CareSheets;

/// <summary>What a page (a link page or a signed-in page) answered: its status and HTML.</summary>
public sealed record LinkAnswer(HttpStatusCode Status, string Html);
