/// A moment from git: the author date of a commit, as git printed it (ISO 8601 with offset).
public struct Timestamp: Sendable, Hashable, Comparable {
    /// `2026-01-02T10:00:00+01:00`
    public var iso8601: String
    /// Seconds since 1970, for ordering.
    public var secondsSince1970: Int

    public init?(iso8601: String) {
        guard let seconds = Self.parse(iso8601) else { return nil }
        self.iso8601 = iso8601
        self.secondsSince1970 = seconds
    }

    /// The calendar day in the writer's own time zone, as the date reads in the commit.
    public var day: CalendarDay { CalendarDay(iso: String(iso8601.prefix(10)))! }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.secondsSince1970, lhs.iso8601) < (rhs.secondsSince1970, rhs.iso8601)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`.
    private static func parse(_ text: String) -> Int? {
        let characters = Array(text.utf8)
        guard characters.count >= 20, let day = CalendarDay(iso: String(text.prefix(10))),
              characters[10] == UInt8(ascii: "T") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count else { return nil }
            return Int(String(decoding: characters[range], as: UTF8.self))
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else { return nil }
        var offset = 0
        if characters[19] != UInt8(ascii: "Z") {
            guard characters.count >= 25, let offsetHours = number(20..<22), let offsetMinutes = number(23..<25) else {
                return nil
            }
            offset = (offsetHours * 3600 + offsetMinutes * 60) * (characters[19] == UInt8(ascii: "-") ? -1 : 1)
        }
        return day.daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second - offset
    }
}

/// One commit that touched a page.
public struct Commit: Sendable, Hashable {
    public var id: String
    public var author: String
    public var email: String
    public var date: Timestamp
    public var subject: String

    public init(id: String, author: String, email: String, date: Timestamp, subject: String) {
        self.id = id
        self.author = author
        self.email = email
        self.date = date
        self.subject = subject
    }

    /// The abbreviated id shown on pages.
    public var shortID: String { String(id.prefix(7)) }
}

/// What git knows about one page.
public struct PageHistory: Sendable, Hashable {
    /// The commits that touched the page, newest first; empty when history is unavailable.
    public var commits: [Commit]
    /// When the page was first committed; `nil` when that is not known for sure (shallow clone).
    public var created: Timestamp?
    /// When the page last changed; `nil` when not known for sure.
    public var updated: Timestamp?
    /// The page's file differs from the commit the build is made from (local builds only).
    public var hasUncommittedChanges: Bool
    /// Where the page's text can be read as its newest commit left it: `commit:path`.
    public var newestRevision: String?
    /// Where the text before its newest commit can be read: `commit:path`.
    public var previousRevision: String?
    /// The page before its last change (policies only), for redlines: as `revisionBeforeLastChange` left it.
    public var previous: PreviousVersion?

    public init(commits: [Commit] = [], created: Timestamp? = nil, updated: Timestamp? = nil,
                hasUncommittedChanges: Bool = false, newestRevision: String? = nil, previousRevision: String? = nil) {
        self.commits = commits
        self.created = created
        self.updated = updated
        self.hasUncommittedChanges = hasUncommittedChanges
        self.newestRevision = newestRevision
        self.previousRevision = previousRevision
    }

    /// Where the page stood before its last change: an uncommitted edit is the last change
    /// of a page that has one (so the newest commit is before it), else the newest commit is.
    public var revisionBeforeLastChange: String? {
        hasUncommittedChanges ? newestRevision : previousRevision
    }
}
