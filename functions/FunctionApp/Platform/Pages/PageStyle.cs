namespace Transformation.Platform.Pages;

/// <summary>
/// The one stylesheet, inline so a page is one request and needs no static-file hosting. Readable on a phone
/// (fluid width, large touch targets, the menu wraps) and in print (no header chrome, black on white).
/// </summary>
public static class PageStyle
{
    public const string Css = """
        *{box-sizing:border-box}
        body{margin:0;font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP","Yu Gothic",Meiryo,sans-serif;
          line-height:1.7;color:#1a1a1a;background:#fff}
        header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.6rem 1rem;background:#0b3a6e;color:#fff}
        header a{color:#fff}
        header nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
        header nav{flex:1}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;color:#0b3a6e;padding:.25rem .5rem;z-index:1}
        a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{
          outline:3px solid #f2a900;outline-offset:2px}
        .programme{font-weight:bold}
        main{max-width:46rem;margin:0 auto;padding:1rem}
        h1{font-size:1.4rem;line-height:1.4}
        a{color:#0b57d0}
        .field{margin:0 0 1rem}
        label,legend{display:block;font-weight:bold;margin-bottom:.25rem}
        input[type=text],input[type=email],input[type=number],input[type=date],input[type=time],select,textarea{
          width:100%;padding:.55rem;font:inherit;border:1px solid #767676;border-radius:4px}
        fieldset{border:1px solid #ccc;border-radius:4px;padding:.5rem 1rem}
        fieldset label{display:inline-block;font-weight:normal;margin-right:1rem}
        [aria-invalid=true]{border-color:#b00020;border-width:2px}
        .error{color:#b00020;font-weight:bold;margin:.25rem 0 0}
        .summary{border:2px solid #b00020;padding:.5rem 1rem;margin-bottom:1rem}
        .tasks li{margin:.3rem 0}
        .detail{margin-left:.75rem;color:#444}
        .notice{border-left:4px solid #0b3a6e;background:#f3f6fa;padding:.75rem 1rem}
        button{font:inherit;padding:.6rem 1.4rem;border:0;border-radius:4px;background:#0b3a6e;color:#fff;cursor:pointer;min-height:2.75rem}
        table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left}
        /* HR's wide lists get the room of a wide screen; on a phone the table scrolls sideways instead of squeezing its columns. */
        main:has(table.wide){max-width:76rem}
        .scroll{overflow-x:auto}
        table.wide td{vertical-align:top}
        th.actions,td.actions{width:17rem;min-width:17rem}
        td.actions form{margin:0 0 .75rem}
        td.actions p{margin:.25rem 0}
        .division{color:#444;font-size:.9em}
        .filters fieldset{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end}
        .filters .field{flex:1 1 14rem}
        .filters button,.filters .clear{margin-bottom:1rem}
        @media print{header{background:none;color:#000;border-bottom:1px solid #000}.switch,button,header nav,.skip{display:none}
          main{max-width:none;padding:0}a{color:#000;text-decoration:none}}
        """;
}
