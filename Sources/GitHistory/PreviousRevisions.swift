import CasebookCore
import Foundation

/// Reads each policy as it stood before its last change with one `git cat-file --batch`.
enum PreviousRevisions {
    /// Sets `previous` of the policies among `keys` (every policy when `nil`) from
    /// `revisionBeforeLastChange`, or clears it when there is none.
    static func attach(to histories: inout [PageKey: PageHistory], only keys: Set<PageKey>? = nil, git: Git) {
        let policies = histories.keys.filter { $0.type == .policies && keys?.contains($0) ?? true }.sorted()
        for key in policies { histories[key]?.previous = nil }
        let wanted = policies.compactMap { key in histories[key]?.revisionBeforeLastChange.map { (key, $0) } }
        guard !wanted.isEmpty else { return }
        let request = wanted.map { $0.1 + "\n" }.joined()
        guard let output = git.run(["cat-file", "--batch", "--buffer"], input: Data(request.utf8)), output.succeeded else { return }
        let objects = parseBatch(Array(output.standardOutput))
        for ((key, _), object) in zip(wanted, objects) {
            histories[key]?.previous = object.flatMap { PreviousVersion(bytes: $0, type: key.type) }
        }
    }

    /// Splits `cat-file --batch` output into one entry per request: the bytes, or `nil` if missing.
    static func parseBatch(_ bytes: [UInt8]) -> [[UInt8]?] {
        var objects: [[UInt8]?] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: " ")
            index = lineEnd + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= bytes.count else {
                objects.append(nil)
                continue
            }
            objects.append(Array(bytes[index..<(index + size)]))
            index += size + 1
        }
        return objects
    }
}
