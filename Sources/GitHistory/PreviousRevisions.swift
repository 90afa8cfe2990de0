import CasebookCore
import Foundation

/// Reads the text of each policy before its last change with one `git cat-file --batch`.
enum PreviousRevisions {
    static func attach(to histories: inout [PageKey: PageHistory], git: Git) {
        let wanted = histories.filter { $0.key.type == .policies && $0.value.previousRevision != nil }
            .sorted { $0.key < $1.key }
        guard !wanted.isEmpty else { return }
        let request = wanted.map { $0.value.previousRevision! + "\n" }.joined()
        guard let output = git.run(["cat-file", "--batch", "--buffer"], input: Data(request.utf8)), output.succeeded else { return }
        let objects = parseBatch(Array(output.standardOutput))
        for ((key, _), object) in zip(wanted, objects) {
            guard let object, case .success(let text) = SourceText.decode(object),
                  case .success(let split) = FrontMatterSplitter.split(text) else { continue }
            histories[key]?.previousBody = split.body
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
