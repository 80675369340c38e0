//! Typesetting with Typst: a `World` that holds one generated source and the
//! fonts bundled in `typst-assets`, so nothing is read from disk or fetched
//! from the network. Every text reaches Typst as a string literal, never as
//! markup, so no input can change the layout or run code.

use crate::{Block, Document, NOT_LEGAL_ADVICE};
use std::sync::OnceLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[error("the PDF could not be typeset: {0}")]
pub struct PdfError(String);

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    library: LazyHash<Library>,
}

/// The fonts and standard library, loaded once per process.
fn shared() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            library: LazyHash::new(Library::builder().build()),
        }
    })
}

struct OneFile {
    main: Source,
}

impl World for OneFile {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }
    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// A Typst string literal.
fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The Typst source for a document.
pub(crate) fn source(doc: &Document, hash: &str) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "#set document(title: {}, author: \"Pools\")\n",
        lit(&doc.title)
    ));
    s.push_str(&format!(
        "#set page(paper: \"us-letter\", margin: (x: 1in, top: 1in, bottom: 1.1in), \
         header: context {{ if counter(page).get().first() > 1 [#set text(8.5pt, fill: luma(90)); #{title} #h(1fr) Version {v}] }}, \
         footer: context [#set text(7.5pt, fill: luma(90)); #{notice} #linebreak() SHA-256 {hash} #h(1fr) Page #counter(page).display(\"1 of 1\", both: true)])\n",
        title = lit(&doc.title),
        v = doc.version,
        notice = lit(NOT_LEGAL_ADVICE),
        hash = hash,
    ));
    s.push_str("#set text(font: \"Libertinus Serif\", size: 11pt, lang: \"en\")\n");
    s.push_str("#set par(justify: true, leading: 0.62em, spacing: 0.9em)\n");
    s.push_str("#show heading: set text(size: 11.5pt)\n#show heading: set block(above: 1.3em, below: 0.7em)\n");
    s.push_str(&format!(
        "#align(center)[#text(size: 17pt, weight: \"bold\", {})\\ #v(2pt) #text(size: 10pt, [Version {}])]\n#v(10pt)\n",
        lit(&doc.title),
        doc.version
    ));
    for b in &doc.blocks {
        match b {
            Block::Heading(h) => s.push_str(&format!("#heading(level: 1, {})\n", lit(h))),
            Block::Para(p) => s.push_str(&format!("#par({})\n", lit(p))),
            Block::List(items) => {
                let items: Vec<String> = items.iter().map(|i| lit(i)).collect();
                s.push_str(&format!("#list({})\n", items.join(", ")));
            }
            Block::SignHere(who) => s.push_str(&format!(
                "#v(18pt)\n#block(breakable: false)[#line(length: 55%) #v(-6pt) #text(size: 9.5pt, {})]\n",
                lit(who)
            )),
        }
    }
    s
}

/// Typesets a document as a PDF. The footer of every page carries the
/// not-legal-advice notice, the version and the hash of the text.
pub fn pdf(doc: &Document) -> Result<Vec<u8>, PdfError> {
    let id = RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new("document.typ").map_err(|e| PdfError(format!("{e:?}")))?,
    )
    .intern();
    let world = OneFile {
        main: Source::new(id, source(doc, &doc.sha256())),
    };
    let compiled: typst_layout::PagedDocument =
        typst::compile(&world).output.map_err(|errors| {
            PdfError(
                errors
                    .iter()
                    .map(|e| e.message.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(format!("{}-{}", doc.kind.as_str(), doc.version)),
        ..Default::default()
    };
    let bytes = typst_pdf::pdf(&compiled, &options).map_err(|errors| {
        PdfError(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    });
    // Typst memoizes layouts across compilations; a server writes many
    // different documents, so drop what the last few did not reuse and keep
    // memory flat.
    typst::comemo::evict(4);
    bytes
}
