import CasebookCore

/// Reads the output of `git log --name-status -z` in the format `GitLogParser.format`.
enum GitLogParser {
    /// One commit and the files it changed.
    struct Entry: Equatable {
        var commit: Commit
        var changes: [Change]
    }

    /// A file change: added, modified or deleted at `path`, or renamed (or copied) from `from`.
    struct Change: Equatable {
        var status: Character
        var path: String
        var from: String?
    }

    /// Record separator, then id, author, e-mail, author date and subject separated by unit separators.
    static let format = "%x1e%H%x1f%aN%x1f%aE%x1f%aI%x1f%s"

    static func parse(_ bytes: [UInt8]) -> [Entry] {
        bytes.split(separator: 0x1E, omittingEmptySubsequences: true).compactMap(entry)
    }

    private static func entry(_ record: ArraySlice<UInt8>) -> Entry? {
        var fields = record.split(separator: 0x00, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        guard !fields.isEmpty else { return nil }
        let header = fields.removeFirst().split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        guard header.count == 5, let date = Timestamp(iso8601: header[3]) else { return nil }
        let commit = Commit(id: header[0], author: header[1], email: header[2], date: date, subject: header[4])

        var changes: [Change] = []
        var index = 0
        while index < fields.count {
            let status = fields[index].trimmingNewlines()
            index += 1
            guard let kind = status.first, index < fields.count else { continue }
            if kind == "R" || kind == "C" {
                guard index + 1 < fields.count else { break }
                changes.append(Change(status: kind, path: fields[index + 1], from: fields[index]))
                index += 2
            } else {
                changes.append(Change(status: kind, path: fields[index], from: nil))
                index += 1
            }
        }
        return Entry(commit: commit, changes: changes)
    }
}

extension String {
    func trimmingNewlines() -> String {
        var text = Substring(self)
        while text.first == "\n" { text.removeFirst() }
        while text.last == "\n" { text.removeLast() }
        return String(text)
    }
}
