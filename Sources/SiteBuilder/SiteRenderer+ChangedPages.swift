import CasebookCore

extension SiteRenderer {
    /// Writes into `sink` what an edit to the bodies of `pages` changes in a site rendered
    /// before into it: those pages, as this renderer's view now shows them, the handbook when
    /// it holds one of them, and the search index files their new text touches, taken into
    /// `searchIndex` here (index files that no longer exist are removed). The site is then
    /// what rendering the whole view gives.
    public func renderChanged(_ pages: [ViewPage], searchIndex: inout SearchIndex, into sink: MemorySink) {
        let folder = siteFolder
        let layout = searchIndex.layout
        var entries = Set<String>()
        var documents = Set<Int>()
        for page in pages {
            let (path, html) = renderPage(page)
            sink.add("\(folder)/\(path)", bytes: html)
            if let change = searchIndex.replace(page, view: view) {
                entries.formUnion(change.entries)
                documents.insert(change.document)
            }
        }
        guard !pages.isEmpty else { return }
        let handbookTypes = HandbookPage(view: view, contexts: contexts).types
        if pages.contains(where: { handbookTypes.contains($0.key.type) }) {
            sink.add("\(folder)/\(HandbookPage.path)", bytes: renderHandbook())
        }
        let (write, remove) = searchIndex.changedFiles(since: layout, entries: entries, documents: documents)
        for path in remove { sink.remove("\(folder)/\(path)") }
        for file in write { sink.add("\(folder)/\(file.path)", file.contents) }
    }
}
