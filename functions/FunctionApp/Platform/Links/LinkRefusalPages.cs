using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Platform.Links;

/// <summary>
/// The page shown for a link that cannot be used: what happened, in the person's language, with the
/// status a browser or crawler understands (404 never existed, 410 existed and is gone for good).
/// Handlers use it too when their own redemption is refused.
/// </summary>
public sealed class LinkRefusalPages(JapanTime japanTime)
{
    public ContentResult Page(HttpRequest request, LinkResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var refusal = result.Refusal ?? throw new ArgumentException("The link was not refused.", nameof(result));
        var link = result.Link;
        return refusal switch
        {
            LinkRefusal.Expired => Gone(request, language,
                new("リンクの有効期限切れ", "Link expired"),
                link is null
                    ? new("このリンクの有効期限が切れています。", "This link has expired.")
                    : new($"このリンクの有効期限が切れています（{When(link.ExpiresAt, Language.Ja)}まで有効）。",
                        $"This link has expired (it was valid until {When(link.ExpiresAt, Language.En)}).")),
            LinkRefusal.AlreadyUsed => Gone(request, language,
                new("使用済みのリンク", "Link already used"),
                link?.UsedAt is { } used
                    ? new($"このリンクは既に使用されています（{When(used, Language.Ja)}）。", $"This link has already been used ({When(used, Language.En)}).")
                    : new("このリンクは既に使用されています。", "This link has already been used.")),
            LinkRefusal.Superseded => Gone(request, language,
                new("新しい版があります", "A newer version exists"),
                new("この書類は新しい版に更新されたため、このリンクは無効です。", "This document has been updated to a newer version, so this link is no longer valid.")),
            LinkRefusal.Revoked => Gone(request, language,
                new("取り消されたリンク", "Link withdrawn"),
                new("このリンクは取り消されたため、使用できません。", "This link has been withdrawn and can no longer be used.")),
            _ => PageResults.Error(request, language, StatusCodes.Status404NotFound,
                new("リンクが無効です", "Link not valid"),
                new("このリンクは無効です。メールに記載されたリンクをもう一度ご確認ください。", "This link is not valid. Please check the link in your email.")),
        };
    }

    private static ContentResult Gone(HttpRequest request, Language language, Text title, Text message) =>
        PageResults.Error(request, language, StatusCodes.Status410Gone, title, message);

    private string When(DateTimeOffset instant, Language language) => DisplayDates.Format(japanTime.ToLocal(instant), language);
}
