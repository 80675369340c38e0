//! Small renderers for pages: Markdown made safe, and SVG bar charts drawn
//! on the server so pages need no script.

use pulldown_cmark::{Event, Options, Parser, Tag, html};

/// Renders Markdown to HTML that cannot carry scripts: raw HTML in the
/// source is shown as text, and links keep only http, https and mailto.
pub fn markdown(source: &str) -> String {
    let parser = Parser::new_ext(
        source,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    )
    .map(|event| match event {
        Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let safe = ["http://", "https://", "mailto:"]
                .iter()
                .any(|p| dest_url.to_ascii_lowercase().starts_with(p));
            Event::Start(Tag::Link {
                link_type,
                dest_url: if safe { dest_url } else { "#".into() },
                title,
                id,
            })
        }
        Event::Start(Tag::Image { .. }) => Event::Text("[image]".into()),
        Event::End(pulldown_cmark::TagEnd::Image) => Event::Text("".into()),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A horizontal bar chart as inline SVG, with a text alternative.
pub fn bar_chart(title: &str, bars: &[(String, u64)], unit: &str) -> String {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let row = 34;
    let label_w = 170;
    let bar_w = 300;
    let height = row * bars.len() as u32 + 8;
    let summary: Vec<String> = bars.iter().map(|(l, v)| format!("{l}: {v}")).collect();
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {w} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"{aria}\"><title>{t}</title>",
        w = label_w + bar_w + 70,
        aria = escape(&format!("{title} ({unit}): {}", summary.join(", "))),
        t = escape(title),
    );
    for (i, (label, value)) in bars.iter().enumerate() {
        let y = i as u32 * row + 4;
        let w = (*value * bar_w as u64 / max) as u32;
        let short: String = if label.chars().count() > 22 {
            label.chars().take(21).collect::<String>() + "…"
        } else {
            label.clone()
        };
        svg.push_str(&format!(
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\" class=\"chart-label\">{l}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{bw}\" height=\"24\" rx=\"3\" class=\"chart-bar\"></rect>\
             <text x=\"{vx}\" y=\"{ty}\" class=\"chart-value\">{value}</text>",
            lx = label_w - 8,
            ty = y + 17,
            l = escape(&short),
            bw = w.max(2),
            vx = label_w + w.max(2) + 6,
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// A bucket's progress as inline SVG: what it holds against its maximum,
/// with a mark at the minimum, and the same in words for screen readers.
pub fn progress_bar(total: i64, min: i64, max: i64, fmt: impl Fn(i64) -> String) -> String {
    let width = 400i64;
    let scale = |v: i64| (v.clamp(0, max.max(1)) * width / max.max(1)) as u32;
    let aria = format!(
        "{} of a {} maximum; the minimum is {}",
        fmt(total),
        fmt(max),
        fmt(min)
    );
    format!(
        "<svg class=\"progress\" role=\"img\" viewBox=\"0 0 {w} 18\" width=\"100%\" preserveAspectRatio=\"none\" aria-label=\"{a}\"><title>{a}</title>\
         <rect x=\"0\" y=\"3\" width=\"{w}\" height=\"12\" rx=\"6\" class=\"progress-track\"></rect>\
         <rect x=\"0\" y=\"3\" width=\"{t}\" height=\"12\" rx=\"6\" class=\"progress-fill{reached}\"></rect>\
         <rect x=\"{m}\" y=\"0\" width=\"2\" height=\"18\" class=\"progress-min\"></rect></svg>",
        w = width,
        a = escape(&aria),
        t = scale(total),
        m = scale(min).saturating_sub(1),
        reached = if total >= min { " reached" } else { "" },
    )
}

/// A line chart of a value over time as inline SVG, with a text
/// alternative. `points` are (date, value) in order; `fmt` writes a value.
pub fn line_chart(title: &str, points: &[(String, i64)], fmt: impl Fn(i64) -> String) -> String {
    if points.len() < 2 {
        return String::new();
    }
    let (w, h, left, right, top, bottom) = (640i64, 220i64, 90i64, 16i64, 12i64, 28i64);
    let max = points.iter().map(|p| p.1).max().unwrap_or(0).max(1);
    let min = points.iter().map(|p| p.1).min().unwrap_or(0).min(0);
    let span = (max - min).max(1);
    let n = points.len() as i64 - 1;
    let xy: Vec<(i64, i64)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            (
                left + (w - left - right) * i as i64 / n,
                top + (h - top - bottom) * (max - p.1) / span,
            )
        })
        .collect();
    let line: Vec<String> = xy.iter().map(|(x, y)| format!("{x},{y}")).collect();
    let (first, last) = (&points[0], &points[points.len() - 1]);
    let summary = format!(
        "{title}: {} on {}, {} on {}; highest {}",
        fmt(first.1),
        first.0,
        fmt(last.1),
        last.0,
        fmt(max)
    );
    format!(
        "<svg class=\"chart line\" role=\"img\" viewBox=\"0 0 {w} {h}\" width=\"100%\" aria-label=\"{aria}\"><title>{t}</title>\
         <line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{yb}\" class=\"axis\"></line>\
         <line x1=\"{left}\" y1=\"{yb}\" x2=\"{xr}\" y2=\"{yb}\" class=\"axis\"></line>\
         <text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\" class=\"chart-label\">{maxl}</text>\
         <text x=\"{lx}\" y=\"{yb}\" text-anchor=\"end\" class=\"chart-label\">{minl}</text>\
         <text x=\"{left}\" y=\"{dy}\" class=\"chart-label\">{d0}</text>\
         <text x=\"{xr}\" y=\"{dy}\" text-anchor=\"end\" class=\"chart-label\">{d1}</text>\
         <polyline points=\"{pts}\" class=\"chart-line\"></polyline></svg>",
        aria = escape(&summary),
        t = escape(title),
        yb = h - bottom,
        xr = w - right,
        lx = left - 6,
        ty = top + 10,
        dy = h - 8,
        maxl = escape(&fmt(max)),
        minl = escape(&fmt(min)),
        d0 = escape(&first.0),
        d1 = escape(&last.0),
        pts = line.join(" "),
    )
}

/// One CSV cell: quoted when needed, and defused when a spreadsheet would
/// read it as a formula.
fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The ledger as CSV, oldest first: one row per entry, amounts in the
/// currency's units with a point for decimals.
pub fn entries_csv(
    currency: pools_core::Currency,
    entries: &[pools_app::ports::LedgerEntry],
) -> String {
    let mut out = String::from(
        "entry_id,recorded_at,received_on,kind,member,amount,currency,method,reference,memo,reverses,reversed_by,decision_id\r\n",
    );
    for e in entries {
        let row = [
            e.id.clone(),
            e.at.clone(),
            e.received_on.clone().unwrap_or_default(),
            e.kind.to_string(),
            e.person_name.clone().unwrap_or_default(),
            pools_core::Money::new(e.amount, currency).plain(),
            currency.to_string(),
            e.method.clone().unwrap_or_default(),
            e.reference.clone().unwrap_or_default(),
            e.memo.clone(),
            e.reverses.clone().unwrap_or_default(),
            e.reversed_by.clone().unwrap_or_default(),
            e.decision_id.clone().unwrap_or_default(),
        ];
        out.push_str(
            &row.iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cannot_carry_scripts() {
        let html = markdown(
            "Hi <script>alert(1)</script> [x](javascript:alert(1)) **bold** [ok](https://example.org)",
        );
        assert!(!html.contains("<script"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("javascript:"));
        assert!(html.contains("<strong>bold</strong>"));
        assert!(html.contains("href=\"https://example.org\""));
        assert!(!markdown("![a](https://x/y.png)").contains("<img"));
    }

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
    }

    #[test]
    fn a_line_chart_spans_its_values() {
        let svg = line_chart(
            "Fund",
            &[
                ("2026-01-01".into(), 0),
                ("2026-01-02".into(), 500),
                ("2026-01-03".into(), 250),
            ],
            |v| format!("{v} c"),
        );
        assert!(svg.contains("points=\"90,192 357,12 624,102\""), "{svg}");
        assert!(svg.contains(
            "aria-label=\"Fund: 0 c on 2026-01-01, 250 c on 2026-01-03; highest 500 c\""
        ));
        assert!(line_chart("x", &[("d".into(), 1)], |v| v.to_string()).is_empty());
    }

    #[test]
    fn charts_scale_and_escape() {
        let svg = bar_chart("Votes", &[("A <b>".into(), 2), ("B".into(), 4)], "ballots");
        assert!(svg.contains("width=\"150\""));
        assert!(svg.contains("width=\"300\""));
        assert!(svg.contains("A &lt;b&gt;"));
        assert!(svg.contains("aria-label=\"Votes (ballots): A &lt;b&gt;: 2, B: 4\""));
    }
}
