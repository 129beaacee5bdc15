/// The only stylesheet, served from the binary: system fonts (Vietnamese letters in every one), no web font, no
/// framework. Tables turn into labelled cards below 40em so a phone needs no sideways scrolling.
enum Stylesheet {
    static let css = """
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#f6f7f9}
        header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5em;padding:.6em 1em;background:#8b0000;color:#fff}
        header a{color:#fff;text-decoration:none;font-weight:600}
        header form{display:flex;align-items:center;gap:.5em;margin:0}
        main{max-width:72em;margin:0 auto;padding:1em}
        h1{font-size:1.5em;margin:.4em 0}
        h2{font-size:1.2em;margin:1.2em 0 .4em}
        a{color:#0645ad}
        table{border-collapse:collapse;width:100%;background:#fff}
        th,td{border:1px solid #d0d4da;padding:.35em .5em;text-align:left;vertical-align:top}
        th{background:#eef0f3}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        tr.short td:last-child{color:#a40000;font-weight:600}
        .flash{background:#e7f5e9;border:1px solid #6cb177;padding:.5em .8em}
        .error{background:#fdecea;border:1px solid #d9534f;padding:.5em .8em}
        .error.field{margin:.1em 0;padding:.2em .5em;font-size:.95em}
        [aria-invalid=true]{border-color:#d9534f;outline:1px solid #d9534f}
        .buttons{display:flex;flex-wrap:wrap;gap:.4em;margin-top:.4em}
        label.check{display:flex;align-items:center;gap:.4em}
        form.search{align-items:center;margin-bottom:.6em}
        form.search input{min-width:12em;flex:1}
        .deadline{font-weight:600}
        .crumbs{margin:.2em 0;font-size:.95em}
        .code{color:#666;font-size:.85em}
        form.stack{display:flex;flex-direction:column;gap:.3em;max-width:32em}
        form.inline{display:inline-flex;gap:.3em;margin:.1em .3em .1em 0;flex-wrap:wrap}
        input,select,button,.button{font:inherit;padding:.35em .6em;border:1px solid #9aa3ad;border-radius:3px;max-width:100%;box-sizing:border-box}
        button,.button{background:#8b0000;color:#fff;border-color:#8b0000;cursor:pointer;text-decoration:none;display:inline-block}
        button.secondary,.button.secondary{background:#fff;color:#8b0000}
        header button{background:#fff;color:#8b0000}
        @media (max-width:40em){
          table,thead,tbody,tfoot,tr,th,td{display:block}
          thead{display:none}
          tr{margin:0 0 .8em;border:1px solid #d0d4da;background:#fff}
          td{border:0;border-bottom:1px solid #eee}
          td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
          td.n{text-align:left}
        }
        """
}
