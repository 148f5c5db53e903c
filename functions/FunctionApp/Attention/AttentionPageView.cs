using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Attention;

/// <summary>HR's needs-attention page: what the last action did, the items, and the anti-forgery field of their forms.</summary>
/// <param name="Intro">What the list holds, with the waiting setting written for the reader.</param>
/// <param name="Notice">The outcome of the action just carried out (after its redirect).</param>
public sealed record AttentionPageView(Text Intro, IReadOnlyList<AttentionRow> Items, CsrfField Csrf, Text? Notice = null);

/// <summary>One item as the page shows it.</summary>
/// <param name="Since">When it started needing HR, in Japan time.</param>
/// <param name="Sheet">A care sheet named by its employee, kind and version; null for other processes (named by their workflow).</param>
/// <param name="Forms">A form per safe action, each with the action id made for it when the page was shown.</param>
public sealed record AttentionRow(AttentionItem Item, Text Since, Text? Sheet, IReadOnlyList<AttentionForm> Forms);

/// <summary>One action's form: sending it twice is one action, as it carries the same id.</summary>
public sealed record AttentionForm(string Action, string ActionId);

/// <summary>Why an action was not carried out (400 bad input, 409 no longer needed), with the fields' messages.</summary>
public sealed record AttentionRefusalView(Text Message, IReadOnlyList<Text> Errors);
