import Foundation
@testable import SiteBuilder
import Testing

@Suite("Search words") struct SearchTextTests {
    struct Cases: Decodable {
        var stems: [String: String]
        var terms: [String: [String]]
    }

    static let cases: Cases = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/search-stems.json")
        return try! JSONDecoder().decode(Cases.self, from: Data(contentsOf: url))
    }()

    @Test func theStemmerPassesTheSharedCases() {
        for (word, stem) in Self.cases.stems.sorted(by: { $0.key < $1.key }) {
            #expect(SearchText.stem(word) == stem, "\(word)")
        }
    }

    @Test func theByteStemmerAgreesWithTheCharacterStemmer() {
        // Words made of the letters the rules look at, so every branch is taken many times.
        var generator = SystemRandomNumberGenerator()
        let letters = Array("aeiouysdgnlzrbt")
        let endings = ["", "s", "es", "ies", "sses", "ss", "us", "is", "ing", "ed", "e", "ings", "eds", "lled", "tting"]
        for _ in 0..<20_000 {
            let stem = String((0..<Int.random(in: 0...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            let word = stem + endings.randomElement(using: &generator)!
            let byBytes = Array(word.utf8).withUnsafeBufferPointer { SearchText.stemASCII($0) }
            #expect(byBytes == SearchText.stemCharacters(word), "\(word)")
        }
    }

    @Test func termsDropShortTokensAndStopWords() {
        for (text, terms) in Self.cases.terms {
            #expect(SearchText.terms(text) == terms, "\(text)")
        }
    }

    @Test func tokensAreUnicodeLettersAndDigits() {
        #expect(SearchText.tokens("Ünïcode—ßtraße 3½ x_y naïve") == ["ünïcode", "ßtraße", "3½", "naïve"])
    }

    @Test func singleDigitsAndAmountsAreTokens() {
        #expect(SearchText.tokens("5 days, $5 or $2,500; a b") == ["5", "days", "5", "or", "2500"])
        // A comma groups thousands only between a digit and exactly three digits.
        #expect(SearchText.tokens("1,000,000 1,0000 1,00 a,500 1,500th ,500") == ["1000000", "1", "0000", "1", "00", "500", "1500th", "500"])
        // The same on the path for text with other than ASCII characters.
        #expect(SearchText.tokens("é 1,000,000 1,0000 1,00 a,500 1,500th ,500 ٣") == ["1000000", "1", "0000", "1", "00", "500", "1500th", "500"])
    }

    @Test func numberWordsMeetTheirDigits() {
        #expect(SearchText.terms("ten business days") == SearchText.terms("10 business days"))
        #expect(SearchText.terms("the third exception") == ["3rd", "exception"])
        #expect(SearchText.terms("Twelve months, twenty-one") == ["12", "month", "20", "1"])
        // A number word is indexed under its digits and as a word, so it is found as it is typed.
        #expect(SearchText.indexTerms("five") == ["5", "five"])
        #expect(SearchText.indexTerms("fives") == ["five"])
        #expect(SearchText.indexTerms("the") == [])
    }

    @Test func shardKeysFollowTheSplitList() {
        let split: Set<String> = ["w", "wa"]
        #expect(ShardPlan.key(of: "fee", split: split) == "f")
        #expect(ShardPlan.key(of: "wo", split: split) == "wo")
        #expect(ShardPlan.key(of: "wa", split: split) == "wa")
        #expect(ShardPlan.key(of: "waiv", split: split) == "wai")
        #expect(ShardPlan.key(of: "waiver", split: split) == "wai")
        #expect(SearchFiles.hex("wai") == "776169")
        #expect(SearchFiles.hex("é") == "c3a9")
    }

    @Test func weightsSaturate() {
        #expect(SearchIndex.quantize(1) == 3)
        #expect(SearchIndex.quantize(10) == 17)
        #expect(SearchIndex.quantize(1_000) == 31)
    }

    @Test func excerptsStopAtAWordBoundary() {
        let long = String(repeating: "refund ", count: 400)
        let excerpt = SearchDocument.excerpt(["Title", long])
        #expect(excerpt.count <= SearchDocument.textLimit)
        #expect(excerpt.hasPrefix("Title refund"))
        #expect(excerpt.hasSuffix("refund"))
    }
}
