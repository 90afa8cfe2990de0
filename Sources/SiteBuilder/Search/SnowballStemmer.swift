import CStemmer
import Foundation

/// One Snowball stemmer of libstemmer (`docs/search-index.md`, "Stems"), for one algorithm.
/// A stemmer keeps its last result in itself, so it serves one thread at a time: borrow one
/// from a `StemmerPool`.
final class SnowballStemmer {
    private let stemmer: OpaquePointer

    /// The stemmer of a Snowball algorithm (`english`, `spanish`, ...); `nil` for a name
    /// libstemmer does not know.
    init?(algorithm: String) {
        guard let made = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        stemmer = made
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of a lowercased word given as UTF-8 bytes; the word itself when stemming fails.
    func stem(_ word: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = word.baseAddress, let stemmed = sb_stemmer_stem(stemmer, base, Int32(word.count)) else {
            return String(decoding: word, as: UTF8.self)
        }
        let length = Int(sb_stemmer_length(stemmer))
        return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
    }
}

/// Snowball stemmers of one algorithm shared by the threads that index pages: each call
/// borrows an idle stemmer (or makes one) and gives it back, so no two threads use one at once.
final class StemmerPool: @unchecked Sendable {
    let algorithm: String
    private let lock = NSLock()
    private var idle: [SnowballStemmer] = []

    /// `nil` when libstemmer has no such algorithm.
    init?(algorithm: String) {
        guard let first = SnowballStemmer(algorithm: algorithm) else { return nil }
        self.algorithm = algorithm
        idle = [first]
    }

    func withStemmer<Result>(_ body: (SnowballStemmer) -> Result) -> Result {
        lock.lock()
        let borrowed = idle.popLast() ?? SnowballStemmer(algorithm: algorithm)!
        lock.unlock()
        defer {
            lock.lock()
            idle.append(borrowed)
            lock.unlock()
        }
        return body(borrowed)
    }
}
