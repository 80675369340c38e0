//! Writing the legal documents: text, HTML and PDF.

use super::*;

/// Times writing the operating agreement (text, HTML, PDF) and reports the
/// process's peak memory, which the first PDF (loading the fonts) sets.
pub fn run_documents(renders: usize) -> Result<()> {
    use pools_core::formation::{Details, DocKind, EntityForm, Organizer};
    let details = Details {
        legal_name: "East Bay Bike Kitchen Cooperative LLC".into(),
        agent_name: "Harbor Registered Agents Inc.".into(),
        agent_address: "16192 Coastal Highway, Lewes, DE 19958".into(),
        principal_office: "2110 San Pablo Avenue, Oakland, CA 94612".into(),
        mailing_address: String::new(),
        organizers: vec![Organizer {
            name: "Ana Okafor".into(),
            address: "2110 San Pablo Avenue, Oakland, CA 94612".into(),
        }],
        purpose: "Run a community bicycle repair workshop.".into(),
        social_purpose: "Keep bicycles on the road and out of landfill.".into(),
        fiscal_year_end: "12-31".into(),
    };
    let rules = pools_core::Rules::default();
    let input = pools_docs::Input {
        form: EntityForm::DelawareLlc,
        kind: DocKind::OperatingAgreement,
        details: &details,
        rules: &rules,
        currency: pools_core::Currency::from_code("USD").expect("USD"),
        pool_name: "Bike Kitchen Pool",
        version: 1,
        generated_on: "2026-11-29",
    };
    let (rss_before, _) = memory_kib();
    let t = std::time::Instant::now();
    let doc = pools_docs::write(&input);
    let _ = (doc.text(), doc.html(), doc.sha256());
    let text_time = t.elapsed();
    let t = std::time::Instant::now();
    let first = pools_docs::pdf(&doc).map_err(|e| anyhow::anyhow!("{e}"))?;
    let first_time = t.elapsed();
    let (_, peak_first) = memory_kib();
    let t = std::time::Instant::now();
    let mut size = first.len();
    for i in 0..renders {
        // A new version each time, so Typst's memoization cannot reuse the
        // previous layout: every render is a real one.
        let doc = pools_docs::write(&pools_docs::Input {
            version: i as i64 + 2,
            ..input.clone()
        });
        size = pools_docs::pdf(&doc)
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .len();
    }
    let warm = t.elapsed() / renders.max(1) as u32;
    let (_, peak) = memory_kib();
    println!("Operating agreement ({size} bytes of PDF)");
    println!(
        "  text, HTML and SHA-256: {:.2} ms",
        text_time.as_secs_f64() * 1e3
    );
    println!(
        "  first PDF (loads the fonts): {:.1} ms",
        first_time.as_secs_f64() * 1e3
    );
    println!(
        "  each later PDF (a new version each time), mean of {renders}: {:.1} ms",
        warm.as_secs_f64() * 1e3
    );
    println!(
        "  resident memory before: {} MiB; peak after the first PDF: {} MiB; peak after {renders} more: {} MiB",
        rss_before / 1024,
        peak_first / 1024,
        peak / 1024
    );
    Ok(())
}
